package cn.safetygrading.ledger.service;

import cn.safetygrading.ledger.domain.Enterprise;
import cn.safetygrading.ledger.domain.Uscc;
import cn.safetygrading.ledger.persistence.EnterpriseMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Adds enterprises to the ledger, each with its first entry in the enterprise file. */
@Service
public class EnterpriseRegistry {

    private final EnterpriseMapper enterprises;
    private final EnterpriseFileService file;

    public EnterpriseRegistry(EnterpriseMapper enterprises, EnterpriseFileService file) {
        this.enterprises = enterprises;
        this.file = file;
    }

    /** Registers the enterprise unless its USCC is known; returns true when it was new. */
    @Transactional
    public boolean registerIfAbsent(Enterprise enterprise, String actor, String source) {
        Uscc.check(enterprise.uscc()).ifPresent(p -> {
            throw new IllegalArgumentException("invalid USCC " + enterprise.uscc() + " at position " + p.position());
        });
        if (enterprises.insertIfAbsent(enterprise) == 0) {
            return false;
        }
        file.record(enterprise.uscc(), "REGISTERED", actor, "登记入台账（" + source + "）",
                null, "registered:" + enterprise.uscc());
        return true;
    }
}
