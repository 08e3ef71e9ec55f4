package cn.safetygrading.forms.model;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Objects;

/**
 * A file given to a filepicker. {@code fileName} is reduced to its last path segment; the bytes are
 * held as given (do not modify the array).
 */
public record UploadedFile(String fileName, String mimeType, byte[] bytes) implements Serializable {

    public UploadedFile {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(bytes, "bytes");
        fileName = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
        mimeType = mimeType == null || mimeType.isBlank() ? "application/octet-stream" : mimeType;
    }

    public long size() {
        return bytes.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UploadedFile f
                && fileName.equals(f.fileName)
                && mimeType.equals(f.mimeType)
                && Arrays.equals(bytes, f.bytes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fileName, mimeType, Arrays.hashCode(bytes));
    }

    @Override
    public String toString() {
        return "UploadedFile[" + fileName + ", " + mimeType + ", " + bytes.length + " bytes]";
    }
}
