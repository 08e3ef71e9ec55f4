package cn.safetygrading.ledger.domain;

/** A node of the region tree (city → county → township → village), keyed by division code. */
public record Region(String code, String name, String level, String parentCode, String path) {}
