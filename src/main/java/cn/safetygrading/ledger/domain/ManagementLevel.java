package cn.safetygrading.ledger.domain;

import cn.safetygrading.base.Codes;
import java.util.Optional;

/**
 * Who manages an enterprise (the annex's 管理层级, domain §3): the city (市级), a county (区市级) or the enterprise's
 * own region (属地). Stored ({@code enterprise.management_level}, default LOCAL) and written in JSON by its code, the
 * name. People read it through {@link #labelKey()}; the annex knows only 市级 and 区市级 ({@link #annexLabel}).
 */
public enum ManagementLevel {
    CITY,
    COUNTY,
    LOCAL;

    /** The stored and JSON form: "CITY", "COUNTY" or "LOCAL". */
    public String code() {
        return name();
    }

    /** The messages bundle's label: 市级, 区市级, 区市级（属地）. */
    public String labelKey() {
        return "management." + name();
    }

    /** Whether a stored code (or null) is this level. */
    public boolean is(String code) {
        return name().equals(code);
    }

    /** The level of a stored code, exactly as stored; empty for null or anything else. */
    public static Optional<ManagementLevel> of(String code) {
        return Codes.of(ManagementLevel.class, code);
    }

    /** 市级 for CITY; 区市级 for everything else (COUNTY, LOCAL 属地): the annex has no third value and no blank. */
    public static String annexLabel(String code) {
        return CITY.is(code) ? "市级" : "区市级";
    }
}
