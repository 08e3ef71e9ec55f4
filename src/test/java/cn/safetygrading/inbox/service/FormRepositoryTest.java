package cn.safetygrading.inbox.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.safetygrading.forms.model.ComponentType;
import cn.safetygrading.forms.model.FormDefinition;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class FormRepositoryTest {

    private final FormRepository forms = new FormRepository();

    @Test
    void loadsEveryShippedFormByItsId() {
        assertThat(forms.ids())
                .containsExactly(
                        "confirm-adjustment",
                        "department-diagnosis",
                        "hazard-rectify",
                        "hazard-supervise",
                        "hazard-verify",
                        "inspection-recheck",
                        "inspection-record",
                        "look-back",
                        "objection-review",
                        "preliminary-review",
                        "rectification-order",
                        "self-assessment",
                        "spot-check",
                        "stationing-assignment",
                        "stationing-report",
                        "supervision-consultation",
                        "supervision-duty",
                        "supervision-problem",
                        "supervision-problem-verify");
        FormDefinition review = forms.get("preliminary-review");
        assertThat(review.id()).isEqualTo("preliminary-review");
        assertThat(review.input("proposedGrade").orElseThrow().type()).isEqualTo(ComponentType.SELECT);
        assertThat(forms.get("preliminary-review")).isSameAs(review);
    }

    @Test
    void anUnknownFormIsAClearError() {
        assertThat(forms.find("nope")).isEmpty();
        assertThat(forms.find(null)).isEmpty();
        assertThatThrownBy(() -> forms.get("nope"))
                .isInstanceOf(NoSuchElementException.class)
                .hasMessageContaining("no form 'nope'")
                .hasMessageContaining("preliminary-review");
    }

    @Test
    void aFormThatDoesNotParseStopsTheStart() {
        assertThatThrownBy(() -> new FormRepository("classpath*:form-samples/broken/*.form"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("forms/broken.form cannot be rendered")
                .hasMessageContaining("unknown component type 'slider'");
    }

    @Test
    void aFormsIdMustBeItsFileName() {
        assertThatThrownBy(() -> new FormRepository("classpath*:form-samples/misnamed/*.form"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("forms/misnamed.form has id 'something-else'");
    }
}
