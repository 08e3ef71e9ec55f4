package cn.safetygrading.grading.service;

import cn.safetygrading.base.json.Json;
import cn.safetygrading.grading.domain.GradingCase;
import cn.safetygrading.grading.domain.GradingRound;
import cn.safetygrading.grading.domain.RoundKind;
import cn.safetygrading.grading.domain.RoundOutcome;
import cn.safetygrading.grading.persistence.GradingCaseMapper;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** What the grading steps share: who acts, the details of a file entry, the rounds of a case. */
@Component
class CaseRecords {

    private final GradingCaseMapper cases;
    private final IdentityService identity;
    private final ObjectMapper json;
    private final Clock clock;

    CaseRecords(GradingCaseMapper cases, IdentityService identity, ObjectMapper json, Clock clock) {
        this.cases = cases;
        this.identity = identity;
        this.json = json;
        this.clock = clock;
    }

    /** Who acts: the engine's authenticated user (REST, webapps), else the task's assignee, else the system. */
    String actor(String assignee) {
        Authentication auth = identity.getCurrentAuthentication();
        if (auth != null && auth.getUserId() != null) {
            return auth.getUserId();
        }
        return assignee != null ? assignee : "system";
    }

    String details(Map<String, String> values) {
        return Json.of(json).write(values);
    }

    /** Records the next round of this kind for the case; returns its number. */
    int round(
            GradingCase gradingCase,
            RoundKind kind,
            String taskId,
            String actor,
            RoundOutcome outcome,
            String grade,
            BigDecimal score,
            String comment) {
        int round = cases.countRounds(gradingCase.id(), kind) + 1;
        cases.insertRound(new GradingRound(
                null,
                gradingCase.id(),
                kind,
                round,
                actor,
                OffsetDateTime.now(clock),
                outcome,
                grade,
                score,
                comment,
                null,
                taskId));
        return round;
    }
}
