package cn.safetygrading.supervision.process;

import cn.safetygrading.ledger.domain.Department;
import cn.safetygrading.ledger.domain.GradingSubject;
import cn.safetygrading.ledger.service.Departments;
import cn.safetygrading.ledger.service.GradeBook;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Who verifies a hazard's rectification (domain §11), as the candidate-group expression
 * {@code ${hazardRouting.verifiers(execution)}}: the reviewers and inspectors of the enterprise's
 * 直接监管责任部门 ({@code reviewer-371002-housing}; for a 市级 enterprise the city's department of that
 * kind, {@link Departments#responsibleFor}); an enterprise without a known department goes to its
 * county's reviewers and inspectors, as before departments. Computed from the ledger when the task is
 * created (the enterprise is the process's business key), never from process variables.
 */
@Component("hazardRouting")
public class HazardRouting {

    private final Departments departments;
    private final GradeBook gradeBook;

    public HazardRouting(Departments departments, GradeBook gradeBook) {
        this.departments = departments;
        this.gradeBook = gradeBook;
    }

    /** verifyRectification: comma-separated candidate groups. */
    public String verifiers(DelegateExecution execution) {
        return String.join(",", verifierGroups(execution.getProcessBusinessKey()));
    }

    /** The verifiers' groups of an enterprise: its department's reviewers and inspectors, else its county's. */
    public List<String> verifierGroups(String uscc) {
        Optional<Department> department = departments.responsibleFor(uscc);
        String unit = department.map(Department::id).orElseGet(() -> county(gradeBook.requireSubject(uscc)));
        return List.of("reviewer-" + unit, "inspector-" + unit);
    }

    private static String county(GradingSubject subject) {
        return subject.countyCode() != null ? subject.countyCode() : subject.regionCode();
    }
}
