package cn.safetygrading.grading.api;

import cn.safetygrading.base.i18n.Translations;
import cn.safetygrading.grading.service.GradeAdjustmentProposals;
import cn.safetygrading.security.service.CurrentAccount;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The product door for grade events (contract: message {@code grade-event}): a manager (or an administrator)
 * raises any of the contract's events for an enterprise in scope, with a written note, and gets the outcome;
 * any official in scope may propose one of seed 000's four grounds (SHORTCOMINGS, OTHER_DOWN,
 * HIGH_MANAGEMENT, EFFECTIVE_MEASURES), which waits for a manager's confirmation ({@code "pending": true}).
 * /engine-rest stays closed to them. An enterprise account gets 403, an enterprise outside the scope 404,
 * bad input 400 naming the field.
 */
@RestController
@RequestMapping("/api/enterprises")
public class GradeEventController {

    /** {"event": "...", "note": "...", "occurredOn": "YYYY-MM-DD" (optional, default today)}. */
    public record GradeEventJson(String event, String note, String occurredOn) {}

    private final GradeAdjustmentProposals proposals;
    private final CurrentAccount current;
    private final Translations translations;

    public GradeEventController(GradeAdjustmentProposals proposals, CurrentAccount current, Translations translations) {
        this.proposals = proposals;
        this.current = current;
        this.translations = translations;
    }

    @PostMapping("/{uscc}/grade-events")
    public ResponseEntity<Map<String, Object>> raise(
            @PathVariable String uscc,
            @RequestBody(required = false) GradeEventJson body,
            @RequestHeader(value = "Accept-Language", required = false) String language) {
        Locale locale =
                language != null && language.strip().toLowerCase(Locale.ROOT).startsWith("en")
                        ? Translations.ENGLISH
                        : Translations.CHINESE;
        GradeAdjustmentProposals.Raised raised;
        try {
            raised = proposals.raise(
                    current.require(),
                    uscc,
                    body == null ? null : body.event(),
                    body == null ? null : body.note(),
                    body == null ? null : body.occurredOn());
        } catch (GradeAdjustmentProposals.Refused refused) {
            Map<String, Object> error = new LinkedHashMap<>();
            if (refused.field() != null) {
                error.put("field", refused.field());
            }
            error.put("message", translations.get(refused.key(), locale));
            return ResponseEntity.status(refused.status()).body(error);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", raised.processInstanceId());
        out.put("pending", raised.pending());
        if (raised.pending()) {
            out.put("message", translations.get("grading.adjustment.api.pending", locale));
        } else {
            out.put("adjusted", raised.adjusted());
            out.put("newGrade", raised.newGrade());
            out.put("refusal", raised.refusal());
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(out);
    }
}
