package cn.safetygrading.portal.service;

import cn.safetygrading.forms.model.UploadedFile;
import cn.safetygrading.grading.service.SelfAssessmentService;
import cn.safetygrading.security.domain.Account;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The wizard's writes with the evidence files chosen since the last one, each in one transaction:
 * the files are stored with the draft or with the submission, so a refused submission (or a refused
 * file) keeps none of them.
 */
@Service
public class SelfAssessmentSubmission {

    private final SelfAssessmentService selfAssessments;

    public SelfAssessmentSubmission(SelfAssessmentService selfAssessments) {
        this.selfAssessments = selfAssessments;
    }

    @Transactional
    public void saveDraft(
            Account account, String taskId, Map<String, String> answers, String comment, List<UploadedFile> files) {
        saveDraft(account, taskId, answers, comment, files, Map.of());
    }

    @Transactional
    public void submit(
            Account account, String taskId, Map<String, String> answers, String comment, List<UploadedFile> files) {
        submit(account, taskId, answers, comment, files, Map.of());
    }

    /** With, for some files, the checklist item each was attached to (by identity of the file). */
    @Transactional
    public void saveDraft(
            Account account,
            String taskId,
            Map<String, String> answers,
            String comment,
            List<UploadedFile> files,
            Map<UploadedFile, String> itemOf) {
        store(account, taskId, files, itemOf);
        selfAssessments.saveDraft(account, taskId, answers, comment);
    }

    @Transactional
    public void submit(
            Account account,
            String taskId,
            Map<String, String> answers,
            String comment,
            List<UploadedFile> files,
            Map<UploadedFile, String> itemOf) {
        store(account, taskId, files, itemOf);
        selfAssessments.submit(account, taskId, answers, comment);
    }

    private void store(Account account, String taskId, List<UploadedFile> files, Map<UploadedFile, String> itemOf) {
        files.forEach(f -> selfAssessments.addEvidence(account, taskId, f.fileName(), f.bytes(), itemOf.get(f)));
    }
}
