package cn.safetygrading;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Map;

/** The boundaries of conventions.md. */
@AnalyzeClasses(packages = "cn.safetygrading", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule viewsDoNotUseMappers = noClasses()
            .that()
            .resideInAPackage("..ui..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("..persistence..");

    @ArchTest
    static final ArchRule viewsDoNotUseTheEngine = noClasses()
            .that()
            .resideInAPackage("..ui..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.camunda.bpm.engine..");

    /**
     * Services, delegates, mappers and endpoints run without a screen: they never reach into a
     * {@code ui} package (the form model lives in {@code forms.model}, its Vaadin renderer in
     * {@code forms.ui}). One exception: {@code SecurityConfig} hands Vaadin's security configurer the
     * login view's class (its {@code loginView(String)} is Hilla's variant), so it names that view.
     */
    @ArchTest
    static final ArchRule nothingBelowTheScreensUsesAScreen = noClasses()
            .that()
            .resideInAnyPackage("..service..", "..process..", "..persistence..", "..web..", "..api..")
            .and()
            .doNotHaveFullyQualifiedName("cn.safetygrading.security.service.SecurityConfig")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("..ui..");

    /**
     * Services take plain values: the delegates and listeners in {@code process} read the engine's
     * variables once into records and pass them. Every feature's {@code service} package.
     */
    @ArchTest
    static final ArchRule servicesTakePlainValues = noClasses()
            .that()
            .resideInAPackage("cn.safetygrading..service..")
            .should()
            .dependOnClassesThat()
            .haveFullyQualifiedName("org.camunda.bpm.engine.delegate.DelegateExecution")
            .orShould()
            .dependOnClassesThat()
            .haveFullyQualifiedName("org.camunda.bpm.engine.delegate.DelegateTask")
            .orShould()
            .dependOnClassesThat()
            .haveFullyQualifiedName("org.camunda.bpm.engine.delegate.VariableScope");

    /**
     * Mappers return records, never {@code Map<String,Object>} rows (not even inside a list or an
     * optional), in every feature's {@code persistence} package. A record may hold a documented map of the
     * part that really varies (the fact registers' own columns: {@code FactRow.columns}).
     */
    @ArchTest
    static final ArchRule mappersReturnRecords = methods()
            .that()
            .areDeclaredInClassesThat()
            .resideInAPackage("cn.safetygrading..persistence..")
            .and()
            .areDeclaredInClassesThat()
            .haveSimpleNameEndingWith("Mapper")
            .should(new ArchCondition<JavaMethod>("not return a Map") {
                @Override
                public void check(JavaMethod method, ConditionEvents events) {
                    if (method.getReturnType().getAllInvolvedRawTypes().stream()
                            .anyMatch(t -> t.isAssignableTo(Map.class))) {
                        events.add(SimpleConditionEvent.violated(method, method.getFullName() + " returns a Map"));
                    }
                }
            });

    @ArchTest
    static final ArchRule onlyServicesTalkToTasksAndRuntime = noClasses()
            .that()
            .resideOutsideOfPackage("..service..")
            .should()
            .dependOnClassesThat()
            .haveFullyQualifiedName("org.camunda.bpm.engine.TaskService")
            .orShould()
            .dependOnClassesThat()
            .haveFullyQualifiedName("org.camunda.bpm.engine.RuntimeService");

    /**
     * The production build uses Vaadin's pre-compiled bundle, which needs no npm and loads fast
     * (docs/performance.md#pages). Any npm package, bundled module or bundled stylesheet of ours
     * would make it build a bundle of its own with npm instead; scripts and styles come from
     * {@code META-INF/resources} or webjars, with {@code @JavaScript} and {@code @StyleSheet}.
     */
    @ArchTest
    static final ArchRule nothingMakesTheFrontendBuildItsOwnBundle = noClasses()
            .should()
            .beAnnotatedWith(com.vaadin.flow.component.dependency.NpmPackage.class)
            .orShould()
            .beAnnotatedWith(com.vaadin.flow.component.dependency.NpmPackage.Container.class)
            .orShould()
            .beAnnotatedWith(com.vaadin.flow.component.dependency.JsModule.class)
            .orShould()
            .beAnnotatedWith(com.vaadin.flow.component.dependency.JsModule.Container.class)
            .orShould()
            .beAnnotatedWith(com.vaadin.flow.component.dependency.CssImport.class)
            .orShould()
            .beAnnotatedWith(com.vaadin.flow.component.dependency.CssImport.Container.class)
            .orShould()
            .beAnnotatedWith(com.vaadin.flow.theme.Theme.class);

    @ArchTest
    static final ArchRule noCyclesBetweenFeatures =
            slices().matching("cn.safetygrading.(*)..").should().beFreeOfCycles();
}
