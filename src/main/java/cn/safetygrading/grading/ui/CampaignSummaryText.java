package cn.safetygrading.grading.ui;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.Component;

/** A campaign's stored summary in words (by grade, not submitted, overdue, left out), not its JSON. */
final class CampaignSummaryText {

    private static final ObjectMapper SUMMARY_READER = new ObjectMapper();

    private CampaignSummaryText() {}

    static String of(Component owner, String json) {
        if (json == null || json.isBlank()) {
            return "";
        }
        try {
            var node = SUMMARY_READER.readTree(json);
            StringBuilder grades = new StringBuilder();
            node.path("byGrade").fields().forEachRemaining(g -> {
                if (!"null".equals(g.getKey()) && g.getKey() != null) {
                    grades.append(grades.isEmpty() ? "" : owner.getTranslation("campaign.summary.separator"))
                            .append(owner.getTranslation(
                                    "campaign.summary.grade",
                                    g.getKey(),
                                    g.getValue().asLong()));
                }
            });
            String text = owner.getTranslation(
                    "campaign.summary.text",
                    grades.isEmpty() ? "—" : grades.toString(),
                    node.path("notSubmitted").asLong(),
                    node.path("overdueTasks").asLong());
            long leftOut = node.path("leftOut").asLong();
            return leftOut == 0 ? text : text + owner.getTranslation("campaign.summary.leftOut", leftOut);
        } catch (JsonProcessingException unreadable) {
            return "";
        }
    }
}
