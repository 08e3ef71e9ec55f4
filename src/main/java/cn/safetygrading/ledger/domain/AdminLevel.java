package cn.safetygrading.ledger.domain;

import cn.safetygrading.base.Codes;
import java.util.Optional;

/**
 * The level of a node of the region tree, and of a supervision grid unit (domain §2, §9): city → county →
 * township → village, in that order ({@link #depth()} is the index into a region path {@code city/county/…}).
 * Stored ({@code region.level}, {@code supervision_grid_unit.grid_level}, {@code decided_level}), decided by
 * {@code supervision-assignment} and written in JSON by its code, the name. People read it through
 * {@link #labelKey()} (市级, 区市级, 镇街级, 村居级).
 */
public enum AdminLevel {
    CITY,
    COUNTY,
    TOWNSHIP,
    VILLAGE;

    /** The stored and JSON form: "CITY" … "VILLAGE". */
    public String code() {
        return name();
    }

    /** The messages bundle's label: 市级, 区市级, 镇街级, 村居级. */
    public String labelKey() {
        return "adminLevel." + name();
    }

    /** The index of this level's node in a region path (0 for the city). */
    public int depth() {
        return ordinal();
    }

    /** Whether a stored code (or null) is this level. */
    public boolean is(String code) {
        return name().equals(code);
    }

    /** Whether a stored code is the city or a county: the levels that have their own 应急管理局 and departments. */
    public static boolean cityOrCounty(String code) {
        return CITY.is(code) || COUNTY.is(code);
    }

    /** The level of a stored code, exactly as stored; empty for null or anything else. */
    public static Optional<AdminLevel> of(String code) {
        return Codes.of(AdminLevel.class, code);
    }
}
