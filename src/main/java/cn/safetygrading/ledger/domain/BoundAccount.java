package cn.safetygrading.ledger.domain;

/** An enterprise account bound to an enterprise (it sees that enterprise's file and nothing else). */
public record BoundAccount(String userId, String displayName) {}
