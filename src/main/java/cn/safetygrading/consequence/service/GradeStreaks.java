package cn.safetygrading.consequence.service;

import cn.safetygrading.consequence.domain.GradeStreak;
import cn.safetygrading.consequence.persistence.ConsequenceMapper;
import cn.safetygrading.ledger.domain.Grade;
import cn.safetygrading.ledger.domain.Scope;
import cn.safetygrading.ledger.service.ScopeService;
import cn.safetygrading.security.domain.Account;
import cn.safetygrading.security.domain.Role;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Consecutive grades from the grading history (finished grading cases; adjustments between gradings do
 * not count): two gradings in a row at C/D (seed 000: 停产停业整顿, then 关闭) and two in a row at A
 * (incentives: 复工复产优先审核, 安责险费率下浮).
 */
@Service
public class GradeStreaks {

    static final List<String> LOW = List.of(Grade.C.code(), Grade.D.code());
    static final List<String> HIGH = List.of(Grade.A.code());

    private final ConsequenceMapper mapper;
    private final ScopeService scopes;

    public GradeStreaks(ConsequenceMapper mapper, ScopeService scopes) {
        this.mapper = mapper;
        this.scopes = scopes;
    }

    /** Consecutive low grades of the enterprises in the manager's scope. */
    public List<GradeStreak> consecutiveLow(Account account) {
        return managerScope(account) ? mapper.streaks(scopes.of(account), LOW) : List.of();
    }

    /** Consecutive A grades of the enterprises in the manager's scope. */
    public List<GradeStreak> consecutiveHigh(Account account) {
        return managerScope(account) ? mapper.streaks(scopes.of(account), HIGH) : List.of();
    }

    /** Whether the enterprise's last two gradings were both A: only then are the incentives its own. */
    public boolean hasConsecutiveHigh(String uscc) {
        return uscc != null && !mapper.streaks(Scope.enterprise(uscc), HIGH).isEmpty();
    }

    private static boolean managerScope(Account account) {
        return account != null && !account.isEnterprise() && (account.has(Role.MANAGER) || account.isAdmin());
    }
}
