package cn.safetygrading.grading.domain;

import cn.safetygrading.base.Codes;
import java.util.Arrays;

/**
 * Which checklist an enterprise is assessed against: the four credit industry classes of [001]
 * (非煤矿山类, 危险化学品类, 烟花爆竹类, 工贸八大行业类) plus a general one for everything else.
 */
public enum IndustryClass {
    GENERAL("通用"),
    NON_COAL_MINE("非煤矿山类"),
    HAZARDOUS_CHEMICALS("危险化学品类"),
    FIREWORKS("烟花爆竹类"),
    INDUSTRY_TRADE("工贸八大行业类");

    private final String chineseName;

    IndustryClass(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }

    /** i18n key of the class's name, e.g. {@code checklist.industry.FIREWORKS}. */
    public String messageKey() {
        return "checklist.industry." + name();
    }

    /** The class named exactly (case-sensitive) by {@code value}. */
    public static IndustryClass parse(String value) {
        return Codes.of(IndustryClass.class, value)
                .orElseThrow(() -> new IllegalArgumentException(
                        "unknown industry class '" + value + "' (expected one of " + Arrays.toString(values()) + ")"));
    }

    /**
     * The class of an enterprise from its GB/T 4754-2017 division (国民经济行业分类 大类, two digits
     * {@code 01}–{@code 97}) and two facts the division cannot tell:
     * <ul>
     * <li>{@code fireworks}: it produces, wholesales or retails fireworks (holds or needs a 烟花爆竹安全生产
     * 许可证 or 烟花爆竹经营许可证) → {@link #FIREWORKS}, whatever the division (2672 焰火、鞭炮产品制造
     * is in 26, fireworks shops in 51/52);</li>
     * <li>{@code hazardousChemicalsLicence}: it holds or needs a 危险化学品安全生产许可证, 危险化学品经营
     * 许可证 or 危险化学品安全使用许可证 → {@link #HAZARDOUS_CHEMICALS}, whatever the division (chemical
     * traders and filling stations are in 51/52, chemical warehouses in 59, pharmaceutical synthesis in
     * 27).</li>
     * </ul>
     * Otherwise by division: 07–12 (mining except coal: oil and gas, ferrous, non-ferrous and non-metal
     * ores, mining services, other) → {@link #NON_COAL_MINE}; 25 (petroleum and coal processing) and 26
     * (chemical raw materials and products) → {@link #HAZARDOUS_CHEMICALS}; the rest of manufacturing
     * 13–24 and 27–43 (light industry, tobacco, textiles, building materials, metallurgy, non-ferrous,
     * machinery) and commerce 51–52 (wholesale, retail) and 59 (loading and warehousing) →
     * {@link #INDUSTRY_TRADE}; everything else (agriculture 01–05, coal 06, utilities 44–46,
     * construction 47–50, transport 53–58 and 60, services 61–97) → {@link #GENERAL}. A division that
     * is not recorded (null or blank) → {@link #GENERAL}.
     *
     * @throws IllegalArgumentException if the division is not two digits between 01 and 97
     */
    public static IndustryClass ofDivision(String division, boolean fireworks, boolean hazardousChemicalsLicence) {
        int d = division == null || division.isBlank() ? 0 : parseDivision(division.strip());
        if (fireworks) {
            return FIREWORKS;
        }
        if (hazardousChemicalsLicence) {
            return HAZARDOUS_CHEMICALS;
        }
        if (d >= 7 && d <= 12) {
            return NON_COAL_MINE;
        }
        if (d == 25 || d == 26) {
            return HAZARDOUS_CHEMICALS;
        }
        if (d >= 13 && d <= 43 || d == 51 || d == 52 || d == 59) {
            return INDUSTRY_TRADE;
        }
        return GENERAL;
    }

    private static int parseDivision(String division) {
        if (division.length() == 2 && isAsciiDigit(division.charAt(0)) && isAsciiDigit(division.charAt(1))) {
            int d = Integer.parseInt(division);
            if (d >= 1 && d <= 97) {
                return d;
            }
        }
        throw new IllegalArgumentException(
                "'" + division + "' is not a GB/T 4754-2017 division (two digits, 01 to 97)");
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
