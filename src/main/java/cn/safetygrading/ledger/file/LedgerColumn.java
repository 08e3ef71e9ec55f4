package cn.safetygrading.ledger.file;

import java.util.List;
import java.util.Optional;

/**
 * The columns of the ledger file ([000] annex, domain §2), by their Chinese names, in the annex's
 * order, plus two optional columns of ours ({@link #STATUS}, {@link #REGION}) that an import understands
 * and the annex layout does not have. A header cell matches a column by its name or one of the usual
 * variants, ignoring white space, line breaks, a required-marker {@code *} and a bracketed note such as
 * {@code 分级(A/B/C/D)}.
 */
public enum LedgerColumn {
    SEQ("序号", List.of("编号")),
    NAME("企业名称", List.of("企业全称", "单位名称", "企业（单位）名称")),
    USCC("统一社会信用代码", List.of("社会信用代码", "信用代码", "统一代码")),
    ADDRESS("生产经营地址", List.of("经营地址", "生产地址", "地址")),
    INDUSTRY("行业类别", List.of("行业", "行业分类", "国民经济行业分类", "行业代码")),
    CLASS("分类", List.of("企业分类", "类别")),
    GRADE("分级", List.of("等级", "企业等级", "分级结果")),
    MANAGEMENT_LEVEL("监管分级", List.of("监管层级", "监管级别")),
    COMPETENT_DEPARTMENT("行业主管部门", List.of("主管部门")),
    SUPERVISING_DEPARTMENT("直接监管责任部门", List.of("直接监管部门", "监管责任部门")),
    REMARK("备注", List.of("说明")),
    STATUS("经营状态", List.of("企业状态", "状态")),
    REGION("区划代码", List.of("所属区域代码", "行政区划代码"));

    /** The eleven columns of the annex, in its order: what an export writes. */
    public static final List<LedgerColumn> ANNEX = List.of(
            SEQ,
            NAME,
            USCC,
            ADDRESS,
            INDUSTRY,
            CLASS,
            GRADE,
            MANAGEMENT_LEVEL,
            COMPETENT_DEPARTMENT,
            SUPERVISING_DEPARTMENT,
            REMARK);

    /** The columns under the annex's merged group header 企业分级 (second header row). */
    public static final List<LedgerColumn> GROUPED = List.of(INDUSTRY, CLASS, GRADE, MANAGEMENT_LEVEL);

    public static final String GROUP_HEADER = "企业分级";

    private final String title;
    private final List<String> aliases;

    LedgerColumn(String title, List<String> aliases) {
        this.title = title;
        this.aliases = aliases;
    }

    /** The Chinese column name, as the annex writes it and as rejections name the field. */
    public String title() {
        return title;
    }

    public static Optional<LedgerColumn> match(String headerCell) {
        String key = normalise(headerCell);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        for (LedgerColumn c : values()) {
            if (c.title.equals(key)
                    || c.aliases.stream().anyMatch(a -> normalise(a).equals(key))) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    static String normalise(String headerCell) {
        if (headerCell == null) {
            return "";
        }
        String s = headerCell.replace('（', '(').replace('）', ')').replaceAll("[\\s\\u3000*＊:：]", "");
        s = s.replaceAll("\\(.*?\\)$", "");
        return s;
    }
}
