package cn.safetygrading.grading.service;

import cn.safetygrading.base.i18n.Translations;
import cn.safetygrading.grading.persistence.GradingCaseMapper;
import cn.safetygrading.ledger.domain.SupervisionChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Open gradings of an earlier release have no department and their 初审 went to the county's reviewers
 * ({@code reviewer-371002}), whatever department supervises the enterprise. At start-up each such case
 * is routed as a new one would be ({@link GradingReroute}); cases of enterprises without a known
 * department stay with the county. Nothing to do on later starts.
 */
@Component
@Order(5)
public class GradingRerouteAtStart implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(GradingRerouteAtStart.class);

    private final GradingCaseMapper cases;
    private final GradingReroute reroute;
    private final Translations translations;

    public GradingRerouteAtStart(GradingCaseMapper cases, GradingReroute reroute, Translations translations) {
        this.cases = cases;
        this.reroute = reroute;
        this.translations = translations;
    }

    @Override
    public void run(ApplicationArguments args) {
        String source = translations.get("grading.summary.routedByDepartment", Translations.CHINESE);
        int n = 0;
        for (String uscc : cases.openWithoutDepartment()) {
            reroute.supervisionChanged(new SupervisionChanged(uscc.strip(), "system", source));
            n++;
        }
        if (n > 0) {
            log.info("open gradings of {} enterprises routed by department", n);
        }
    }
}
