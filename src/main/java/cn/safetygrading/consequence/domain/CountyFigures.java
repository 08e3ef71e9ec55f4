package cn.safetygrading.consequence.domain;

/**
 * A county's figures of one campaign for its annual assessment (年度目标考核): gradings, falsified ones,
 * ones whose grade the expert corrected, ones returned for correction at 初审, overdue ones.
 */
public record CountyFigures(
        String countyCode,
        String countyName,
        long cases,
        long falsified,
        long corrected,
        long returned,
        long overdue) {}
