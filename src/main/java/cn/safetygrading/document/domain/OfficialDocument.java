package cn.safetygrading.document.domain;

import java.time.OffsetDateTime;

/** A stored official document without its bytes: what it is about, its number and who issued it when. */
public record OfficialDocument(
        String id,
        DocumentKind kind,
        String subjectKey,
        String uscc,
        String regionCode,
        String issuerCode,
        String issuerName,
        int year,
        int serial,
        String documentNo,
        String sha256,
        String issuedBy,
        OffsetDateTime issuedAt) {}
