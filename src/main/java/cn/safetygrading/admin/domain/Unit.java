package cn.safetygrading.admin.domain;

/**
 * A department (organisation unit) as the administrators' list shows it: its row, and how many
 * enterprises name it (行业主管部门 or 直接监管责任部门) and how many accounts belong to it.
 */
public record Unit(String id, String name, String regionCode, String kind, long enterprises, long accounts) {}
