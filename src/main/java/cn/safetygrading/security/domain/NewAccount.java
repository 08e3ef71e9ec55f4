package cn.safetygrading.security.domain;

import java.util.Set;

/** What it takes to open an account. {@code regionCode} for officials, {@code uscc} for enterprises. */
public record NewAccount(
        String userId,
        String displayName,
        String password,
        Set<Role> roles,
        String regionCode,
        String department,
        String uscc) {}
