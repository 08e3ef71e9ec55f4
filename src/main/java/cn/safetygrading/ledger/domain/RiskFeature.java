package cn.safetygrading.ledger.domain;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * The twelve features that make an enterprise class Ⅰ ([000] 二（一）), in the order of the seed. Each
 * carries the name of its input of the {@code enterprise-class} decision (contract) and the wording the
 * ledger's 备注 column uses for it (data of the ledger file, hence Chinese whatever the UI language).
 */
public enum RiskFeature {
    MINING("mining", "矿山"),
    METAL_SMELTING("metalSmelting", "金属冶炼"),
    TRANSPORT("transport", "交通运输"),
    CONSTRUCTION("construction", "建筑施工"),
    DUST_EXPLOSION("dustExplosion", "粉尘涉爆"),
    AMMONIA_REFRIGERATION("ammoniaRefrigeration", "涉氨制冷"),
    HAZARDOUS_GOODS("hazardousGoods", "危险物品的生产、经营、储存、装卸"),
    HAZARDOUS_CHEMICAL_USE("hazardousChemicalUse", "使用危险物品"),
    TWO_HIGH("twoHigh", "“两高”项目"),
    PRODUCTION_RESTRICTED("productionRestricted", "停产限产"),
    HEAVY_DANGEROUS_WORK("heavyDangerousWork", "检维修、高处作业、动火、有限空间等危险作业量大"),
    MANY_RISK_POINTS("manyRiskPoints", "风险点较多");

    /** Separates the features in the 备注 column (the labels themselves contain 、). */
    public static final String REMARK_SEPARATOR = "；";

    private final String variable;
    private final String remarkLabel;

    RiskFeature(String variable, String remarkLabel) {
        this.variable = variable;
        this.remarkLabel = remarkLabel;
    }

    /** The input name of the {@code enterprise-class} decision, e.g. {@code dustExplosion}. */
    public String variable() {
        return variable;
    }

    /** The 备注 wording, e.g. 粉尘涉爆. */
    public String remarkLabel() {
        return remarkLabel;
    }

    /** Bit {@code ordinal()} set for each feature: how the features travel between Java and SQL. */
    public static int mask(Collection<RiskFeature> features) {
        int mask = 0;
        for (RiskFeature f : features) {
            mask |= 1 << f.ordinal();
        }
        return mask;
    }

    public static Set<RiskFeature> fromMask(int mask) {
        EnumSet<RiskFeature> set = EnumSet.noneOf(RiskFeature.class);
        for (RiskFeature f : values()) {
            if ((mask & (1 << f.ordinal())) != 0) {
                set.add(f);
            }
        }
        return set;
    }

    public static RiskFeature ofVariable(String variable) {
        for (RiskFeature f : values()) {
            if (f.variable.equals(variable) || f.name().equals(variable)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown risk feature " + variable);
    }
}
