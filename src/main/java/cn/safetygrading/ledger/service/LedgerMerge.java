package cn.safetygrading.ledger.service;

import cn.safetygrading.ledger.domain.DepartmentDuty;
import cn.safetygrading.ledger.domain.EnterpriseClass;
import cn.safetygrading.ledger.domain.EnterpriseStatus;
import cn.safetygrading.ledger.domain.LedgerRecord;
import cn.safetygrading.ledger.domain.Region;
import cn.safetygrading.ledger.domain.RiskFeature;
import cn.safetygrading.ledger.domain.RiskRemarks;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What an imported row makes of the ledger's record: the merged record (the file's values, the reference
 * departments for empty cells, what the ledger holds for anything not stated) and its differences from
 * the record before, field by field (an identical row changes nothing).
 */
final class LedgerMerge {

    private final Region region;
    private final Map<String, Region> regionsBelow;
    private final ReferenceData.Catalogue catalogue;

    LedgerMerge(Region region, Map<String, Region> regionsBelow, ReferenceData.Catalogue catalogue) {
        this.region = region;
        this.regionsBelow = regionsBelow;
        this.catalogue = catalogue;
    }

    /** The ledger record the row asks for, given what the ledger holds now (null: a new enterprise). */
    LedgerRecord merge(ImportedRow p, LedgerRecord before) {
        Region target;
        if (p.regionCode() != null) {
            target = regionsBelow.get(p.regionCode());
        } else if (before != null && LedgerImportService.within(before.regionPath(), region.path())) {
            target = new Region(before.regionCode(), before.regionName(), null, null, before.regionPath());
        } else {
            target = region;
        }
        String grade = p.grade() != null ? p.grade() : before == null ? null : before.grade();
        String status = p.status() != null
                ? p.status()
                : before != null
                        ? before.status()
                        : p.uscc().startsWith("92")
                                ? EnterpriseStatus.INDIVIDUAL.code()
                                : EnterpriseStatus.ACTIVE.code();
        String remark = EnterpriseClass.I.is(p.enterpriseClass())
                ? RiskRemarks.format(p.features())
                : ImportWords.emptyToNull(p.remarkText());
        String competent = department(
                p.competent(),
                target,
                p,
                before == null ? null : before.competentDepartment(),
                DepartmentDuty.COMPETENT);
        String supervising = department(
                p.supervising(),
                target,
                p,
                before == null ? null : before.supervisingDepartment(),
                DepartmentDuty.SUPERVISING);
        return new LedgerRecord(
                p.uscc(),
                p.name(),
                p.address(),
                p.industry().code(),
                p.industry().name(),
                target.code(),
                target.name(),
                target.path(),
                p.enterpriseClass(),
                grade,
                p.managementLevel(),
                competent,
                supervising,
                remark,
                status,
                RiskFeature.mask(p.features()));
    }

    /** As stated; if empty, the reference department of region, industry and role; failing that, as it was. */
    private String department(String stated, Region target, ImportedRow p, String before, String role) {
        if (stated != null) {
            return stated;
        }
        return catalogue
                .department(target, p.industry().code(), p.managementLevel(), role)
                .orElse(before);
    }

    Map<String, Map<String, Object>> diff(LedgerRecord before, LedgerRecord after) {
        Map<String, Map<String, Object>> changes = new LinkedHashMap<>();
        change(changes, "name", before.name(), after.name());
        change(changes, "address", before.address(), after.address());
        change(changes, "industryCode", before.industryCode(), after.industryCode());
        change(changes, "regionCode", before.regionCode(), after.regionCode());
        change(changes, "enterpriseClass", before.enterpriseClass(), after.enterpriseClass());
        change(changes, "features", variables(before.features()), variables(after.features()));
        change(changes, "grade", before.grade(), after.grade());
        change(changes, "managementLevel", before.managementLevel(), after.managementLevel());
        change(changes, "competentDepartment", before.competentDepartment(), after.competentDepartment());
        change(changes, "supervisingDepartment", before.supervisingDepartment(), after.supervisingDepartment());
        change(changes, "remark", before.remark(), after.remark());
        change(changes, "status", before.status(), after.status());
        return changes;
    }

    private static void change(Map<String, Map<String, Object>> changes, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("before", before);
            c.put("after", after);
            changes.put(field, c);
        }
    }

    private static List<String> variables(Set<RiskFeature> features) {
        return features.stream().sorted().map(RiskFeature::variable).toList();
    }

    static Map<String, Object> values(LedgerRecord r) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("name", r.name());
        v.put("address", r.address());
        v.put("industryCode", r.industryCode());
        v.put("regionCode", r.regionCode());
        v.put("enterpriseClass", r.enterpriseClass());
        v.put("features", variables(r.features()));
        v.put("grade", r.grade());
        v.put("managementLevel", r.managementLevel());
        v.put("competentDepartment", r.competentDepartment());
        v.put("supervisingDepartment", r.supervisingDepartment());
        v.put("remark", r.remark());
        v.put("status", r.status());
        return v;
    }
}
