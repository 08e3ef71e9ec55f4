package cn.safetygrading.facts.domain;

import java.time.OffsetDateTime;

/**
 * A file kept with one entry of a register (its document: decision, report, certificate). {@code contentType}
 * is the type its checked content has ({@code application/octet-stream} for office files); the bytes are read
 * separately. {@code supersededBy} points at the file that replaced it; nothing is deleted.
 */
public record FactAttachment(
        String id,
        String register,
        String factId,
        String uscc,
        String fileName,
        String contentType,
        long sizeBytes,
        String uploadedBy,
        String uploadedByName,
        OffsetDateTime uploadedAt,
        String supersededBy) {

    public boolean superseded() {
        return supersededBy != null;
    }
}
