package cn.safetygrading.grading.service;

import cn.safetygrading.base.Refused;
import cn.safetygrading.base.json.Json;
import cn.safetygrading.grading.domain.Campaign;
import cn.safetygrading.grading.domain.CampaignStatus;
import cn.safetygrading.grading.domain.GradingStep;
import cn.safetygrading.grading.domain.LeftOut;
import cn.safetygrading.grading.domain.NewCampaign;
import cn.safetygrading.grading.domain.Overlap;
import cn.safetygrading.grading.persistence.CampaignMapper;
import cn.safetygrading.grading.persistence.GradingCaseMapper;
import cn.safetygrading.grading.persistence.GradingRequestMapper;
import cn.safetygrading.ledger.domain.Region;
import cn.safetygrading.ledger.service.GradeBook;
import cn.safetygrading.security.domain.Account;
import cn.safetygrading.security.domain.Role;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Grading campaigns (grading-campaign): launched by a manager for a region and year; the grading
 * cycles start in batches, one job each, so a campaign of 50,000 enterprises neither blocks a
 * request nor holds one giant transaction.
 */
@Service
@Transactional
public class CampaignService {

    public static final String PROCESS = "grading-campaign";
    public static final String CYCLE = "grading-cycle";

    private final CampaignMapper campaigns;
    private final GradingCaseMapper cases;
    private final GradeBook gradeBook;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final SamplingService sampling;
    private final GradingProperties properties;
    private final ObjectMapper json;
    private final Clock clock;
    private final GradingRequestMapper requests;

    public CampaignService(
            CampaignMapper campaigns,
            GradingCaseMapper cases,
            GradeBook gradeBook,
            RuntimeService runtime,
            TaskService tasks,
            SamplingService sampling,
            GradingProperties properties,
            ObjectMapper json,
            Clock clock,
            GradingRequestMapper requests) {
        this.requests = requests;
        this.campaigns = campaigns;
        this.cases = cases;
        this.gradeBook = gradeBook;
        this.runtime = runtime;
        this.tasks = tasks;
        this.sampling = sampling;
        this.properties = properties;
        this.json = json;
        this.clock = clock;
    }

    /** Launches a campaign; the cycles start in the background. Only managers and administrators, in their region. */
    public Campaign launch(Account manager, NewCampaign request) {
        inScope(manager, request);
        CampaignRequests.validate(request, clock);
        return start(manager, request);
    }

    /**
     * What a launch of this request would leave out, asked before the launch: the enterprises of the
     * region whose grading runs already (from their file, a watch period, another campaign over the
     * region), counted, the first {@code limit} of them named. The same checks as the launch.
     */
    @Transactional(readOnly = true)
    public Overlap overlap(Account manager, NewCampaign request, int limit) {
        Region region = inScope(manager, request);
        CampaignRequests.validate(request, clock);
        return new Overlap(campaigns.countRunningIn(region.path()), campaigns.runningIn(region.path(), limit));
    }

    /** All the enterprises of the region a launch would leave out now, for the manager to export. */
    @Transactional(readOnly = true)
    public List<LeftOut> overlapping(Account manager, NewCampaign request) {
        return campaigns.runningIn(inScope(manager, request).path(), Integer.MAX_VALUE);
    }

    /** The enterprises the campaign left out because their grading was running, as its batches met them. */
    @Transactional(readOnly = true)
    public List<LeftOut> leftOut(String campaignId) {
        return campaigns.leftOut(campaignId);
    }

    private Region inScope(Account manager, NewCampaign request) {
        if (!manager.has(Role.MANAGER) && !manager.isAdmin()) {
            throw new AccessDeniedException("only managers launch campaigns");
        }
        Region region = gradeBook
                .region(request.regionCode())
                .orElseThrow(() -> new Refused("campaign.invalid.region", String.valueOf(request.regionCode())));
        if (!manager.isAdmin()) {
            Region own = gradeBook
                    .region(manager.regionCode())
                    .orElseThrow(() -> new AccessDeniedException("no region scope"));
            if (!(region.path().equals(own.path()) || region.path().startsWith(own.path() + "/"))) {
                throw new AccessDeniedException("region " + request.regionCode() + " is outside your scope");
            }
        }
        return region;
    }

    private Campaign start(Account manager, NewCampaign request) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        BigDecimal ratio = request.spotCheckRatio() == null ? properties.spotCheckRatio() : request.spotCheckRatio();
        String notice = request.noticePeriod() == null ? properties.noticePeriod() : request.noticePeriod();
        Campaign campaign = new Campaign(
                UUID.randomUUID().toString(),
                request.name().strip(),
                request.regionCode(),
                request.year(),
                request.selfAssessmentDue(),
                request.reviewDue(),
                request.spotCheckDue(),
                request.closesAt(),
                ratio,
                notice,
                sampling.newSeed(),
                CampaignStatus.LAUNCHING,
                0,
                0,
                manager.userId(),
                now,
                null,
                null,
                null);
        campaigns.insert(campaign);
        var instance = runtime.startProcessInstanceByKey(
                PROCESS,
                campaign.id(),
                Map.of(
                        "campaignId",
                        campaign.id(),
                        "regionCode",
                        campaign.regionCode(),
                        "closesAt",
                        Date.from(campaign.closesAt().toInstant()),
                        "launchedBy",
                        manager.userId()));
        campaigns.setProcessInstance(campaign.id(), instance.getId());
        return campaigns.find(campaign.id()).orElseThrow();
    }

    @Transactional(readOnly = true)
    public Optional<Campaign> find(String id) {
        return campaigns.find(id);
    }

    /** The campaigns of the account's region and below, newest first. */
    @Transactional(readOnly = true)
    public List<Campaign> list(Account account, int offset, int limit) {
        String path = account.isAdmin() && account.regionCode() == null
                ? ""
                : gradeBook.region(account.regionCode()).map(Region::path).orElse(null);
        if (path == null) {
            return List.of();
        }
        return path.isEmpty() ? campaigns.all(offset, limit) : campaigns.inRegions(path, offset, limit);
    }

    /**
     * Closes a running campaign before its date (message campaign-close), for a reason the manager
     * gives; returns how many of its gradings are still running (they go on; the summary and the
     * look-back follow in the background).
     */
    public long closeNow(Account manager, String campaignId, String reason) {
        Campaign campaign = campaigns.find(campaignId).orElseThrow(() -> new Refused("campaign.close.gone", ""));
        if (!manager.isAdmin() && !manager.userId().equals(campaign.launchedBy()) && !manager.has(Role.MANAGER)) {
            throw new AccessDeniedException("only managers close campaigns");
        }
        if (reason == null || reason.isBlank()) {
            throw new Refused("campaign.close.reasonRequired", "");
        }
        if (reason.strip().length() > 500) {
            throw new Refused("campaign.close.reasonTooLong", "500");
        }
        if (campaigns.requestClose(campaignId, manager.userId(), OffsetDateTime.now(clock), reason.strip()) == 0) {
            throw new Refused("campaign.close.notRunning", campaign.name());
        }
        runtime.createMessageCorrelation("campaign-close")
                .processInstanceBusinessKey(campaignId)
                .correlate();
        return campaigns.runningCases(campaignId);
    }

    // ------------------------------------------------------------------ process steps

    /** How many enterprises a campaign grades and in how many parallel lanes it starts them. */
    public record Selection(long total, int laneCount) {}

    /** Where a lane stands after a batch: its cursor (the last USCC started) and whether it is done. */
    public record BatchDone(String cursor, boolean allStarted) {}

    /** Task_SelectEnterprises: the campaign's total and its lanes. */
    public Selection selectEnterprises(String id, String regionCode) {
        long total = gradeBook.countGradable(regionCode);
        campaigns.setTotal(id, total);
        // parallel lanes, each its share of the enterprises; no more lanes than batches
        long batches = Math.max(1, (total + properties.campaignBatchSize() - 1) / properties.campaignBatchSize());
        return new Selection(total, (int) Math.max(1, Math.min(properties.campaignLanes(), batches)));
    }

    /**
     * One batch of a lane: the lane's next enterprises in USCC order, each its own grading-cycle unless
     * it has one in this campaign already. The lane's cursor and end flag are variables of the lane.
     */
    public BatchDone startBatch(String id, String cursor, int lane, int laneCount) {
        Campaign campaign = campaigns.find(id).orElseThrow();
        int size = properties.campaignBatchSize();
        List<String> batch = gradeBook.gradableAfter(campaign.regionCode(), cursor, size, lane, laneCount);
        java.util.Set<String> inThisCampaign =
                batch.isEmpty() ? java.util.Set.of() : java.util.Set.copyOf(cases.inCampaign(id, batch));
        // an enterprise whose grading runs already (started from its file, a watch period) is left out:
        // two gradings of one enterprise never run at once; the look-back lists it as missing
        java.util.Set<String> running = batch.isEmpty()
                ? java.util.Set.of()
                : requests.running(batch).stream().map(String::strip).collect(java.util.stream.Collectors.toSet());
        java.util.Set<String> leftOut = new java.util.TreeSet<>(running);
        leftOut.removeAll(inThisCampaign);
        if (!leftOut.isEmpty()) {
            campaigns.recordLeftOut(id, leftOut, OffsetDateTime.now(clock));
        }
        for (String uscc : batch) {
            if (inThisCampaign.contains(uscc) || running.contains(uscc)) {
                continue;
            }
            Map<String, Object> vars = new LinkedHashMap<>();
            vars.put("uscc", uscc);
            vars.put("campaignId", id);
            vars.put("trigger", "CAMPAIGN");
            vars.put("noticePeriod", campaign.noticePeriod());
            vars.put("spotCheckRatio", campaign.spotCheckRatio().doubleValue());
            runtime.startProcessInstanceByKey(CYCLE, uscc, vars);
        }
        campaigns.refreshStarted(id);
        return new BatchDone(batch.isEmpty() ? cursor : batch.get(batch.size() - 1), batch.size() < size);
    }

    /** Task_CampaignRunning: every lane has started its share; the campaign runs. */
    public void markRunning(String id) {
        campaigns.refreshStarted(id);
        campaigns.setRunning(id);
    }

    /** The figures of a closed campaign that its process keeps as variables. */
    public record Summary(long notSubmitted, long overdueTasks, long graded) {}

    /** Task_SummarizeCampaign: counts per grade and step, overdue tasks, not submitted; the campaign is closed. */
    public Summary summarize(String id) {
        Map<String, Long> byGrade = new LinkedHashMap<>();
        Map<String, Long> byStep = new LinkedHashMap<>();
        for (GradingCaseMapper.CampaignCount row : cases.campaignCounts(id)) {
            byGrade.merge(row.grade(), row.cases(), Long::sum);
            byStep.merge(row.step().code(), row.cases(), Long::sum);
        }
        long notSubmitted = byStep.getOrDefault(GradingStep.selfAssessment.code(), 0L)
                + byStep.getOrDefault(GradingStep.departmentDiagnosis.code(), 0L);
        Date now = Date.from(clock.instant());
        long overdue = tasks.createTaskQuery()
                .processVariableValueEquals("campaignId", id)
                .dueBefore(now)
                .count();
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("byGrade", byGrade);
        summary.put("byStep", byStep);
        summary.put("notSubmitted", notSubmitted);
        summary.put("overdueTasks", overdue);
        summary.put("leftOut", campaigns.countLeftOut(id));
        campaigns.close(id, OffsetDateTime.now(clock), Json.of(json).write(summary));
        return new Summary(notSubmitted, overdue, byStep.getOrDefault(GradingStep.GRADED.code(), 0L));
    }
}
