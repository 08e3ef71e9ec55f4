package cn.safetygrading.supervision.service;

import cn.safetygrading.ledger.domain.AdminLevel;
import cn.safetygrading.ledger.domain.Region;
import cn.safetygrading.ledger.service.LedgerService;
import cn.safetygrading.ledger.service.ScopeService;
import cn.safetygrading.security.domain.Account;
import cn.safetygrading.supervision.domain.PlanEntry;
import cn.safetygrading.supervision.domain.PlanFigures;
import cn.safetygrading.supervision.persistence.InspectionMapper;
import cn.safetygrading.supervision.persistence.InspectionMapper.PlanSource;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The plan of {@link InspectionPlanService}, computed from the ledger each time: each enterprise's
 * interval (its grade's, made stricter by the watch period and the credit grade), last inspection and
 * due dates, and the plan's figures by region, department and industry. The region is checked by the caller.
 */
@Component
class InspectionPlans {

    static final String WATCH_PROCESS = "watch-period";

    private final InspectionMapper inspections;
    private final LedgerService ledger;
    private final ScopeService scopes;
    private final RuntimeService runtime;
    private final ObjectProvider<CreditIntervals> credit;
    private final Clock clock;

    InspectionPlans(
            InspectionMapper inspections,
            LedgerService ledger,
            ScopeService scopes,
            RuntimeService runtime,
            ObjectProvider<CreditIntervals> credit,
            Clock clock) {
        this.inspections = inspections;
        this.ledger = ledger;
        this.scopes = scopes;
        this.runtime = runtime;
        this.credit = credit;
        this.clock = clock;
    }

    List<PlanEntry> plan(Account account, Region region, int year) {
        return rows(account, region, year).stream().map(PlanRow::entry).toList();
    }

    List<PlanFigures> figures(Account account, Region region, int year) {
        Map<String, String> regionNames = new HashMap<>();
        ledger.regions(account).forEach(r -> regionNames.put(r.code(), r.name()));
        LocalDate today = LocalDate.now(clock);
        LocalDate yearEnd = LocalDate.of(year, 12, 31).plusDays(1);
        LocalDate reference = today.isBefore(yearEnd) ? today : yearEnd;
        int depth = region.path().split("/").length;
        Map<String, int[]> byRegion = new TreeMap<>();
        Map<String, int[]> byDepartment = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
        Map<String, int[]> byIndustry = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
        for (PlanRow row : rows(account, region, year)) {
            String[] path = row.regionPath().split("/");
            int[] counts = {
                1,
                row.drawn() ? 1 : 0,
                row.inspected() ? 1 : 0,
                row.entry().nextDue().isBefore(reference) ? 1 : 0
            };
            add(byRegion, path.length > depth ? path[depth] : region.code(), counts);
            add(byDepartment, row.entry().supervisingDepartment(), counts);
            add(byIndustry, row.industrySection(), counts);
        }
        List<PlanFigures> figures = new ArrayList<>();
        byRegion.forEach((code, c) -> figures.add(
                new PlanFigures(PlanFigures.REGION, regionNames.getOrDefault(code, code), c[0], c[1], c[2], c[3])));
        byDepartment.forEach(
                (name, c) -> figures.add(new PlanFigures(PlanFigures.DEPARTMENT, name, c[0], c[1], c[2], c[3])));
        byIndustry.forEach(
                (name, c) -> figures.add(new PlanFigures(PlanFigures.INDUSTRY, name, c[0], c[1], c[2], c[3])));
        return figures;
    }

    private static void add(Map<String, int[]> totals, String key, int[] counts) {
        int[] total = totals.computeIfAbsent(key, k -> new int[counts.length]);
        for (int i = 0; i < counts.length; i++) {
            total[i] += counts[i];
        }
    }

    /** A plan entry with what the figures group and count it by. */
    private record PlanRow(
            PlanEntry entry, String regionPath, String industrySection, boolean drawn, boolean inspected) {}

    private List<PlanRow> rows(Account account, Region region, int year) {
        LocalDate start = LocalDate.of(year, 1, 1);
        LocalDate end = LocalDate.of(year, 12, 31);
        List<PlanRow> plan = new ArrayList<>();
        Set<String> watched = watched();
        CreditIntervals creditIntervals = credit.getIfAvailable(() -> (industry, grade) -> Optional.empty());
        for (PlanSource row :
                inspections.planRows(scopes.within(account, region), AdminLevel.CITY.is(region.level()), start, end)) {
            String enterpriseClass = row.enterpriseClass();
            String risk = row.riskLevel();
            // ungraded: as a B of its class (Ⅰ: the next stricter interval)
            int interval = row.intervalMonths() != null ? row.intervalMonths() : "I".equals(enterpriseClass) ? 6 : 12;
            boolean watch = watched.contains(row.uscc());
            if (watch) { // domain §11: at least as often as grade C of its class
                interval = Math.min(
                        interval,
                        "I".equals(enterpriseClass)
                                ? InspectionPlanService.WATCH_INTERVAL_I
                                : InspectionPlanService.WATCH_INTERVAL_II);
            }
            String creditGrade =
                    row.creditGrade() == null ? null : row.creditGrade().strip();
            Optional<Integer> creditInterval = creditIntervals.intervalMonths(row.industryCode(), creditGrade);
            if (creditInterval.isPresent()) { // seed 001: the credit grade's minimum frequency, if stricter
                interval = Math.min(interval, creditInterval.get());
            }
            LocalDate last = row.lastInspected();
            LocalDate next = last == null ? start : last.plusMonths(interval);
            List<LocalDate> due = new ArrayList<>();
            for (LocalDate d = next.isBefore(start) ? start : next; !d.isAfter(end); d = d.plusMonths(interval)) {
                due.add(d);
            }
            boolean key = "I".equals(enterpriseClass) && ("MAJOR".equals(risk) || "LARGER".equals(risk));
            if (key && due.isEmpty()) {
                due.add(end.withDayOfMonth(1)); // key enterprises are all covered within the year
            }
            PlanEntry entry = new PlanEntry(
                    row.uscc(),
                    row.name(),
                    row.regionName(),
                    enterpriseClass,
                    row.grade(),
                    risk,
                    interval,
                    last,
                    next,
                    List.copyOf(due),
                    key,
                    row.managementLevel(),
                    row.supervisingDepartment(),
                    watch,
                    row.drawnOpen(),
                    creditInterval.isPresent() ? creditGrade : null,
                    creditIntervals.blacklisted(row.industryCode(), creditGrade));
            plan.add(new PlanRow(
                    entry, row.regionPath(), row.industrySection(), row.drawnInYear(), row.inspectedInYear()));
        }
        return plan;
    }

    /** The enterprises in their watch period now (a running {@code watch-period} process). */
    private Set<String> watched() {
        Set<String> keys = new HashSet<>();
        runtime.createProcessInstanceQuery()
                .processDefinitionKey(WATCH_PROCESS)
                .active()
                .list()
                .forEach(pi -> keys.add(pi.getBusinessKey()));
        return keys;
    }
}
