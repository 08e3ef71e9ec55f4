package cn.safetygrading.ledger.service;

import cn.safetygrading.ledger.domain.EnterpriseEvent;
import cn.safetygrading.ledger.domain.GradeWritten;
import cn.safetygrading.ledger.domain.LedgerRecord;
import cn.safetygrading.ledger.domain.Rejection;
import cn.safetygrading.ledger.domain.Scope;
import cn.safetygrading.ledger.domain.SupervisionChanged;
import cn.safetygrading.ledger.file.LedgerColumn;
import cn.safetygrading.ledger.persistence.EnterpriseEventMapper;
import cn.safetygrading.ledger.persistence.EventColumns;
import cn.safetygrading.ledger.persistence.LedgerColumns;
import cn.safetygrading.ledger.persistence.LedgerMapper;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Writes one batch of an import's valid rows in the caller's transaction: new enterprises inserted,
 * changed ones updated, identical ones left alone; rows the importer may not write, or whose grade a
 * process set, rejected; the events of the enterprise files, {@link SupervisionChanged} for moved
 * enterprises and the supervision measures of grades the import set. Batches run on several threads.
 */
final class ImportBatch {

    private final LedgerMapper ledger;
    private final EnterpriseEventMapper events;
    private final ApplicationEventPublisher publisher;
    private final DecisionService decisions;
    private final Clock clock;
    private final Scope scope;
    private final ImportRowValidator validator;
    private final LedgerMerge merge;
    private final ImportEvents eventsOf;
    private final String userId;
    private final String source;
    private final Map<String, Map<String, Object>> measures = new ConcurrentHashMap<>();

    ImportBatch(
            LedgerMapper ledger,
            EnterpriseEventMapper events,
            ApplicationEventPublisher publisher,
            DecisionService decisions,
            Clock clock,
            Scope scope,
            ImportRowValidator validator,
            LedgerMerge merge,
            ImportEvents eventsOf,
            String userId,
            String source) {
        this.ledger = ledger;
        this.events = events;
        this.publisher = publisher;
        this.decisions = decisions;
        this.clock = clock;
        this.scope = scope;
        this.validator = validator;
        this.merge = merge;
        this.eventsOf = eventsOf;
        this.userId = userId;
        this.source = source;
    }

    /** One batch in one transaction; returns {inserted, updated, unchanged}. */
    int[] write(List<ImportedRow> batch, Consumer<Rejection> rejectAtWrite) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Map<String, LedgerRecord> existing = new HashMap<>();
        String[] usccs = batch.stream().map(ImportedRow::uscc).toArray(String[]::new);
        for (LedgerRecord r : ledger.findForImport(usccs)) {
            existing.put(r.uscc(), r);
        }
        Set<String> graded = existing.isEmpty() ? Set.of() : Set.copyOf(ledger.processGraded(usccs));
        List<LedgerRecord> measured = new ArrayList<>();
        List<LedgerRecord> inserts = new ArrayList<>();
        Map<String, ImportedRow> insertRows = new HashMap<>();
        Map<String, LedgerRecord> insertRecords = new HashMap<>();
        List<LedgerRecord> updates = new ArrayList<>();
        List<EnterpriseEvent> changeEvents = new ArrayList<>();
        List<String> moved = new ArrayList<>();
        int same = 0;
        for (ImportedRow p : batch) {
            LedgerRecord before = existing.get(p.uscc());
            if (before != null && !scope.covers(before.regionPath(), before.supervisingDepartment())) {
                rejectAtWrite.accept(validator.notYours(p.row()));
                continue;
            }
            if (before != null
                    && p.grade() != null
                    && !p.grade().equals(before.grade())
                    && graded.contains(before.uscc().strip())) {
                rejectAtWrite.accept(validator.problem(
                        p.row(),
                        LedgerColumn.GRADE,
                        "ledger.reject.gradeByProcess",
                        before.grade() == null ? "—" : before.grade(),
                        p.grade()));
                continue;
            }
            LedgerRecord after = merge.merge(p, before);
            if (after.grade() != null
                    && !graded.contains(after.uscc())
                    && (before == null
                            || !after.grade().equals(before.grade())
                            || !Objects.equals(after.enterpriseClass(), before.enterpriseClass()))) {
                measured.add(after);
            }
            if (before == null) {
                inserts.add(after);
                insertRows.put(after.uscc(), p);
                insertRecords.put(after.uscc(), after);
                continue;
            }
            Map<String, Map<String, Object>> changes = merge.diff(before, after);
            if (changes.isEmpty()) {
                same++;
                continue;
            }
            updates.add(after);
            changeEvents.add(eventsOf.changeEvent(p, changes, now));
            if (changes.containsKey("supervisingDepartment") || changes.containsKey("managementLevel")) {
                moved.add(after.uscc());
            }
        }
        List<EnterpriseEvent> newEvents = new ArrayList<>();
        int inserted = 0;
        Set<String> notInserted = Set.of();
        if (!inserts.isEmpty()) {
            Set<String> conflicting = new HashSet<>(insertRecords.keySet());
            for (String uscc : ledger.insertAll(LedgerColumns.of(inserts), now)) {
                conflicting.remove(uscc.strip());
                inserted++;
                newEvents.add(eventsOf.importEvent(insertRows.get(uscc.strip()), insertRecords.get(uscc.strip()), now));
            }
            same += inserts.size() - inserted;
            notInserted = conflicting;
        }
        if (!updates.isEmpty()) {
            ledger.updateAll(LedgerColumns.of(updates), now);
        }
        for (String uscc : moved) {
            publisher.publishEvent(new SupervisionChanged(uscc, userId, source));
        }
        Set<String> skipped = notInserted;
        startMeasures(measured.stream().filter(r -> !skipped.contains(r.uscc())).toList());
        newEvents.addAll(changeEvents);
        if (!newEvents.isEmpty()) {
            events.appendAll(EventColumns.of(newEvents), now);
        }
        return new int[] {inserted, updates.size(), same};
    }

    /**
     * The grades this batch set (起底) take the supervision measures of the {@code supervision-measures}
     * decision, as a grading's do ({@code GradeBook.writeGrade}): interval and stationing in the ledger,
     * and {@link GradeWritten} for whoever follows grades (stationing), in this batch's transaction.
     */
    private void startMeasures(List<LedgerRecord> measured) {
        Map<String, List<String>> byMeasures = new LinkedHashMap<>();
        for (LedgerRecord r : measured) {
            byMeasures
                    .computeIfAbsent(r.enterpriseClass() + "-" + r.grade(), k -> new ArrayList<>())
                    .add(r.uscc());
        }
        for (Map.Entry<String, List<String>> e : byMeasures.entrySet()) {
            Map<String, Object> m = measures.computeIfAbsent(e.getKey(), this::decideMeasures);
            Integer interval = m.get("inspectionIntervalMonths") instanceof Number number ? number.intValue() : null;
            String stationing = (String) m.get("stationing");
            ledger.setMeasures(e.getValue().toArray(String[]::new), interval, stationing);
            String grade = e.getKey().substring(e.getKey().indexOf('-') + 1);
            for (String uscc : e.getValue()) {
                publisher.publishEvent(new GradeWritten(uscc, grade, interval, stationing));
            }
        }
    }

    private Map<String, Object> decideMeasures(String classAndGrade) {
        int dash = classAndGrade.indexOf('-');
        var result = decisions
                .evaluateDecisionByKey("supervision-measures")
                .variables(Variables.createVariables()
                        .putValue("enterpriseClass", classAndGrade.substring(0, dash))
                        .putValue("grade", classAndGrade.substring(dash + 1)))
                .evaluate();
        return result.isEmpty()
                ? Map.of()
                : new HashMap<>(result.getFirstResult().getEntryMap());
    }
}
