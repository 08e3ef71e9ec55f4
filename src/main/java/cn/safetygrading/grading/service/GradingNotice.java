package cn.safetygrading.grading.service;

import cn.safetygrading.grading.domain.Grades;
import cn.safetygrading.grading.domain.GradingCase;
import cn.safetygrading.grading.domain.GradingStep;
import cn.safetygrading.grading.persistence.GradingCaseMapper;
import cn.safetygrading.notice.domain.Notice;
import cn.safetygrading.notice.service.NoticeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The notice and objection steps of a grading: publish, withdraw on an upheld objection, dismiss. */
@Service
@Transactional
public class GradingNotice {

    private final GradingCaseService gradingCases;
    private final GradingCaseMapper cases;
    private final NoticeService notices;

    GradingNotice(GradingCaseService gradingCases, GradingCaseMapper cases, NoticeService notices) {
        this.gradingCases = gradingCases;
        this.cases = cases;
        this.notices = notices;
    }

    /**
     * Task_PublishNotice: the expert's verified grade, or the proposed grade when no expert verified
     * the case, goes on the public list for the case's notice period, all read from the case.
     */
    public Notice publishNotice(String pid) {
        GradingCase gradingCase = gradingCases.caseOf(pid);
        String grade = Grades.require(gradingCase.gradeToPublish(), "notice grade");
        Notice notice = notices.publish(gradingCase.id(), gradingCase.uscc(), grade, gradingCase.noticePeriod());
        cases.setNoticeGrade(pid, notice.grade());
        cases.setStep(pid, GradingStep.NOTICE);
        return notice;
    }

    /** An upheld objection: the notice is withdrawn (the delegate clears the verified grade). */
    public void withdrawNotice(String pid) {
        gradingCases.openNotice(pid).ifPresent(n -> notices.withdraw(n.id()));
    }

    public void dismissObjection(String pid) {
        cases.setStep(pid, GradingStep.NOTICE);
    }
}
