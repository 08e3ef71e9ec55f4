package cn.safetygrading.document.domain;

/** The stored bytes of a document (a record, as MyBatis would read a bare {@code byte[]} as a list of rows). */
public record StoredBytes(byte[] content) {}
