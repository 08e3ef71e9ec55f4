package cn.safetygrading.inbox.ui;

import cn.safetygrading.forms.ui.CamundaFormView;
import cn.safetygrading.grading.service.SelfAssessmentService;
import cn.safetygrading.security.domain.Account;
import com.vaadin.flow.component.HasValue;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The tasks that judge a self-assessment show it item by item; on 初审 the ticks fill the form's
 * {@code returnItems} and the form's value ticks the items.
 */
final class ChecklistReviews {

    static final List<String> TASKS = List.of("preliminaryReview", "spotCheck", "objectionReview");

    private ChecklistReviews() {}

    static Optional<ChecklistReviewPanel> panel(
            SelfAssessmentService selfAssessments,
            Account account,
            String taskKey,
            String processInstanceId,
            CamundaFormView form) {
        if (!TASKS.contains(taskKey)) {
            return Optional.empty();
        }
        boolean review = "preliminaryReview".equals(taskKey);
        return selfAssessments
                .submitted(account, processInstanceId)
                .map(submitted -> new ChecklistReviewPanel(
                        submitted,
                        review ? splitIds(returnItems(form)) : Set.of(),
                        review ? ids -> setReturnItems(form, String.join("、", ids)) : null));
    }

    @SuppressWarnings("unchecked")
    private static Optional<HasValue<?, String>> returnItemsField(CamundaFormView form) {
        return form.field(SelfAssessmentService.RETURN_ITEMS)
                .filter(c -> c instanceof HasValue<?, ?>)
                .map(c -> (HasValue<?, String>) c);
    }

    private static String returnItems(CamundaFormView form) {
        return returnItemsField(form).map(HasValue::getValue).orElse(null);
    }

    private static void setReturnItems(CamundaFormView form, String ids) {
        returnItemsField(form).ifPresent(f -> f.setValue(ids));
    }

    private static Set<String> splitIds(String value) {
        return value == null || value.isBlank()
                ? Set.of()
                : new LinkedHashSet<>(List.of(value.trim().split("[,，、;；\\s]+")));
    }
}
