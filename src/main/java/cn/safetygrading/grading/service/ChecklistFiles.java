package cn.safetygrading.grading.service;

import cn.safetygrading.grading.domain.Checklist;
import cn.safetygrading.grading.domain.ChecklistItem;
import cn.safetygrading.grading.domain.ChecklistSection;
import cn.safetygrading.grading.domain.Dimension;
import cn.safetygrading.grading.domain.IndustryClass;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Reads checklist files and checks them. Anything wrong is an {@link IllegalStateException} naming
 * the file and every problem found in it, so a bad file stops the application at start, never a
 * grading cycle later.
 */
final class ChecklistFiles {

    static final int TOTAL_POINTS = 100;
    static final Pattern ITEM_ID = Pattern.compile("[A-Z][A-Z0-9]{1,7}");
    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 2100;

    /**
     * Strict: unknown fields, floats for points, strings for numbers or booleans are all refused. An
     * absent {@code mandatory} or {@code veto} is false; absent {@code points} are 0, which only a veto
     * item may carry.
     */
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .build();

    private ChecklistFiles() {}

    /** Every checklist matching the pattern (e.g. {@code classpath*:checklists/*.json}), checked, by id. */
    static List<Checklist> load(String locationPattern) {
        Resource[] resources;
        try {
            resources = new PathMatchingResourcePatternResolver().getResources(locationPattern);
        } catch (IOException e) {
            throw new IllegalStateException(
                    "cannot list the checklist files " + locationPattern + ": " + e.getMessage(), e);
        }
        List<Checklist> checklists = new ArrayList<>();
        for (Resource resource : resources) {
            checklists.add(read(resource));
        }
        checkTogether(checklists, locationPattern);
        checklists.sort(Comparator.comparing(Checklist::id));
        return checklists;
    }

    static Checklist read(Resource resource) {
        String file = resource.getFilename();
        Checklist checklist;
        try (InputStream in = resource.getInputStream()) {
            checklist = JSON.readValue(in, Checklist.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(
                    "checklist file " + file + " is not a valid checklist: " + describe(e) + " ["
                            + resource.getDescription() + "]",
                    e);
        } catch (IOException e) {
            throw new IllegalStateException(
                    "checklist file " + file + " cannot be read: " + e.getMessage() + " [" + resource.getDescription()
                            + "]",
                    e);
        }
        List<String> problems = problems(checklist, file);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("checklist file " + file + " is not a valid checklist:\n - "
                    + String.join("\n - ", problems) + "\n[" + resource.getDescription() + "]");
        }
        return checklist;
    }

    /** Everything wrong with one checklist read from {@code file}; empty if it is fine. */
    static List<String> problems(Checklist c, String file) {
        List<String> problems = new ArrayList<>();
        if (c == null) {
            return List.of("the file is empty");
        }
        String expectedId = file == null ? null : file.replaceFirst("\\.json$", "");
        if (isBlank(c.id())) {
            problems.add("id is missing");
        } else if (expectedId != null && !c.id().equals(expectedId)) {
            problems.add("id '" + c.id() + "' does not match the file name (expected '" + expectedId + "')");
        }
        if (c.industryClass() == null) {
            problems.add("industryClass is missing");
        }
        if (c.year() < FIRST_YEAR || c.year() > LAST_YEAR) {
            problems.add("year " + c.year() + " is missing or not between " + FIRST_YEAR + " and " + LAST_YEAR);
        } else if (!isBlank(c.id()) && !c.id().endsWith("-" + c.year())) {
            problems.add("id '" + c.id() + "' does not end with its year (-" + c.year() + ")");
        }
        if (isBlank(c.name())) {
            problems.add("name is missing");
        }

        Map<Dimension, Integer> seen = new EnumMap<>(Dimension.class);
        Set<String> itemIds = new HashSet<>();
        int total = 0;
        for (int s = 0; s < c.sections().size(); s++) {
            ChecklistSection section = c.sections().get(s);
            String where = section.dimension() == null ? "section " + (s + 1) : "section " + section.dimension();
            if (section.dimension() == null) {
                problems.add(where + ": dimension is missing (one of " + Arrays.toString(Dimension.values()) + ")");
            } else {
                seen.merge(section.dimension(), 1, Integer::sum);
                if (!section.dimension().chineseName().equals(section.name())) {
                    problems.add(where + ": name '" + section.name() + "' should be '"
                            + section.dimension().chineseName() + "'");
                }
            }
            if (section.items().isEmpty()) {
                problems.add(where + ": has no items");
            }
            int sum = 0;
            for (ChecklistItem item : section.items()) {
                itemProblems(item, where, itemIds, problems);
                sum += item.points();
            }
            if (sum != section.points()) {
                problems.add(where + ": points " + section.points() + " but its items add up to " + sum);
            }
            total += sum;
        }
        for (Dimension d : Dimension.values()) {
            int count = seen.getOrDefault(d, 0);
            if (count == 0) {
                problems.add("section " + d + " (" + d.chineseName() + ") is missing");
            } else if (count > 1) {
                problems.add("section " + d + " appears " + count + " times");
            }
        }
        if (total != TOTAL_POINTS) {
            problems.add("the items add up to " + total + " points, not " + TOTAL_POINTS);
        }
        return problems;
    }

    private static void itemProblems(ChecklistItem item, String where, Set<String> ids, List<String> problems) {
        String id = item.id();
        if (isBlank(id)) {
            problems.add(where + ": an item has no id");
            id = "?";
        } else if (!ITEM_ID.matcher(id).matches()) {
            problems.add(where + ": item id '" + id
                    + "' is not a capital letter followed by 1–7 capitals or digits (e.g. M01)");
        }
        if (!"?".equals(id) && !ids.add(id)) {
            problems.add(where + ": item id " + id + " is used twice");
        }
        String at = where + ", item " + id;
        if (isBlank(item.text())) {
            problems.add(at + ": text is missing");
        }
        if (isBlank(item.method())) {
            problems.add(at + ": method is missing");
        }
        if (item.points() < 0) {
            problems.add(at + ": points " + item.points() + " is negative");
        } else if (item.points() == 0 && !item.veto()) {
            problems.add(at + ": only a veto item may carry 0 points");
        }
        if (item.veto() && isBlank(item.basis())) {
            problems.add(at + ": a veto item must cite its basis (the major-accident-hazard criterion)");
        }
    }

    /** What must hold across files: unique ids, one checklist per class and year, a general one. */
    private static void checkTogether(List<Checklist> checklists, String locationPattern) {
        if (checklists.isEmpty()) {
            throw new IllegalStateException("no checklist files found at " + locationPattern);
        }
        Set<String> ids = new HashSet<>();
        Set<String> classYears = new HashSet<>();
        for (Checklist c : checklists) {
            if (!ids.add(c.id())) {
                throw new IllegalStateException(
                        "checklist file " + c.id() + ".json is found twice at " + locationPattern);
            }
            if (!classYears.add(c.industryClass() + "/" + c.year())) {
                throw new IllegalStateException("checklist file " + c.id() + ".json: a second checklist for "
                        + c.industryClass() + " " + c.year());
            }
        }
        if (checklists.stream().noneMatch(c -> c.industryClass() == IndustryClass.GENERAL)) {
            throw new IllegalStateException("no GENERAL checklist at " + locationPattern
                    + ": enterprises of other industries would have nothing to be assessed against");
        }
    }

    private static String describe(JsonProcessingException e) {
        StringBuilder text = new StringBuilder(e.getOriginalMessage());
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            text.append(" at ").append(path(m));
        }
        JsonLocation location = e.getLocation();
        if (location != null && location.getLineNr() > 0) {
            text.append(" (line ")
                    .append(location.getLineNr())
                    .append(", column ")
                    .append(location.getColumnNr())
                    .append(')');
        }
        return text.toString();
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
