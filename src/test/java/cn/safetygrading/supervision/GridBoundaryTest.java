package cn.safetygrading.supervision;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Map;

/**
 * The typed boundary for the grid, duties and stationing (until ArchitectureTest's rules cover all of
 * supervision): their services take plain values, their mappers return records.
 */
@AnalyzeClasses(packages = "cn.safetygrading.supervision", importOptions = ImportOption.DoNotIncludeTests.class)
class GridBoundaryTest {

    private static final String[] SERVICES = {
        ".*\\.supervision\\.service\\.(SupervisionGridService|Grid\\w+|StationingService|DutyCalendar"
                + "|SupervisionRouting)(\\$.*)?"
    };

    @ArchTest
    static final ArchRule gridServicesTakePlainValues = noClasses()
            .that()
            .haveNameMatching(SERVICES[0])
            .should()
            .dependOnClassesThat()
            .haveFullyQualifiedName("org.camunda.bpm.engine.delegate.DelegateExecution")
            .orShould()
            .dependOnClassesThat()
            .haveFullyQualifiedName("org.camunda.bpm.engine.delegate.DelegateTask")
            .orShould()
            .dependOnClassesThat()
            .haveFullyQualifiedName("org.camunda.bpm.engine.delegate.VariableScope");

    @ArchTest
    static final ArchRule gridMappersReturnRecords = methods()
            .that()
            .areDeclaredInClassesThat()
            .haveNameMatching(".*\\.supervision\\.persistence\\.(GridMapper|GridUnitMapper|StationingMapper)")
            .should(new ArchCondition<JavaMethod>("not return a Map") {
                @Override
                public void check(JavaMethod method, ConditionEvents events) {
                    if (method.getReturnType().getAllInvolvedRawTypes().stream()
                            .anyMatch(t -> t.isAssignableTo(Map.class))) {
                        events.add(SimpleConditionEvent.violated(method, method.getFullName() + " returns a Map"));
                    }
                }
            });
}
