package cn.safetygrading.grading.service;

import cn.safetygrading.base.Refused;
import cn.safetygrading.grading.domain.Campaign;
import cn.safetygrading.grading.domain.GradingRequestKind;
import cn.safetygrading.grading.domain.GradingRequestOrigin;
import cn.safetygrading.grading.persistence.CampaignMapper;
import cn.safetygrading.grading.persistence.GradingCaseMapper;
import cn.safetygrading.grading.persistence.GradingRequestMapper;
import cn.safetygrading.ledger.domain.GradingSubject;
import cn.safetygrading.ledger.service.GradeBook;
import cn.safetygrading.security.domain.Account;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * 回头看 leads to actions: the campaign's enterprises that never submitted a self-assessment, and the
 * gradable enterprises of its region it never reached (added to the ledger later, or left out because a
 * grading of theirs was running), for the manager who holds the look-back task; a selection of them
 * gets a grading-cycle each ({@link GradingRequests}, origin {@code LOOK_BACK}, recorded with the reason).
 */
@Service
public class LookBackService {

    public static final String TASK_KEY = "lookBack";
    public static final String NOT_SUBMITTED = "NOT_SUBMITTED";
    public static final String MISSING = "MISSING";
    private static final int PAGE = 500;

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final CampaignMapper campaigns;
    private final GradingCaseMapper cases;
    private final GradingRequestMapper requests;
    private final GradeBook gradeBook;
    private final GradingRequests starts;

    public LookBackService(
            TaskService tasks,
            RuntimeService runtime,
            CampaignMapper campaigns,
            GradingCaseMapper cases,
            GradingRequestMapper requests,
            GradeBook gradeBook,
            GradingRequests starts) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.campaigns = campaigns;
        this.cases = cases;
        this.requests = requests;
        this.gradeBook = gradeBook;
        this.starts = starts;
    }

    /**
     * One enterprise the look-back found: why ({@link #NOT_SUBMITTED} or {@link #MISSING}), whether a
     * grading of it runs now, and whether the look-back started one already.
     */
    public record Candidate(String uscc, String name, String reason, boolean running, boolean started) {}

    /** What a start of a selection did: the enterprises started, and the refused ones with their sentence. */
    public record Outcome(List<String> started, Map<String, Refused> refused) {}

    /** The enterprises the look-back of this task lists; only for who may work the task. */
    public List<Candidate> candidates(Account account, String taskId) {
        Campaign campaign = campaignOf(account, taskId);
        Map<String, String> reasons = new LinkedHashMap<>();
        requests.neverSubmitted(campaign.id()).forEach(u -> reasons.put(u.strip(), NOT_SUBMITTED));
        String cursor = null;
        while (true) {
            List<String> page = gradeBook.gradableAfter(campaign.regionCode(), cursor, PAGE);
            if (page.isEmpty()) {
                break;
            }
            Set<String> in = new HashSet<>(cases.inCampaign(campaign.id(), page).stream()
                    .map(String::strip)
                    .toList());
            page.stream().filter(u -> !in.contains(u)).forEach(u -> reasons.putIfAbsent(u, MISSING));
            cursor = page.get(page.size() - 1);
            if (page.size() < PAGE) {
                break;
            }
        }
        if (reasons.isEmpty()) {
            return List.of();
        }
        Set<String> running =
                requests.running(reasons.keySet()).stream().map(String::strip).collect(Collectors.toSet());
        Set<String> started = requests.byCampaign(campaign.id()).stream()
                .filter(r -> r.origin() == GradingRequestOrigin.LOOK_BACK)
                .map(r -> r.uscc().strip())
                .collect(Collectors.toSet());
        List<Candidate> list = new ArrayList<>();
        reasons.forEach((uscc, reason) -> list.add(new Candidate(
                uscc,
                gradeBook.subject(uscc).map(GradingSubject::name).orElse(uscc),
                reason,
                running.contains(uscc),
                started.contains(uscc))));
        return list;
    }

    /**
     * Starts a grading-cycle for each selected enterprise the look-back lists (others are ignored):
     * {@link GradingRequestKind#DIAGNOSIS} by its department or {@link GradingRequestKind#REGRADING} by its own
     * self-assessment, each in its own transaction, recorded with the reason and the campaign.
     */
    public Outcome start(
            Account account, String taskId, Collection<String> selected, GradingRequestKind kind, String reason) {
        Campaign campaign = campaignOf(account, taskId);
        Set<String> listed =
                candidates(account, taskId).stream().map(Candidate::uscc).collect(Collectors.toSet());
        List<String> started = new ArrayList<>();
        Map<String, Refused> refused = new LinkedHashMap<>();
        for (String uscc : selected) {
            if (!listed.contains(uscc)) {
                continue;
            }
            try {
                starts.start(account, uscc, kind, reason, GradingRequestOrigin.LOOK_BACK, campaign.id(), null);
                started.add(uscc);
            } catch (Refused r) {
                if (r.messageKey().equals("gradingRequest.reasonRequired")
                        || r.messageKey().equals("gradingRequest.reasonTooLong")
                        || r.messageKey().equals("gradingRequest.kind")) {
                    throw r;
                }
                refused.put(uscc, r);
            }
        }
        return new Outcome(started, refused);
    }

    /** The campaign of an open look-back task the account may work (a candidate, the assignee, or an administrator). */
    private Campaign campaignOf(Account account, String taskId) {
        Task task = tasks.createTaskQuery().taskId(taskId).active().singleResult();
        if (task == null || !TASK_KEY.equals(task.getTaskDefinitionKey())) {
            throw new AccessDeniedException("not an open look-back task");
        }
        boolean mine = account.isAdmin()
                || account.userId().equals(task.getAssignee())
                || tasks.getIdentityLinksForTask(taskId).stream()
                        .anyMatch(l -> IdentityLinkType.CANDIDATE.equals(l.getType())
                                && (account.groups().contains(l.getGroupId())
                                        || account.userId().equals(l.getUserId())));
        if (!mine) {
            throw new AccessDeniedException("not your look-back task");
        }
        String campaignId = runtime.createProcessInstanceQuery()
                .processInstanceId(task.getProcessInstanceId())
                .singleResult()
                .getBusinessKey();
        return campaigns.find(campaignId).orElseThrow(() -> new AccessDeniedException("no campaign " + campaignId));
    }
}
