package cn.safetygrading.consequence.service;

import cn.safetygrading.consequence.persistence.ConsequenceMapper;
import cn.safetygrading.ledger.domain.Grade;
import cn.safetygrading.ledger.domain.GradeWritten;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Puts measures to the managers (seed 000: D ⇒ 约谈/挂牌督办/停产停业整顿; consecutive low grades ⇒
 * 停产停业整顿, then 关闭): a D written to the ledger (a grading, an adjustment, the 起底 import) opens a
 * GRADE_D proposal; a grading that ends at C/D right after a finished grading at C/D opens a
 * CONSECUTIVE_LOW one. Runs in the writer's transaction; a proposal stays open until a measure is recorded.
 */
@Service
public class MeasureProposals {

    private static final Set<String> LOW = Set.of(Grade.C.code(), Grade.D.code());

    private final ConsequenceMapper mapper;
    private final Clock clock;

    public MeasureProposals(ConsequenceMapper mapper, Clock clock) {
        this.mapper = mapper;
        this.clock = clock;
    }

    @EventListener
    public void gradeWritten(GradeWritten written) {
        String grade = written.grade();
        if (grade == null || !LOW.contains(grade)) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (Grade.D.is(grade)) {
            mapper.propose(written.uscc(), grade, "GRADE_D", now);
        }
        // the grading being applied is not finished yet: its file event is the latest, its case still open
        boolean grading =
                mapper.latestEventType(written.uscc()).map("GRADED"::equals).orElse(false);
        if (grading
                && mapper.latestFinishedGrade(written.uscc()).map(LOW::contains).orElse(false)) {
            mapper.propose(written.uscc(), grade, "CONSECUTIVE_LOW", now);
        }
    }
}
