package cn.safetygrading.ledger.service;

import cn.safetygrading.security.domain.Account;
import java.util.List;

/**
 * Facts other features keep about an enterprise that its file (一企一档) shows beside the ledger entry,
 * such as the stored risk level and the 包保 person of supervision; implemented as Spring beans by those
 * features, so the ledger does not depend on them.
 */
public interface EnterpriseFileFacts {

    /** One line of the file: its label's i18n key, and the value's i18n key or, when that is null, its text. */
    record Fact(String labelKey, String valueKey, String text) {}

    /** The facts the account may see about the enterprise (it is visible to the account); empty when there are none. */
    List<Fact> facts(Account account, String uscc);
}
