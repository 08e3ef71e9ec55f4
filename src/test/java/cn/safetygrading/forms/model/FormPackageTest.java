package cn.safetygrading.forms.model;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The model, FEEL, validator and file rules work without Vaadin, so a server can use them alone. */
class FormPackageTest {

    @Test
    void theModelTouchesNeitherVaadinNorSpringNorTheRenderer() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("cn.safetygrading.forms");
        noClasses()
                .that()
                .resideInAPackage("cn.safetygrading.forms.model..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("com.vaadin..", "org.springframework..", "cn.safetygrading.forms.ui..")
                .check(classes);
    }
}
