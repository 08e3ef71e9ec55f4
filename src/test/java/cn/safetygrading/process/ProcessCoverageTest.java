package cn.safetygrading.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.community.process_test_coverage.core.export.CoverageStateJsonExporter;
import org.camunda.community.process_test_coverage.core.export.CoverageStateResult;
import org.camunda.community.process_test_coverage.core.model.Event;
import org.camunda.community.process_test_coverage.core.model.Model;
import org.camunda.community.process_test_coverage.report.CoverageReportUtil;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Process coverage cannot fall silently: joins the reports the process tests wrote (one per test class, see
 * {@link ProcessCoverage}) and checks every process in {@code processes/} against its floor in
 * {@code process-coverage.properties} (the measured figure minus a small margin). Writes the joined report to
 * {@code target/process-test-coverage/all-process-tests/} ({@code report.html}, {@code report.json} and
 * {@code summary.txt} with the uncovered elements per process).
 *
 * <p>Tagged {@code process-coverage}: it runs in a surefire execution of its own, after the other tests
 * (pom.xml), so the reports are there. Raise a floor when a test covers more; a new process needs a floor.
 */
@Tag("process-coverage")
class ProcessCoverageTest {

    static final Path REPORTS = Path.of("target", "process-test-coverage");
    static final String JOINED = "all-process-tests";

    @Test
    void everyProcessKeepsItsCoverage() throws IOException {
        List<String> reports = reports();
        assertThat(reports)
                .as("no report under %s: run the process tests first (mvn verify does)", REPORTS)
                .isNotEmpty();
        String joined = reports.stream()
                .reduce(CoverageStateJsonExporter::combineCoverageStateResults)
                .orElseThrow();
        CoverageStateResult result = CoverageStateJsonExporter.readCoverageStateResult(joined);

        Map<String, Double> floors = floors();
        Map<String, Set<String>> uncovered = new TreeMap<>();
        Map<String, Double> measured = new TreeMap<>();
        for (Path file : processFiles()) {
            BpmnModelInstance bpmn = Bpmn.readModelFromFile(file.toFile());
            for (Process process : bpmn.getModelElementsByType(Process.class)) {
                if (!process.isExecutable()) {
                    continue;
                }
                String key = process.getId();
                Set<String> all = elements(process.getFlowElements());
                // only this process's elements: the library now and then files an event under another
                // process's key (Flow_ToEnded of stationed-supervision under supervision-duties)
                Set<String> covered = new java.util.HashSet<>(covered(result.getEvents(), key));
                covered.retainAll(all);
                Model model = model(result.getModels(), key);
                measured.put(key, model == null ? 0.0 : (double) covered.size() / model.getTotalElementCount());
                Set<String> left = new java.util.TreeSet<>(all);
                left.removeAll(covered);
                uncovered.put(key, left);
            }
        }
        write(joined, summary(measured, floors, uncovered));

        assertThat(floors.keySet())
                .as("every process in processes/ has a floor in process-coverage.properties")
                .containsAll(measured.keySet());
        List<String> fallen = new ArrayList<>();
        measured.forEach((key, coverage) -> {
            if (coverage < floors.get(key)) {
                fallen.add("%s: %.3f < floor %.3f, uncovered %s"
                        .formatted(key, coverage, floors.get(key), uncovered.get(key)));
            }
        });
        assertThat(fallen).as("processes whose coverage fell below its floor").isEmpty();
    }

    private static List<String> reports() throws IOException {
        if (!Files.isDirectory(REPORTS)) {
            return List.of();
        }
        try (Stream<Path> dirs = Files.list(REPORTS)) {
            List<String> reports = new ArrayList<>();
            for (Path dir : dirs.filter(d -> !d.getFileName().toString().equals(JOINED))
                    .sorted()
                    .toList()) {
                Path json = dir.resolve("report.json");
                if (Files.isRegularFile(json)) {
                    reports.add(Files.readString(json, StandardCharsets.UTF_8));
                }
            }
            return reports;
        }
    }

    private static List<Path> processFiles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("processes"))) {
            return files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList();
        }
    }

    private static Map<String, Double> floors() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ProcessCoverageTest.class.getResourceAsStream("/process-coverage.properties");
                Reader reader = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        Map<String, Double> floors = new TreeMap<>();
        properties.forEach((k, v) -> floors.put((String) k, Double.valueOf(((String) v).trim())));
        return floors;
    }

    private static Set<String> covered(Collection<Event> events, String key) {
        Set<String> covered = new TreeSet<>();
        events.stream().filter(e -> key.equals(e.getModelKey())).forEach(e -> covered.add(e.getDefinitionKey()));
        return covered;
    }

    private static Model model(Collection<Model> models, String key) {
        return models.stream().filter(m -> key.equals(m.getKey())).findFirst().orElse(null);
    }

    /** Ids of the flow nodes and sequence flows, sub-processes included. */
    private static Set<String> elements(Collection<FlowElement> flowElements) {
        Set<String> ids = new TreeSet<>();
        for (FlowElement element : flowElements) {
            if (element instanceof FlowNode || element instanceof SequenceFlow) {
                ids.add(element.getId());
            }
            if (element instanceof SubProcess sub) {
                ids.addAll(elements(sub.getFlowElements()));
            }
        }
        return ids;
    }

    private static String summary(
            Map<String, Double> measured, Map<String, Double> floors, Map<String, Set<String>> uncovered) {
        StringBuilder text = new StringBuilder("process\tcoverage\tfloor\tuncovered flow nodes and sequence flows\n");
        measured.forEach((key, coverage) -> text.append("%s\t%.3f\t%s\t%s%n"
                .formatted(key, coverage, floors.getOrDefault(key, null), String.join(" ", uncovered.get(key)))));
        return text.toString();
    }

    private static void write(String joinedJson, String summary) throws IOException {
        Path dir = REPORTS.resolve(JOINED);
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("report.json"), joinedJson, StandardCharsets.UTF_8);
        Files.writeString(
                dir.resolve("report.html"), CoverageReportUtil.generateHtml(joinedJson), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("summary.txt"), summary, StandardCharsets.UTF_8);
    }
}
