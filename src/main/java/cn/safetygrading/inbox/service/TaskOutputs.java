package cn.safetygrading.inbox.service;

import cn.safetygrading.forms.model.ComponentType;
import cn.safetygrading.forms.model.FormComponent;
import cn.safetygrading.forms.model.FormDefinition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a completion of a task may carry: the variables its form binds (a field's key, or the first
 * segment of a group's or dynamic list's path), plus the extras a task declares because its own page
 * submits more than the generic form (the self-assessment's checklist answers). Computed once per
 * form and task key.
 *
 * @param names  every variable a completion may set
 * @param files  the filepickers' keys: files, never variables
 * @param extras the declared extras: text only, checked by the process's listener
 * @param labels the label of each field key, to name it in a refusal
 */
public record TaskOutputs(Set<String> names, Set<String> files, Set<String> extras, Map<String, String> labels) {

    /**
     * The outputs some tasks take beyond their form's fields, by task definition key: the
     * self-assessment and the department's diagnosis are scored from the checklist answers
     * (item id → MET, PARTIAL, NOT_MET, NOT_APPLICABLE, as JSON text), which the enterprise's wizard
     * submits and the listener scores.
     */
    static final Map<String, Set<String>> EXTRAS = Map.of(
            "selfAssessment", Set.of("checklistAnswers"),
            "departmentDiagnosis", Set.of("checklistAnswers"));

    /** At most this many characters in an extra (a checklist of a few hundred items answered). */
    static final int MAX_EXTRA_LENGTH = 100_000;

    public static TaskOutputs of(FormDefinition form, String taskKey) {
        Set<String> names = new LinkedHashSet<>();
        Set<String> files = new LinkedHashSet<>();
        Map<String, String> labels = new LinkedHashMap<>();
        collect(form.components(), List.of(), names, files, labels);
        Set<String> extras = EXTRAS.getOrDefault(taskKey, Set.of());
        names.addAll(extras);
        return new TaskOutputs(Set.copyOf(names), Set.copyOf(files), extras, Map.copyOf(labels));
    }

    private static void collect(
            List<FormComponent> components,
            List<String> prefix,
            Set<String> names,
            Set<String> files,
            Map<String, String> labels) {
        for (FormComponent c : components) {
            List<String> path =
                    concat(prefix, c.type().kind() == ComponentType.Kind.INPUT ? c.keyPath() : c.pathSegments());
            switch (c.type().kind()) {
                case DISPLAY -> {}
                case GROUP -> {
                    if (!path.isEmpty()) {
                        names.add(path.get(0));
                    }
                    collect(c.components(), path, names, files, labels);
                }
                // a dynamic list is one variable: its items' fields are checked by the form's rules
                case LIST -> {
                    if (!path.isEmpty()) {
                        names.add(path.get(0));
                    }
                }
                case INPUT -> {
                    names.add(path.get(0));
                    String key = String.join(".", path);
                    if (c.type() == ComponentType.FILEPICKER) {
                        files.add(key);
                    }
                    if (c.label() != null && !c.label().isBlank()) {
                        labels.putIfAbsent(key, c.label());
                    }
                }
            }
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        if (a.isEmpty()) {
            return b;
        }
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** The field's label for a refusal: {@code proposedGrade（拟定等级）}, or the key alone. */
    public String name(String key) {
        String label = labels.get(key);
        return label == null ? key : key + "（" + label + "）";
    }
}
