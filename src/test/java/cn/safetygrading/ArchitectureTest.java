package cn.safetygrading;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The boundaries of conventions.md. */
@AnalyzeClasses(packages = "cn.safetygrading", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule viewsDoNotUseMappers = noClasses().that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().resideInAPackage("..persistence..");

    @ArchTest
    static final ArchRule viewsDoNotUseTheEngine = noClasses().that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().resideInAPackage("org.camunda.bpm.engine..");

    @ArchTest
    static final ArchRule onlyServicesTalkToTasksAndRuntime = noClasses()
            .that().resideOutsideOfPackage("..service..")
            .should().dependOnClassesThat().haveFullyQualifiedName("org.camunda.bpm.engine.TaskService")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("org.camunda.bpm.engine.RuntimeService");

    @ArchTest
    static final ArchRule noCyclesBetweenFeatures = slices().matching("cn.safetygrading.(*)..").should().beFreeOfCycles();
}
