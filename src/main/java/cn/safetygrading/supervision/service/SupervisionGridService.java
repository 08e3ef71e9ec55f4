package cn.safetygrading.supervision.service;

import cn.safetygrading.security.domain.Account;
import cn.safetygrading.supervision.domain.AssignedEnterprise;
import cn.safetygrading.supervision.domain.GridMember;
import cn.safetygrading.supervision.domain.PublicContact;
import cn.safetygrading.supervision.domain.RosterRow;
import cn.safetygrading.supervision.domain.SupervisionAssignment;
import cn.safetygrading.supervision.domain.UnitMonthly;
import cn.safetygrading.supervision.persistence.GridMapper;
import cn.safetygrading.supervision.persistence.GridUnitMapper;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 包保督导 (domain §8): grid units are regions (city, county, township, village) with members and a
 * head; each enterprise is assigned to the unit the {@code supervision-assignment} decision names
 * (from its management level and risk level) and to the unit's least-loaded member; the
 * {@code supervision-duties} process then creates the recurring duties, escalating overdue ones to
 * the unit's head and then one level up. Monthly statistics per unit.
 *
 * <p>The entry point for views and other features, in transactions; the work is done by
 * {@link GridMembership} (people and phones), {@link GridAssignments} (who supervises whom),
 * {@link GridDuties} (the process's duties) and {@link GridReports} (contact page, roster, statistics).
 */
@Service
public class SupervisionGridService {

    public static final String PROCESS = "supervision-duties";
    /** The message a unit head sends to give an enterprise's 包保 person a 临时 duty. */
    public static final String AD_HOC_MESSAGE = "supervision-adhoc-duty";
    /** The calendar cycle of each duty (seed 004, 八条规定 二 to 七), by task definition key. */
    public static final Map<String, DutyCalendar.Cycle> DUTY_CYCLE = Map.of(
            "halfMonthlyContact",
            DutyCalendar.Cycle.HALF_MONTH,
            "quarterlyMeeting",
            DutyCalendar.Cycle.QUARTER,
            "quarterlyTalk",
            DutyCalendar.Cycle.QUARTER,
            "quarterlyRiskCheck",
            DutyCalendar.Cycle.QUARTER,
            "halfYearReport",
            DutyCalendar.Cycle.HALF_YEAR,
            "yearlyDrill",
            DutyCalendar.Cycle.YEAR);
    /** The national 安全生产举报投诉 line, shown when no unit up the grid has set its own 监督电话. */
    public static final String DEFAULT_HOTLINE = "12350";

    /** What an assignment run did: how many enterprises went to a supervisor, and those with no member in their unit. */
    public record AssignmentResult(int assigned, int unchanged, List<String> withoutSupervisor) {}

    private final GridMembership membership;
    private final GridAssignments assignments;
    private final GridDuties duties;
    private final GridReports reports;
    private final GridAccess access;
    private final GridMapper grid;
    private final GridUnitMapper units;

    SupervisionGridService(
            GridMembership membership,
            GridAssignments assignments,
            GridDuties duties,
            GridReports reports,
            GridAccess access,
            GridMapper grid,
            GridUnitMapper units) {
        this.membership = membership;
        this.assignments = assignments;
        this.duties = duties;
        this.reports = reports;
        this.access = access;
        this.grid = grid;
        this.units = units;
    }

    /**
     * A fact register changed what the risk-level decision says (an accident, new risk facts): the
     * enterprise's assignment keeps the new level; its grid level follows at the next assignment.
     * Returns whether the enterprise has an assignment that took it.
     */
    @Transactional
    public boolean riskLevelDecided(String uscc, String riskLevel) {
        return units.saveRiskLevel(uscc, riskLevel) > 0;
    }

    /** A manager puts an official into a grid unit of their region (as its head, or a member). */
    @Transactional
    public void addMember(Account manager, String userId, String regionCode, boolean head) {
        membership.addMember(manager, userId, regionCode, head);
    }

    /** A manager puts an official into a unit with the phone the enterprise's 公示栏 shows (or none). */
    @Transactional
    public void addMember(Account manager, String userId, String regionCode, boolean head, String phone) {
        membership.addMember(manager, userId, regionCode, head);
        membership.setPhone(userId, regionCode, phone);
    }

    /** A manager takes an official out of a unit; the enterprises they supervise are reassigned at the next assignment run. */
    @Transactional
    public void removeMember(Account manager, String userId, String regionCode) {
        membership.removeMember(manager, userId, regionCode);
    }

    /** A manager makes a member the unit's 网格长 (one per unit: the former head stays a member). */
    @Transactional
    public void setHead(Account manager, String userId, String regionCode) {
        membership.setHead(manager, userId, regionCode);
    }

    /** A manager sets the unit's 监督电话 (shown on the enterprises' public contact pages). */
    @Transactional
    public void setHotline(Account manager, String regionCode, String hotline) {
        membership.setHotline(manager, regionCode, hotline);
    }

    /** The members of the units in and under a region, for officials of that region. */
    @Transactional(readOnly = true)
    public List<GridMember> members(Account account, String regionCode) {
        return membership.members(account, regionCode);
    }

    /** The supervisor signs the commitment letter (承诺书) for the units they belong to. */
    @Transactional
    public int signCommitment(Account supervisor) {
        return membership.signCommitment(supervisor);
    }

    /**
     * Assigns every active enterprise of the region: the decision names the grid level, the unit is
     * the enterprise's region at that level, the supervisor the unit's least-loaded member. An
     * enterprise whose unit and supervisor stay the same keeps its running duties.
     */
    @Transactional
    public AssignmentResult assign(Account manager, String regionCode) {
        return assignments.assign(manager, regionCode);
    }

    /** The enterprise's 包保 assignment (grid level, unit, supervisor), for itself or officials in scope. */
    @Transactional(readOnly = true)
    public Optional<SupervisionAssignment> assignmentOf(Account account, String uscc) {
        access.requireVisible(account, uscc);
        return grid.assignment(uscc);
    }

    /**
     * A manager's recorded override of the decided grid level (docs/decisions.md): who, when and why,
     * audited; the next assignment run follows it. A blank level removes nothing: overrides are replaced, never erased.
     */
    @Transactional
    public void override(Account manager, String uscc, String gridLevel, String reason) {
        assignments.override(manager, uscc, gridLevel, reason);
    }

    /** The assigned enterprises of a region with their decided risk level, grid level and override; key enterprises only if asked. */
    @Transactional(readOnly = true)
    public List<AssignedEnterprise> assignments(Account account, String regionCode, boolean keyOnly) {
        return assignments.assignments(account, regionCode, keyOnly);
    }

    /**
     * The unguessable link of the enterprise's printable contact page (公示栏), made on first request:
     * the enterprise itself or an official in scope. 128 random bits, so the pages cannot be listed by
     * walking USCCs (the 安全专员's phone is published where the enterprise posts it, not to crawlers).
     */
    @Transactional
    public String contactToken(Account account, String uscc) {
        return reports.contactToken(account, uscc);
    }

    /** What the public contact page of a token shows (no login): the enterprise, its 安全专员 and phone, the unit's head and 监督电话. */
    @Transactional(readOnly = true)
    public Optional<PublicContact> publicContact(String token) {
        return reports.publicContact(token);
    }

    /**
     * The month's roster per enterprise under a region (一乡镇一张表 for a township, 一县区一名册 for a
     * county): township, enterprise, risk level, grid unit, 包保 person and phone, duties due in the month,
     * done, overdue, escalated, problems reported and still open, consultations.
     */
    @Transactional(readOnly = true)
    public List<RosterRow> monthlyRoster(Account account, String regionCode, YearMonth month) {
        return reports.monthlyRoster(account, regionCode, month);
    }

    /** This month's statistics per grid unit of the region: duties due, done, overdue, escalated, enterprises. */
    @Transactional(readOnly = true)
    public List<UnitMonthly> monthly(Account account, String regionCode, YearMonth month) {
        return reports.monthly(account, regionCode, month);
    }

    /**
     * A unit head (the head of the enterprise's unit or of a unit above it) or a manager of the region
     * gives the enterprise's 包保 person a 临时 duty with its deadline (八条规定 八).
     */
    @Transactional
    public void assignAdHoc(Account head, String uscc, String title, LocalDate due) {
        duties.assignAdHoc(head, uscc, title, due);
    }
}
