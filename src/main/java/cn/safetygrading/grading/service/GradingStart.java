package cn.safetygrading.grading.service;

import cn.safetygrading.base.i18n.Translations;
import cn.safetygrading.grading.domain.Campaign;
import cn.safetygrading.grading.domain.GradingCase;
import cn.safetygrading.grading.domain.GradingRequest;
import cn.safetygrading.grading.domain.GradingStep;
import cn.safetygrading.grading.persistence.CampaignMapper;
import cn.safetygrading.grading.persistence.GradingCaseMapper;
import cn.safetygrading.grading.persistence.GradingRequestMapper;
import cn.safetygrading.ledger.domain.Department;
import cn.safetygrading.ledger.domain.GradingSubject;
import cn.safetygrading.ledger.service.Departments;
import cn.safetygrading.ledger.service.EnterpriseFileService;
import cn.safetygrading.ledger.service.GradeBook;
import cn.safetygrading.notice.service.NoticeService;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The start of a grading (Task_PrepareCase): the start variables checked once and kept with the case. */
@Service
@Transactional
public class GradingStart {

    /**
     * The start variables of a grading-cycle as the engine holds them, read once by the delegate. They
     * may come from /engine-rest, so their values are untrusted and checked here.
     */
    public record CaseStart(
            String processInstanceId,
            String businessKey,
            Object uscc,
            Object campaignId,
            Object trigger,
            Object noticePeriod,
            Object spotCheckRatio,
            Object gradingRequestId) {}

    private final GradingCaseMapper cases;
    private final CampaignMapper campaigns;
    private final GradeBook gradeBook;
    private final EnterpriseFileService file;
    private final GradingProperties properties;
    private final ChecklistService checklists;
    private final Clock clock;
    private final Departments departments;
    private final GradingRequestMapper requests;
    private final CaseRecords records;
    private final Translations texts;

    GradingStart(
            Translations texts,
            GradingCaseMapper cases,
            CampaignMapper campaigns,
            GradeBook gradeBook,
            EnterpriseFileService file,
            GradingProperties properties,
            ChecklistService checklists,
            Clock clock,
            Departments departments,
            GradingRequestMapper requests,
            CaseRecords records) {
        this.texts = texts;
        this.cases = cases;
        this.campaigns = campaigns;
        this.gradeBook = gradeBook;
        this.file = file;
        this.properties = properties;
        this.checklists = checklists;
        this.clock = clock;
        this.departments = departments;
        this.requests = requests;
        this.records = records;
    }

    /**
     * Task_PrepareCase: reads the start variables once, checks them and keeps them with the case,
     * together with the region, the checklist and the deadlines every later step uses. Writing any of
     * these variables later changes nothing: later steps read the case. The variables returned (the delegate sets them)
     * are for display (forms, Cockpit, the inbox) only.
     */
    public Map<String, Object> prepare(CaseStart start) {
        Object usccValue = start.uscc();
        if (!(usccValue instanceof String uscc) || uscc.isBlank()) {
            throw new GradingRefused("grading.refused.usccRequired");
        }
        if (!uscc.equals(start.businessKey())) {
            throw new GradingRefused("grading.refused.businessKey", uscc);
        }
        GradingSubject subject = gradeBook.requireSubject(uscc);
        // two gradings of one enterprise never run at once, whoever starts them (a page, a campaign,
        // a watch period, /engine-rest): the lock makes concurrent starts take turns
        requests.lockEnterprise(uscc);
        if (requests.runningOther(uscc, start.processInstanceId()).isPresent()) {
            throw new GradingRefused("grading.refused.cycleRunning", subject.name());
        }
        Optional<GradingRequest> request = request(start, uscc);
        String campaignId = startString(start.campaignId(), "campaignId");
        Optional<Campaign> campaign = Optional.ofNullable(campaignId).flatMap(campaigns::find);
        if (campaignId != null && campaign.isEmpty()) {
            throw new GradingRefused("grading.refused.unknownCampaign", campaignId);
        }
        String trigger = request.map(GradingRequest::trigger)
                .orElseGet(() -> Optional.ofNullable(startString(start.trigger(), "trigger"))
                        .orElse(campaign.isPresent() ? "CAMPAIGN" : "APPLICATION"));
        if (!GradingCaseService.TRIGGERS.contains(trigger)) {
            throw new GradingRefused("grading.refused.trigger", trigger);
        }
        String noticePeriod = Optional.ofNullable(startString(start.noticePeriod(), "noticePeriod"))
                .orElse(campaign.map(Campaign::noticePeriod).orElse(properties.noticePeriod()));
        try {
            NoticeService.parsePeriod(noticePeriod);
        } catch (IllegalArgumentException e) {
            throw new GradingRefused("grading.refused.noticePeriod", noticePeriod);
        }
        Object ratio = start.spotCheckRatio();
        if (ratio != null && !(ratio instanceof Number)) {
            throw new GradingRefused("grading.refused.ratio", String.valueOf(ratio));
        }
        BigDecimal spotCheckRatio = ratio instanceof Number n
                ? new BigDecimal(n.toString())
                : campaign.map(Campaign::spotCheckRatio).orElse(properties.spotCheckRatio());
        if (spotCheckRatio.signum() < 0 || spotCheckRatio.compareTo(BigDecimal.ONE) > 0) {
            throw new GradingRefused("grading.refused.ratio", spotCheckRatio.toPlainString());
        }
        spotCheckRatio = spotCheckRatio.setScale(3, RoundingMode.HALF_UP);

        String county = subject.countyCode() != null ? subject.countyCode() : subject.regionCode();
        String city = subject.cityCode() != null ? subject.cityCode() : county;
        ZonedDateTime now = ZonedDateTime.now(clock);
        int year = campaign.map(Campaign::year).orElse(now.getYear());
        String checklistId = checklists
                .current(checklists.industryClassOf(subject.industryCode(), false), year)
                .id();
        OffsetDateTime selfAssessmentDue = campaign.map(Campaign::selfAssessmentDue)
                .orElse(now.plus(properties.selfAssessmentPeriod()).toOffsetDateTime());
        String caseId = UUID.nameUUIDFromBytes(("case:" + start.processInstanceId()).getBytes())
                .toString();

        cases.insert(new GradingCase(
                caseId,
                start.processInstanceId(),
                uscc,
                campaignId,
                trigger,
                subject.regionCode(),
                GradingStep.STARTED,
                subject.grade(),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                false,
                null,
                null,
                0,
                OffsetDateTime.now(clock),
                null,
                null,
                noticePeriod,
                spotCheckRatio,
                county,
                city,
                request.map(GradingRequest::department)
                        .filter(d -> departments.byName(d).isPresent())
                        .or(() -> departments.responsibleFor(uscc).map(Department::name))
                        .orElse(null),
                checklistId,
                subject.enterpriseClass(),
                selfAssessmentDue,
                campaign.map(Campaign::reviewDue).orElse(null),
                campaign.map(Campaign::spotCheckDue).orElse(null),
                null,
                null,
                null,
                null,
                null));

        Map<String, Object> display = new LinkedHashMap<>();
        display.put("trigger", trigger);
        display.put("noticePeriod", noticePeriod);
        display.put("spotCheckRatio", spotCheckRatio.doubleValue());
        display.put("regionCode", subject.regionCode());
        display.put("countyCode", county);
        display.put("cityCode", city);
        display.put("enterpriseName", subject.name());
        display.put("enterpriseClass", subject.enterpriseClass());
        display.put("industryCode", subject.industryCode());
        display.put("previousGrade", subject.grade());
        display.put("checklistId", checklistId);
        display.put("caseId", caseId);

        file.record(
                uscc,
                "GRADING_STARTED",
                records.actor(null),
                texts.zh("grading.text.started", texts.zh(triggerLabelKey(trigger))),
                records.details(Map.of(
                        "caseId",
                        caseId,
                        "trigger",
                        trigger,
                        "campaignId",
                        String.valueOf(campaignId),
                        "noticePeriod",
                        noticePeriod,
                        "spotCheckRatio",
                        spotCheckRatio.toPlainString())),
                "grading-started:" + start.processInstanceId());
        return display;
    }

    /**
     * The official's request this cycle was started for ({@code gradingRequestId}, see
     * {@link GradingRequests}): it must be of this enterprise and not have started a cycle yet; it is
     * bound to this one now. Its kind gives the trigger and its department the unit that diagnoses.
     */
    private Optional<GradingRequest> request(CaseStart start, String uscc) {
        String id = startString(start.gradingRequestId(), "gradingRequestId");
        if (id == null) {
            return Optional.empty();
        }
        GradingRequest request = requests.find(id)
                .filter(r -> uscc.equals(r.uscc().strip()))
                .orElseThrow(() -> new GradingRefused("grading.refused.request", id));
        if (requests.bind(id, start.processInstanceId()) == 0) {
            throw new GradingRefused("grading.refused.request", id);
        }
        return Optional.of(request);
    }

    /** A start variable as text, or null when absent or blank. */
    private static String startString(Object value, String name) {
        if (value == null) {
            return null;
        }
        if (!(value instanceof String s)) {
            throw new GradingRefused(
                    "grading.refused."
                            + ("trigger".equals(name)
                                    ? "trigger"
                                    : "noticePeriod".equals(name) ? "noticePeriod" : "unknownCampaign"),
                    String.valueOf(value));
        }
        return s.isBlank() ? null : s;
    }

    static String triggerLabelKey(String trigger) {
        return switch (trigger) {
            case "CAMPAIGN", "WATCH_PERIOD_END", "DEPARTMENT" -> "grading.text.trigger." + trigger;
            default -> "grading.text.trigger.APPLICATION";
        };
    }
}
