package cn.safetygrading.supervision.domain;

/** An enterprise to assign: its region path, management level and assessed risk level. */
public record GridEnterprise(String uscc, String name, String path, String managementLevel, String riskLevel) {}
