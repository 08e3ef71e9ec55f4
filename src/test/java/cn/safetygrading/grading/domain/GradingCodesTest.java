package cn.safetygrading.grading.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The grading enums read exactly the codes the migrations, the mapper SQL and the stored rows hold (the
 * constraints of V10 and V32, the step codes the SQL compares with), and nothing else.
 */
class GradingCodesTest {

    @Test
    void campaignStatusIsExactlyTheMigrationsConstraint() {
        Set<String> codes = checked("db/migration/V10__grading.sql", "status", "LAUNCHING");
        assertThat(codes).containsExactlyInAnyOrder(names(CampaignStatus.values()));
        codes.forEach(c -> assertThat(CampaignStatus.of(c))
                .get()
                .extracting(CampaignStatus::code)
                .isEqualTo(c));
    }

    @Test
    void requestKindAndOriginAreExactlyTheMigrationsConstraints() {
        Set<String> kinds = checked("db/migration/V32__grading_request.sql", "kind", "DIAGNOSIS");
        Set<String> origins = checked("db/migration/V32__grading_request.sql", "origin", "FILE");
        assertThat(kinds).containsExactlyInAnyOrder(names(GradingRequestKind.values()));
        assertThat(origins).containsExactlyInAnyOrder(names(GradingRequestOrigin.values()));
        kinds.forEach(c -> assertThat(GradingRequestKind.of(c)).isPresent());
        origins.forEach(c -> assertThat(GradingRequestOrigin.of(c)).isPresent());
        assertThat(GradingRequestKind.DIAGNOSIS.trigger()).isEqualTo("DEPARTMENT");
        assertThat(GradingRequestKind.REGRADING.trigger()).isEqualTo("APPLICATION");
    }

    @Test
    void roundKindsAreThoseTheMigrationNames() {
        String sql = resource("db/migration/V10__grading.sql");
        Matcher m = Pattern.compile("kind\\s+varchar\\(30\\) not null,\\s+--\\s*([A-Z_, ]+)")
                .matcher(sql);
        assertThat(m.find()).isTrue();
        Set<String> codes = new LinkedHashSet<>(Arrays.asList(m.group(1).strip().split(",\\s*")));
        assertThat(codes).containsExactlyInAnyOrder(names(RoundKind.values()));
    }

    @Test
    void everyStepTheMapperSqlComparesWithIsAStep() {
        String xml = resource("cn/safetygrading/grading/persistence/GradingCaseMapper.xml");
        Matcher m = Pattern.compile("step\\s*(?:=|in\\s*\\()\\s*('[^)\\n]*')").matcher(xml);
        Set<String> codes = new LinkedHashSet<>();
        while (m.find()) {
            Matcher q = Pattern.compile("'([^']*)'").matcher(m.group(1));
            while (q.find()) {
                codes.add(q.group(1));
            }
        }
        assertThat(codes).contains("STARTED", "selfAssessment", "SAMPLING", "NOTICE", "GRADED");
        codes.forEach(c -> assertThat(GradingStep.of(c))
                .as(c)
                .get()
                .extracting(GradingStep::code)
                .isEqualTo(c));
        assertThat(codes).containsExactlyInAnyOrder(names(GradingStep.values()));
    }

    @Test
    void theStepsOfTasksAreTheGradingCycleTaskKeys() {
        String bpmn = resource("processes/grading-cycle.bpmn");
        Matcher m = Pattern.compile("userTask id=\"([^\"]+)\"").matcher(bpmn);
        Set<String> keys = new LinkedHashSet<>();
        while (m.find()) {
            keys.add(m.group(1));
        }
        assertThat(keys).isNotEmpty();
        keys.forEach(k -> assertThat(GradingStep.ofTaskKey(k)).as(k).get().matches(GradingStep::isTask));
        assertThat(Arrays.stream(GradingStep.values())
                        .filter(GradingStep::isTask)
                        .map(GradingStep::code))
                .containsExactlyInAnyOrderElementsOf(keys);
    }

    @Test
    void unknownCodesAreRefused() {
        for (String bad : new String[] {null, "", "running", "RUNNING ", "DONE", "IN_REVIEW", "NOTICE_LIST"}) {
            assertThat(CampaignStatus.of(bad)).as(String.valueOf(bad)).isEmpty();
            assertThat(GradingStep.of(bad)).as(String.valueOf(bad)).isEmpty();
            assertThat(RoundKind.of(bad)).as(String.valueOf(bad)).isEmpty();
            assertThat(RoundOutcome.of(bad)).as(String.valueOf(bad)).isEmpty();
            assertThat(GradingRequestKind.of(bad)).as(String.valueOf(bad)).isEmpty();
            assertThat(GradingRequestOrigin.of(bad)).as(String.valueOf(bad)).isEmpty();
        }
        assertThat(GradingStep.of("selfassessment")).isEmpty();
        assertThat(GradingStep.ofTaskKey("lookBack")).isEmpty();
        assertThat(GradingStep.ofTaskKey("NOTICE")).as("not a task").isEmpty();
        assertThat(RoundKind.of("SELF_ASSESSMENT")).contains(RoundKind.SELF_ASSESSMENT);
        assertThat(RoundOutcome.of("RETURN")).contains(RoundOutcome.RETURN);
    }

    @Test
    void labelsNameTheExistingBundleKeys() {
        assertThat(CampaignStatus.RUNNING.labelKey()).isEqualTo("campaign.status.RUNNING");
        assertThat(RoundKind.SPOT_CHECK.labelKey()).isEqualTo("round.SPOT_CHECK");
        assertThat(RoundOutcome.APPROVE.labelKey()).isEqualTo("round.outcome.APPROVE");
        assertThat(GradingRequestKind.REGRADING.labelKey()).isEqualTo("gradingRequest.kind.REGRADING");
        assertThat(GradingStep.NOTICE.portalLabelKey()).isEqualTo("portal.step.NOTICE");
    }

    /** The codes of a column's {@code check (<column> in ('…', …))} that lists {@code oneOf}. */
    private static Set<String> checked(String path, String column, String oneOf) {
        Matcher m = Pattern.compile(column + " in \\(([^)]*'" + oneOf + "'[^)]*)\\)")
                .matcher(resource(path));
        assertThat(m.find()).as(column + " in " + path).isTrue();
        Set<String> codes = new LinkedHashSet<>();
        Matcher q = Pattern.compile("'([^']*)'").matcher(m.group(1));
        while (q.find()) {
            codes.add(q.group(1));
        }
        return codes;
    }

    private static String[] names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toArray(String[]::new);
    }

    private static String resource(String path) {
        try (InputStream in = GradingCodesTest.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                return new String(
                        java.nio.file.Files.readAllBytes(java.nio.file.Path.of(path)), StandardCharsets.UTF_8);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(path, e);
        }
    }
}
