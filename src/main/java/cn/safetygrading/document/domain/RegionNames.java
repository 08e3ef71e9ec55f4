package cn.safetygrading.document.domain;

/** A region's name, level, path and the name of its parent (for the 文号 prefix: 威 + 环). */
public record RegionNames(String code, String name, String level, String path, String parentName) {}
