package cn.safetygrading.grading.process;

import cn.safetygrading.base.i18n.Translations;
import cn.safetygrading.consequence.service.FalsificationFigures;
import cn.safetygrading.grading.domain.GradingCase;
import cn.safetygrading.grading.service.GradingCaseService;
import cn.safetygrading.grading.service.GradingSampling;
import cn.safetygrading.ledger.domain.Region;
import cn.safetygrading.ledger.service.GradeBook;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_RecordFalsification: records the finding and raises the county's ratio (for this campaign; the
 * next one in the county starts from it, see {@code SamplingService#ratioFor}), and makes the 通报 record
 * of the city that verified the case, with the case as its reference (domain §11, seed 002).
 */
@Component("recordFalsificationDelegate")
public class RecordFalsificationDelegate implements JavaDelegate {

    private final GradingCaseService cases;
    private final GradingSampling sampling;
    private final FalsificationFigures falsification;
    private final GradeBook gradeBook;
    private final Translations texts;

    public RecordFalsificationDelegate(
            Translations texts,
            GradingCaseService cases,
            GradingSampling sampling,
            FalsificationFigures falsification,
            GradeBook gradeBook) {
        this.texts = texts;
        this.cases = cases;
        this.sampling = sampling;
        this.falsification = falsification;
        this.gradeBook = gradeBook;
    }

    @Override
    public void execute(DelegateExecution execution) {
        sampling.recordFalsification(Steps.ref(execution));
        GradingCase gradingCase = cases.caseOf(execution.getProcessInstanceId());
        String city = gradingCase.cityCode() == null
                ? null
                : gradeBook
                        .region(gradingCase.cityCode())
                        .map(Region::name)
                        .map(n -> texts.zh("grading.text.emergencyBureau", n))
                        .orElse(null);
        String county = gradingCase.countyCode() == null
                ? ""
                : gradeBook.region(gradingCase.countyCode()).map(Region::name).orElse(gradingCase.countyCode());
        falsification.circulate(
                gradingCase.uscc(),
                gradingCase.id(),
                city,
                texts.zh("grading.text.falsificationCircular", county, gradingCase.id()),
                "falsification:" + execution.getProcessInstanceId() + ":" + execution.getActivityInstanceId());
    }
}
