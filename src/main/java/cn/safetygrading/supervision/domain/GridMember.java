package cn.safetygrading.supervision.domain;

/** A member of a grid unit as the grid view lists it: the unit, whether head, phone, signed commitment and load. */
public record GridMember(
        String userId,
        String displayName,
        String regionCode,
        String regionName,
        String level,
        boolean head,
        String phone,
        java.time.OffsetDateTime commitmentSignedAt,
        long load) {}
