package cn.safetygrading.admin.service;

import cn.safetygrading.admin.domain.Duty;
import cn.safetygrading.admin.domain.InvalidInput;
import cn.safetygrading.admin.domain.Unit;
import cn.safetygrading.admin.persistence.UnitMapper;
import cn.safetygrading.base.Text;
import cn.safetygrading.ledger.domain.AdminLevel;
import cn.safetygrading.ledger.domain.Industry;
import cn.safetygrading.ledger.domain.Region;
import cn.safetygrading.ledger.service.ReferenceData;
import cn.safetygrading.ledger.service.RegionTree;
import cn.safetygrading.security.domain.Account;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Departments (organisation units) and the industries each answers for, kept by administrators. A
 * department's id is {@code <region code>-<kind>}; its name is the key the ledger, the accounts and the
 * routing use, so a rename carries over to every row that names it. A department that enterprises or
 * accounts name is not deleted.
 */
@Service
@Transactional
public class UnitService {

    /** The kinds the demo city has; an administrator may give another (lower-case letters). */
    public static final List<String> KINDS = List.of(
            "emergency",
            "industry",
            "housing",
            "transport",
            "market",
            "agriculture",
            "ocean",
            "development",
            "water",
            "commerce",
            "culture",
            "education",
            "health",
            "fire");

    private static final Pattern KIND = Pattern.compile("[a-z][a-z0-9]{1,29}");
    private static final int MAX_NAME = 200;

    private final UnitMapper units;
    private final RegionTree regions;
    private final ReferenceData reference;

    public UnitService(UnitMapper units, RegionTree regions, ReferenceData reference) {
        this.units = units;
        this.regions = regions;
        this.reference = reference;
    }

    @Transactional(readOnly = true)
    public List<Unit> page(Account actor, String regionCode, String text, long offset, int limit) {
        requireAdmin(actor);
        return units.page(Text.blankToNull(regionCode), Text.blankToNull(text), offset, limit);
    }

    @Transactional(readOnly = true)
    public long count(Account actor, String regionCode, String text) {
        requireAdmin(actor);
        return units.count(Text.blankToNull(regionCode), Text.blankToNull(text));
    }

    @Transactional(readOnly = true)
    public Optional<Unit> find(String id) {
        return id == null ? Optional.empty() : units.find(id);
    }

    /** The departments at a region (for an account's department). */
    @Transactional(readOnly = true)
    public List<Unit> inRegion(String regionCode) {
        return regionCode == null ? List.of() : units.inRegion(regionCode);
    }

    /** Regions a department can be at: the city and its counties (and districts such as 南海新区). */
    public List<Region> regions() {
        return regions.all().stream()
                .filter(r -> AdminLevel.cityOrCounty(r.level()))
                .toList();
    }

    public List<Industry> divisions() {
        return reference.divisions();
    }

    public Unit create(Account actor, String name, String regionCode, String kind) {
        requireAdmin(actor);
        String n = name(name);
        if (units.byName(n).isPresent()) {
            throw new InvalidInput("name", "admin.error.nameTaken", n);
        }
        Region region = region(regionCode);
        String k = kind == null ? "" : kind.strip().toLowerCase(Locale.ROOT);
        if (!KIND.matcher(k).matches()) {
            throw new InvalidInput("kind", "admin.error.kind");
        }
        String id = region.code() + "-" + k;
        if (units.find(id).isPresent()) {
            throw new InvalidInput("kind", "admin.error.kindTaken", region.name());
        }
        units.insert(id, n, region.code(), k);
        return units.find(id).orElseThrow();
    }

    public Unit rename(Account actor, String id, String name) {
        requireAdmin(actor);
        Unit unit = existing(id);
        String n = name(name);
        if (!n.equals(unit.name())) {
            if (units.byName(n).isPresent()) {
                throw new InvalidInput("name", "admin.error.nameTaken", n);
            }
            units.rename(id, n);
            units.renameInEnterprises(unit.name(), n);
            units.renameInAccounts(unit.name(), n);
            units.renameInCases(unit.name(), n);
        }
        return units.find(id).orElseThrow();
    }

    public void delete(Account actor, String id) {
        requireAdmin(actor);
        Unit unit = existing(id);
        if (unit.enterprises() > 0 || unit.accounts() > 0) {
            throw new InvalidInput("id", "admin.error.inUse", unit.name(), unit.enterprises(), unit.accounts());
        }
        units.deleteDuties(id);
        units.delete(id);
    }

    @Transactional(readOnly = true)
    public List<Duty> duties(String id) {
        return units.duties(id);
    }

    /** Replaces the industries the department answers for, as 行业主管部门 and as 直接监管责任部门. */
    public List<Duty> setDuties(
            Account actor, String id, Collection<String> competent, Collection<String> supervising) {
        requireAdmin(actor);
        existing(id);
        ReferenceData.Catalogue catalogue = reference.catalogue();
        for (String code : concat(competent, supervising)) {
            if (catalogue.industry(code).filter(Industry::isDivision).isEmpty()) {
                throw new InvalidInput("industries", "admin.error.industry", code);
            }
        }
        units.deleteDuties(id);
        competent.forEach(c -> units.insertDuty(new Duty(id, c, Duty.COMPETENT)));
        supervising.forEach(c -> units.insertDuty(new Duty(id, c, Duty.SUPERVISING)));
        return units.duties(id);
    }

    private static List<String> concat(Collection<String> a, Collection<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    private Unit existing(String id) {
        return find(id).orElseThrow(() -> new InvalidInput("id", "admin.error.noDepartment", String.valueOf(id)));
    }

    private Region region(String code) {
        return regions().stream()
                .filter(r -> r.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new InvalidInput("regionCode", "admin.error.region", String.valueOf(code)));
    }

    private String name(String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > MAX_NAME) {
            throw new InvalidInput("name", "admin.error.name", MAX_NAME);
        }
        return n;
    }

    /** Refuses everyone but administrators (403 over HTTP). */
    public static void requireAdmin(Account actor) {
        if (actor == null || !actor.isAdmin()) {
            throw new AccessDeniedException("administrators only");
        }
    }
}
