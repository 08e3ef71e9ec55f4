package cn.safetygrading.ledger.domain;

import cn.safetygrading.base.Codes;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The operating status of an enterprise ({@code enterprise.status}, V1): active, dormant (僵尸企业, 停业), closed
 * (注销, 吊销) or an individual business (个体工商户). Stored, filtered on and written in JSON by its code, the name.
 * People read it through {@link #labelKey()}.
 */
public enum EnterpriseStatus {
    ACTIVE,
    DORMANT,
    CLOSED,
    INDIVIDUAL;

    /** The stored and JSON form: "ACTIVE", "DORMANT", "CLOSED" or "INDIVIDUAL". */
    public String code() {
        return name();
    }

    /** The messages bundle's label: 正常经营, 僵尸企业, 已关闭, 个体工商户. */
    public String labelKey() {
        return "status." + name();
    }

    /** Whether a stored code (or null) is this status. */
    public boolean is(String code) {
        return name().equals(code);
    }

    /** The status of a stored code, exactly as stored; empty for null or anything else. */
    public static Optional<EnterpriseStatus> of(String code) {
        return Codes.of(EnterpriseStatus.class, code);
    }

    /** Whether a code is one of the four: a correction or a filter may name only these. */
    public static boolean known(String code) {
        return of(code).isPresent();
    }

    /** The four codes in their order, for a choice. */
    public static List<String> codes() {
        return Codes.all(EnterpriseStatus.class);
    }

    /** A filter's choices: "" (any status) and then the four codes. */
    public static List<String> filterChoices() {
        return Stream.concat(Stream.of(""), codes().stream()).toList();
    }
}
