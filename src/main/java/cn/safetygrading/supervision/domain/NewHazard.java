package cn.safetygrading.supervision.domain;

import java.time.LocalDate;

/** What an enterprise reports of a hazard: what, where, when found, how and by when it will be fixed. */
public record NewHazard(
        String level,
        String title,
        String description,
        String location,
        LocalDate foundOn,
        String plan,
        LocalDate deadline) {}
