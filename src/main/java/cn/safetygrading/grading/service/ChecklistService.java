package cn.safetygrading.grading.service;

import cn.safetygrading.grading.domain.Answer;
import cn.safetygrading.grading.domain.Checklist;
import cn.safetygrading.grading.domain.ChecklistItem;
import cn.safetygrading.grading.domain.ChecklistSection;
import cn.safetygrading.grading.domain.IndustryClass;
import cn.safetygrading.grading.domain.ScoreResult;
import cn.safetygrading.grading.domain.SectionScore;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * The assessment checklists (评估标准) and their scoring. Every {@code checklists/*.json} on the
 * classpath is read and checked once, at start; a bad file stops the application with a message
 * naming it. Scores are always computed here from the answers, never typed in.
 *
 * <p>Answers are a map from item id to {@code MET}, {@code PARTIAL}, {@code NOT_MET} or
 * {@code NOT_APPLICABLE} (see {@link Answer}); a null or blank value means "not answered yet".
 * Score = earned ÷ applicable points × 100, one decimal, half up; see {@code docs/checklists.md}.
 */
@Service
public class ChecklistService {

    /** Where the shipped checklists live. */
    public static final String LOCATION = "classpath*:checklists/*.json";

    private static final Logger log = LoggerFactory.getLogger(ChecklistService.class);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal ZERO = BigDecimal.valueOf(0, 1);

    private final Map<String, Checklist> byId = new LinkedHashMap<>();

    /** The shipped checklists ({@link #LOCATION}). */
    @Autowired
    public ChecklistService() {
        this(LOCATION);
    }

    /**
     * The checklists matching a Spring resource pattern, e.g. {@code file:/tmp/x/*.json}.
     *
     * @throws IllegalStateException naming the file, if a file cannot be read or is not a valid checklist
     */
    public ChecklistService(String locationPattern) {
        for (Checklist c : ChecklistFiles.load(locationPattern)) {
            byId.put(c.id(), c);
        }
        log.info("checklists loaded: {}", byId.keySet());
    }

    /** Every checklist, by id. */
    public List<Checklist> all() {
        return List.copyOf(byId.values());
    }

    /** The checklist with this id (e.g. the one a running cycle started with). */
    public Optional<Checklist> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * The checklist a new assessment of this class in this year uses: the class's latest version of
     * that year or before, else the latest GENERAL one of that year or before.
     *
     * @param industryClass {@code GENERAL}, {@code NON_COAL_MINE}, {@code HAZARDOUS_CHEMICALS},
     *                      {@code FIREWORKS} or {@code INDUSTRY_TRADE}
     * @throws IllegalArgumentException for an unknown class, or if not even a GENERAL checklist is that old
     */
    public Checklist current(String industryClass, int year) {
        return current(IndustryClass.parse(industryClass), year);
    }

    public Checklist current(IndustryClass industryClass, int year) {
        return latest(industryClass, year)
                .or(() -> latest(IndustryClass.GENERAL, year))
                .orElseThrow(() -> new IllegalArgumentException("no checklist for " + industryClass + " or GENERAL in "
                        + year + " or before (available: " + byId.keySet() + ")"));
    }

    private Optional<Checklist> latest(IndustryClass industryClass, int year) {
        return byId.values().stream()
                .filter(c -> c.industryClass() == industryClass && c.year() <= year)
                .max(Comparator.comparingInt(Checklist::year));
    }

    /**
     * The industry class (the name of an {@link IndustryClass}) of an enterprise from its GB/T 4754-2017
     * division and whether it produces or trades fireworks; see
     * {@link IndustryClass#ofDivision(String, boolean, boolean)} for the mapping.
     *
     * @throws IllegalArgumentException if the division is not two digits between 01 and 97
     */
    public String industryClassOf(String gbt4754Division, boolean fireworks) {
        return industryClassOf(gbt4754Division, fireworks, false);
    }

    /**
     * As {@link #industryClassOf(String, boolean)}, and {@code hazardousChemicalsLicence}: the enterprise
     * holds or needs a hazardous-chemicals safety, trading or use licence (a filling station in 52, a
     * chemical trader in 51, a chemical warehouse in 59…), which makes it HAZARDOUS_CHEMICALS.
     */
    public String industryClassOf(String gbt4754Division, boolean fireworks, boolean hazardousChemicalsLicence) {
        return IndustryClass.ofDivision(gbt4754Division, fireworks, hazardousChemicalsLicence)
                .name();
    }

    /**
     * The score of a submission: every item must be answered.
     *
     * @throws InvalidAnswersException (an IllegalArgumentException) for an unknown item id, an unknown
     *                                 answer, NOT_APPLICABLE on a mandatory or veto item, or unanswered items
     */
    public ScoreResult score(Checklist checklist, Map<String, String> answers) {
        return evaluate(checklist, answers, true);
    }

    /**
     * The score of a draft, for the live score while the form is filled in: unanswered items are left
     * out (of the points, the flags and the counts of the answered); anything answered is checked as
     * for {@link #score}.
     *
     * @throws InvalidAnswersException (an IllegalArgumentException) for an unknown item id, an unknown
     *                                 answer, or NOT_APPLICABLE on a mandatory or veto item
     */
    public ScoreResult preview(Checklist checklist, Map<String, String> answers) {
        return evaluate(checklist, answers, false);
    }

    private ScoreResult evaluate(Checklist checklist, Map<String, String> answers, boolean complete) {
        Objects.requireNonNull(checklist, "checklist");
        Map<String, String> given = answers == null ? Map.of() : answers;
        Map<String, Answer> parsed = parse(checklist, given);
        if (complete) {
            List<String> missing = checklist.items().stream()
                    .map(ChecklistItem::id)
                    .filter(id -> !parsed.containsKey(id))
                    .toList();
            if (!missing.isEmpty()) {
                throw new InvalidAnswersException(
                        InvalidAnswersException.Problem.MISSING_ANSWERS,
                        checklist.id(),
                        missing,
                        missing.size() + " of " + checklist.items().size() + " items not answered: "
                                + String.join(", ", missing));
            }
        }

        List<SectionScore> sections = new ArrayList<>();
        List<String> failedVeto = new ArrayList<>();
        List<String> missingMandatory = new ArrayList<>();
        BigDecimal earned = ZERO;
        int applicable = 0;
        int answered = 0;
        for (ChecklistSection section : checklist.sections()) {
            BigDecimal sectionEarned = ZERO;
            int sectionApplicable = 0;
            int sectionAnswered = 0;
            for (ChecklistItem item : section.items()) {
                Answer answer = parsed.get(item.id());
                if (answer == null) {
                    continue;
                }
                sectionAnswered++;
                if (answer == Answer.NOT_APPLICABLE) {
                    continue;
                }
                sectionApplicable += item.points();
                sectionEarned = sectionEarned.add(earned(item, answer));
                if (item.veto() && answer != Answer.MET) {
                    failedVeto.add(item.id());
                }
                if (item.mandatory() && answer == Answer.NOT_MET) {
                    missingMandatory.add(item.id());
                }
            }
            sections.add(new SectionScore(
                    section.dimension(),
                    section.name(),
                    section.points(),
                    sectionApplicable,
                    sectionEarned,
                    sectionAnswered,
                    section.items().size()));
            earned = earned.add(sectionEarned);
            applicable += sectionApplicable;
            answered += sectionAnswered;
        }
        BigDecimal score = applicable == 0
                ? ZERO
                : earned.multiply(HUNDRED).divide(BigDecimal.valueOf(applicable), 1, RoundingMode.HALF_UP);
        return new ScoreResult(
                checklist.id(),
                complete,
                score,
                earned,
                applicable,
                !failedVeto.isEmpty(),
                !missingMandatory.isEmpty(),
                failedVeto,
                missingMandatory,
                answered,
                checklist.items().size(),
                sections);
    }

    /** MET: all points; PARTIAL: half; NOT_MET: none. One decimal. */
    private static BigDecimal earned(ChecklistItem item, Answer answer) {
        return switch (answer) {
            case MET -> BigDecimal.valueOf(item.points() * 10L, 1);
            case PARTIAL -> BigDecimal.valueOf(item.points() * 5L, 1);
            case NOT_MET, NOT_APPLICABLE -> ZERO;
        };
    }

    /** The answered items, checked: known ids, known answers, no NOT_APPLICABLE where it is not allowed. */
    private static Map<String, Answer> parse(Checklist checklist, Map<String, String> answers) {
        Set<String> known = checklist.items().stream().map(ChecklistItem::id).collect(Collectors.toSet());
        List<String> unknown = answers.keySet().stream()
                .filter(id -> !known.contains(id))
                .map(String::valueOf)
                .sorted()
                .toList();
        if (!unknown.isEmpty()) {
            throw new InvalidAnswersException(
                    InvalidAnswersException.Problem.UNKNOWN_ITEM,
                    checklist.id(),
                    unknown,
                    "no item " + String.join(", ", unknown) + " in this checklist");
        }
        Map<String, Answer> parsed = new LinkedHashMap<>();
        List<String> bad = new ArrayList<>();
        List<String> badText = new ArrayList<>();
        List<String> notApplicable = new ArrayList<>();
        for (ChecklistItem item : checklist.items()) {
            String value = answers.get(item.id());
            if (value == null || value.isBlank()) {
                continue;
            }
            Optional<Answer> answer = Answer.parse(value);
            if (answer.isEmpty()) {
                bad.add(item.id());
                badText.add(item.id() + " '" + value + "'");
            } else if (answer.get() == Answer.NOT_APPLICABLE && item.alwaysApplicable()) {
                notApplicable.add(item.id());
            } else {
                parsed.put(item.id(), answer.get());
            }
        }
        if (!bad.isEmpty()) {
            throw new InvalidAnswersException(
                    InvalidAnswersException.Problem.UNKNOWN_ANSWER,
                    checklist.id(),
                    bad,
                    "unknown answer for item " + String.join(", ", badText)
                            + " (expected MET, PARTIAL, NOT_MET or NOT_APPLICABLE)");
        }
        if (!notApplicable.isEmpty()) {
            throw new InvalidAnswersException(
                    InvalidAnswersException.Problem.NOT_APPLICABLE_FORBIDDEN,
                    checklist.id(),
                    notApplicable,
                    "item " + String.join(", ", notApplicable)
                            + " is a mandatory or veto item and cannot be NOT_APPLICABLE");
        }
        return parsed;
    }
}
