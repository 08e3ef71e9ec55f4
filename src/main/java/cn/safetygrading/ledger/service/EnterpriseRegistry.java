package cn.safetygrading.ledger.service;

import cn.safetygrading.base.i18n.Translations;
import cn.safetygrading.ledger.domain.Department;
import cn.safetygrading.ledger.domain.DepartmentDuty;
import cn.safetygrading.ledger.domain.Enterprise;
import cn.safetygrading.ledger.domain.EnterpriseClass;
import cn.safetygrading.ledger.domain.EnterpriseStatus;
import cn.safetygrading.ledger.domain.GradeWritten;
import cn.safetygrading.ledger.domain.ManagementLevel;
import cn.safetygrading.ledger.domain.Region;
import cn.safetygrading.ledger.domain.RiskFeature;
import cn.safetygrading.ledger.domain.RiskRemarks;
import cn.safetygrading.ledger.domain.Uscc;
import cn.safetygrading.ledger.persistence.LedgerMapper;
import java.util.Set;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds single enterprises to the ledger (demo data, tests, later features), each with its first entry
 * in the enterprise file. The census itself comes through {@link LedgerImportService}.
 */
@Service
public class EnterpriseRegistry {

    private final LedgerMapper ledger;
    private final EnterpriseFileService file;
    private final ReferenceData reference;
    private final ClassificationService classification;
    private final Translations translations;
    private final Departments departments;
    private final DecisionService decisions;
    private final ApplicationEventPublisher publisher;

    public EnterpriseRegistry(
            LedgerMapper ledger,
            EnterpriseFileService file,
            ReferenceData reference,
            ClassificationService classification,
            Translations translations,
            Departments departments,
            DecisionService decisions,
            ApplicationEventPublisher publisher) {
        this.departments = departments;
        this.decisions = decisions;
        this.publisher = publisher;
        this.ledger = ledger;
        this.file = file;
        this.reference = reference;
        this.classification = classification;
        this.translations = translations;
    }

    /**
     * Registers the enterprise unless its USCC is known; returns true when it was new. A class-Ⅰ
     * enterprise's risk features are read from its 备注 (which is then written in the ledger's wording);
     * without a class the {@code enterprise-class} decision gives it; empty department cells take the
     * reference departments of its region and industry (a 市级 enterprise's those of the city), as an
     * import does; stated ones are resolved as an import does (full names and short forms) and stored by
     * the department's name. An unknown department is refused.
     */
    @Transactional
    public boolean registerIfAbsent(Enterprise enterprise, String actor, String source) {
        Uscc.check(enterprise.uscc()).ifPresent(p -> {
            throw new IllegalArgumentException("invalid USCC " + enterprise.uscc() + " at position " + p.position());
        });
        Set<RiskFeature> features =
                EnterpriseClass.II.is(enterprise.enterpriseClass()) ? Set.of() : RiskRemarks.parse(enterprise.remark());
        String enterpriseClass =
                enterprise.enterpriseClass() == null ? classification.decide(features) : enterprise.enterpriseClass();
        String remark = EnterpriseClass.I.is(enterpriseClass) && !features.isEmpty()
                ? RiskRemarks.format(features)
                : enterprise.remark();
        ReferenceData.Catalogue catalogue = reference.catalogue();
        Region region = reference.region(enterprise.regionCode()).orElse(null);
        Departments.Directory directory = departments.directory();
        String competent = enterprise.competentDepartment() != null
                ? canonical(directory, enterprise.competentDepartment())
                : catalogue
                        .department(
                                region,
                                enterprise.industryCode(),
                                enterprise.managementLevel(),
                                DepartmentDuty.COMPETENT)
                        .orElse(null);
        String supervising = enterprise.supervisingDepartment() != null
                ? canonical(directory, enterprise.supervisingDepartment())
                : catalogue
                        .department(
                                region,
                                enterprise.industryCode(),
                                enterprise.managementLevel(),
                                DepartmentDuty.SUPERVISING)
                        .orElse(null);
        Enterprise complete = new Enterprise(
                enterprise.uscc(),
                enterprise.name(),
                enterprise.address(),
                enterprise.industryCode(),
                enterprise.regionCode(),
                enterprise.regionName(),
                enterpriseClass,
                enterprise.grade(),
                enterprise.managementLevel() == null ? ManagementLevel.LOCAL.code() : enterprise.managementLevel(),
                competent,
                supervising,
                remark,
                enterprise.riskLevel(),
                enterprise.status() == null ? EnterpriseStatus.ACTIVE.code() : enterprise.status(),
                enterprise.createdAt(),
                enterprise.updatedAt(),
                enterprise.creditGrade());
        if (ledger.insertIfAbsent(complete, RiskFeature.mask(features)) == 0) {
            return false;
        }
        file.record(
                enterprise.uscc(),
                "REGISTERED",
                actor,
                translations.get("ledger.summary.registered", Translations.CHINESE, source),
                null,
                "registered:" + enterprise.uscc());
        if (complete.grade() != null) {
            startMeasures(complete.uscc(), enterpriseClass, complete.grade());
        }
        return true;
    }

    /**
     * A grade given with a never-graded enterprise (起底, domain §11) starts the supervision measures a
     * grading's grade starts: interval and stationing in the ledger, and {@link GradeWritten} (stationing).
     */
    private void startMeasures(String uscc, String enterpriseClass, String grade) {
        if (enterpriseClass == null) {
            return;
        }
        var result = decisions
                .evaluateDecisionByKey("supervision-measures")
                .variables(Variables.createVariables()
                        .putValue("enterpriseClass", enterpriseClass)
                        .putValue("grade", grade))
                .evaluate();
        if (result.isEmpty()) {
            return;
        }
        var measures = result.getFirstResult().getEntryMap();
        Integer interval = measures.get("inspectionIntervalMonths") instanceof Number n ? n.intValue() : null;
        String stationing = (String) measures.get("stationing");
        ledger.setMeasures(new String[] {uscc}, interval, stationing);
        publisher.publishEvent(new GradeWritten(uscc, grade, interval, stationing));
    }

    private static String canonical(Departments.Directory directory, String stated) {
        return directory
                .resolve(stated)
                .map(Department::name)
                .orElseThrow(() -> new IllegalArgumentException("unknown department " + stated));
    }
}
