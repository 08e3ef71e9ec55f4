package cn.safetygrading.supervision.service;

import cn.safetygrading.ledger.service.EnterpriseFileFacts;
import cn.safetygrading.security.domain.Account;
import cn.safetygrading.security.service.AccountService;
import cn.safetygrading.supervision.domain.SupervisionAssignment;
import java.util.List;
import org.springframework.stereotype.Component;

/** The enterprise file shows the stored risk level, the grid level and the 包保 person ({@link SupervisionGridService#assignmentOf}). */
@Component
public class SupervisionFileFacts implements EnterpriseFileFacts {

    private final SupervisionGridService grid;
    private final AccountService accounts;

    public SupervisionFileFacts(SupervisionGridService grid, AccountService accounts) {
        this.grid = grid;
        this.accounts = accounts;
    }

    @Override
    public List<Fact> facts(Account account, String uscc) {
        var a = grid.assignmentOf(account, uscc);
        String risk = a.map(SupervisionAssignment::riskLevel).orElse(null);
        String level = a.map(SupervisionAssignment::gridLevel).orElse(null);
        String supervisor = a.map(SupervisionAssignment::supervisor).orElse(null);
        String person = supervisor == null
                ? null
                : accounts.find(supervisor)
                        .map(s -> s.displayName() + "（" + supervisor + "）")
                        .orElse(supervisor);
        return List.of(
                new Fact("ledger.ui.riskLevel", risk == null ? "ledger.ui.notDecided" : "gridView.risk." + risk, null),
                new Fact(
                        "ledger.ui.gridLevel",
                        level == null ? "ledger.ui.notAssigned" : "portal.gridLevel." + level,
                        null),
                new Fact("ledger.ui.supervisor", person == null ? "ledger.ui.notAssigned" : null, person));
    }
}
