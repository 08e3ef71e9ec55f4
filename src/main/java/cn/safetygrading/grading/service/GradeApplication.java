package cn.safetygrading.grading.service;

import cn.safetygrading.base.i18n.Translations;
import cn.safetygrading.grading.domain.Grades;
import cn.safetygrading.grading.domain.GradingCase;
import cn.safetygrading.grading.persistence.GradingCaseMapper;
import cn.safetygrading.ledger.domain.Grade;
import cn.safetygrading.ledger.domain.GradingSubject;
import cn.safetygrading.ledger.service.GradeBook;
import cn.safetygrading.notice.service.NoticeService;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The last step of a grading (Task_ApplyGrade): the grade becomes final in the ledger. */
@Service
@Transactional
public class GradeApplication {

    /** The final grade, whether it is a downgrade, and the supervision measures that follow. */
    public record Applied(String finalGrade, boolean downgraded, Integer inspectionIntervalMonths, String stationing) {}

    private final GradingCaseService gradingCases;
    private final GradingCaseMapper cases;
    private final GradeBook gradeBook;
    private final GradingFacts facts;
    private final Decisions decisions;
    private final NoticeService notices;
    private final Clock clock;
    private final CaseRecords records;
    private final Translations texts;

    GradeApplication(
            Translations texts,
            GradingCaseService gradingCases,
            GradingCaseMapper cases,
            GradeBook gradeBook,
            GradingFacts facts,
            Decisions decisions,
            NoticeService notices,
            Clock clock,
            CaseRecords records) {
        this.texts = texts;
        this.gradingCases = gradingCases;
        this.cases = cases;
        this.gradeBook = gradeBook;
        this.facts = facts;
        this.decisions = decisions;
        this.notices = notices;
        this.clock = clock;
        this.records = records;
    }

    /**
     * Task_ApplyGrade: the notice grade of the case becomes final unless the accident facts (read
     * again now) force D through the diagnosis-grade decision; the ledger, the enterprise file and the
     * supervision measures follow; a downgrade against the ledger's grade starts a watch period.
     */
    public Applied applyGrade(String pid) {
        GradingCase gradingCase = gradingCases.caseOf(pid);
        String uscc = gradingCase.uscc();
        gradingCases.openNotice(pid).ifPresent(n -> notices.close(n.id()));
        String noticeGrade = Grades.require(gradingCase.noticeGrade(), "notice grade");
        Map<String, Object> forcedCheck = new LinkedHashMap<>(facts.accidents(uscc));
        forcedCheck.put("score", 100);
        boolean forcedD = decisions
                .singleEntry("diagnosis-grade", forcedCheck)
                .map(Grade.D.code()::equals)
                .orElse(false);
        String finalGrade = forcedD ? Grade.D.code() : noticeGrade;
        GradingSubject subject = gradeBook.requireSubject(uscc);
        String before = subject.grade();
        Map<String, Object> measures = decisions
                .supervisionMeasures(subject.enterpriseClass(), finalGrade)
                .orElse(Map.of());
        Integer interval = measures.get("inspectionIntervalMonths") instanceof Number n ? n.intValue() : null;
        if (Grades.isDowngrade(before, finalGrade)) { // the watch period starts: at least as often as C
            interval = WatchIntervals.atLeastAsOftenAsC(decisions, subject.enterpriseClass(), interval);
        }
        String stationing = (String) measures.get("stationing");
        gradeBook.writeGrade(
                uscc,
                finalGrade,
                interval,
                stationing,
                "GRADED",
                records.actor(null),
                texts.zh(
                        "grading.text.graded",
                        finalGrade,
                        forcedD ? texts.zh("grading.text.graded.forcedD") : "",
                        before == null ? "" : texts.zh("grading.text.graded.before", before)),
                records.details(Map.of(
                        "caseId",
                        gradingCase.id(),
                        "previousGrade",
                        String.valueOf(before),
                        "inspectionIntervalMonths",
                        String.valueOf(interval),
                        "stationing",
                        String.valueOf(stationing))),
                "graded:" + pid);
        boolean downgraded = Grades.isDowngrade(before, finalGrade);
        cases.finish(pid, finalGrade, downgraded, OffsetDateTime.now(clock));
        return new Applied(finalGrade, downgraded, interval, stationing);
    }
}
