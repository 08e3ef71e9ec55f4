package cn.safetygrading.ledger.domain;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The ledger's 备注 column and the risk features, both ways. Writing lists the features in the seed's
 * order, separated by {@value RiskFeature#REMARK_SEPARATOR}; reading recognises the seed's wording and the
 * usual variants ("检维修", "动火", "危化品", "液氨制冷", "两高" …) anywhere in free text.
 */
public final class RiskRemarks {

    /** Phrases of "using hazardous goods" (checked, and taken out, before the trade in hazardous goods). */
    private static final List<String> CHEMICAL_USE =
            List.of("使用危险物品", "使用危险化学品", "使用危化品", "危险化学品使用", "危险物品使用", "危化品使用");

    private static final Map<RiskFeature, List<String>> KEYWORDS = Map.ofEntries(
            Map.entry(RiskFeature.MINING, List.of("矿山", "采矿", "尾矿库", "煤矿", "矿井")),
            Map.entry(RiskFeature.METAL_SMELTING, List.of("冶炼")),
            Map.entry(RiskFeature.TRANSPORT, List.of("交通运输", "运输")),
            Map.entry(RiskFeature.CONSTRUCTION, List.of("建筑施工", "施工")),
            Map.entry(RiskFeature.DUST_EXPLOSION, List.of("粉尘涉爆", "涉爆粉尘", "粉尘爆炸", "可燃性粉尘", "粉尘")),
            Map.entry(RiskFeature.AMMONIA_REFRIGERATION, List.of("涉氨制冷", "氨制冷", "液氨")),
            Map.entry(RiskFeature.HAZARDOUS_GOODS, List.of("危险物品", "危险化学品", "危化品", "烟花爆竹", "民用爆炸物品", "民爆")),
            Map.entry(RiskFeature.TWO_HIGH, List.of("两高", "高耗能", "高排放")),
            Map.entry(RiskFeature.PRODUCTION_RESTRICTED, List.of("停产", "限产")),
            Map.entry(RiskFeature.HEAVY_DANGEROUS_WORK, List.of("检维修", "高处作业", "动火", "有限空间", "受限空间", "危险作业")),
            Map.entry(RiskFeature.MANY_RISK_POINTS, List.of("风险点")));

    /** White space and quotation marks, which the matching ignores (compiled once: every imported row has a 备注). */
    private static final Pattern IGNORED = Pattern.compile("[\\s\"“”'‘’「」]");

    private RiskRemarks() {}

    /** The 备注 of a class Ⅰ enterprise: its features in the seed's wording; empty for none. */
    public static String format(Set<RiskFeature> features) {
        return features.stream()
                .sorted()
                .map(RiskFeature::remarkLabel)
                .collect(Collectors.joining(RiskFeature.REMARK_SEPARATOR));
    }

    /** The features a 备注 text names; empty when it names none (or is empty). */
    public static Set<RiskFeature> parse(String remark) {
        EnumSet<RiskFeature> found = EnumSet.noneOf(RiskFeature.class);
        if (remark == null || remark.isBlank()) {
            return found;
        }
        String text = IGNORED.matcher(remark).replaceAll("");
        for (String phrase : CHEMICAL_USE) {
            if (text.contains(phrase)) {
                found.add(RiskFeature.HAZARDOUS_CHEMICAL_USE);
                text = text.replace(phrase, "");
            }
        }
        for (RiskFeature feature : RiskFeature.values()) {
            List<String> words = KEYWORDS.get(feature);
            if (words != null && words.stream().anyMatch(text::contains)) {
                found.add(feature);
            }
        }
        return found;
    }
}
