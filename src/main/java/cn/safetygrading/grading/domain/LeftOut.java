package cn.safetygrading.grading.domain;

/** An enterprise a campaign leaves out because a grading of it is running already. */
public record LeftOut(String uscc, String name, String regionName) {}
