package cn.safetygrading.ledger.api;

import cn.safetygrading.ledger.domain.Enterprise;
import cn.safetygrading.ledger.service.LedgerService;
import cn.safetygrading.security.service.CurrentAccount;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The enterprise file over HTTP, cut to the caller's scope (another enterprise's USCC answers 404). */
@RestController
@RequestMapping("/api/enterprises")
public class EnterpriseController {

    private final LedgerService ledger;
    private final CurrentAccount current;

    public EnterpriseController(LedgerService ledger, CurrentAccount current) {
        this.ledger = ledger;
        this.current = current;
    }

    /** Contract: at least uscc, name, enterpriseClass, grade, region. */
    public record EnterpriseJson(String uscc, String name, String enterpriseClass, String grade, String region,
                                 String regionName, String address, String industryCode, String managementLevel,
                                 String riskLevel, String status) {

        static EnterpriseJson of(Enterprise e) {
            return new EnterpriseJson(e.uscc(), e.name(), e.enterpriseClass(), e.grade(), e.regionCode(),
                    e.regionName(), e.address(), e.industryCode(), e.managementLevel(), e.riskLevel(), e.status());
        }
    }

    @GetMapping("/{uscc}")
    public EnterpriseJson get(@PathVariable String uscc) {
        return ledger.find(current.require(), uscc)
                .map(EnterpriseJson::of)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no such enterprise in your scope"));
    }
}
