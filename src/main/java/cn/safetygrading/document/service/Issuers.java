package cn.safetygrading.document.service;

import cn.safetygrading.base.i18n.Translations;
import cn.safetygrading.document.domain.Issuer;
import cn.safetygrading.document.domain.RegionNames;
import cn.safetygrading.document.persistence.DocumentMapper;
import cn.safetygrading.ledger.domain.AdminLevel;
import cn.safetygrading.ledger.domain.Department;
import cn.safetygrading.ledger.service.Departments;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * Who issues a document and its 文号 prefix: the city's first character, a county's first character,
 * and the short form of the department's kind (威海市环翠区应急管理局 → 威环应急, 威海市应急管理局 → 威应急).
 */
@Service
public class Issuers {

    /** The department kinds with a short form in the bundle ({@code document.issuerShort.<kind>}). */
    private static final Set<String> KINDS_WITH_SHORT = Set.of(
            Department.EMERGENCY,
            "housing",
            "industry",
            "transport",
            "agriculture",
            "ocean",
            "development",
            "water",
            "commerce",
            "culture");

    private final Departments departments;
    private final DocumentMapper regions;
    private final Translations texts;

    public Issuers(Translations texts, Departments departments, DocumentMapper regions) {
        this.texts = texts;
        this.departments = departments;
        this.regions = regions;
    }

    /** The enterprise's 直接监管责任部门, else the 应急管理局 of its region. */
    public Issuer forEnterprise(String uscc, String regionCode) {
        return departments.responsibleFor(uscc).map(this::of).orElseGet(() -> forRegion(regionCode));
    }

    /** The 应急管理局 of the region (the unit that publishes a campaign's list). */
    public Issuer forRegion(String regionCode) {
        return departments
                .byId(regionCode + "-" + Department.EMERGENCY)
                .map(this::of)
                .orElseGet(() -> {
                    RegionNames region = regions.region(regionCode).orElseThrow();
                    return new Issuer(
                            regionCode + "-" + Department.EMERGENCY,
                            texts.zh("document.emergencyBureau", region.name()),
                            prefix(region, Department.EMERGENCY));
                });
    }

    Issuer of(Department department) {
        RegionNames region = regions.region(department.regionCode()).orElseThrow();
        return new Issuer(department.id(), department.name(), prefix(region, department.kind()));
    }

    String prefix(RegionNames region, String kind) {
        String kindShort = kind != null && KINDS_WITH_SHORT.contains(kind)
                ? texts.zh("document.issuerShort." + kind)
                : kind == null ? "" : kind.substring(0, Math.min(2, kind.length()));
        if (AdminLevel.COUNTY.is(region.level()) && region.parentName() != null) {
            return region.parentName().substring(0, 1) + region.name().substring(0, 1) + kindShort;
        }
        return region.name().substring(0, 1) + kindShort;
    }
}
