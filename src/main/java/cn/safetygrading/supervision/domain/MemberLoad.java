package cn.safetygrading.supervision.domain;

/** A member of one unit with how many enterprises they supervise (assignment picks the least loaded). */
public record MemberLoad(String userId, boolean head, long load) {}
