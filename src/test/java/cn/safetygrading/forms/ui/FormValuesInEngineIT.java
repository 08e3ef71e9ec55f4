package cn.safetygrading.forms.ui;

import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.safetygrading.IntegrationTest;
import cn.safetygrading.demo.DemoDataLoader;
import cn.safetygrading.forms.model.FormDefinition;
import cn.safetygrading.forms.model.FormValidator;
import cn.safetygrading.forms.model.Option;
import cn.safetygrading.forms.model.TestForms;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What {@link CamundaFormView#values()} hands out is what the engine stores and gives back, with
 * Java serialization off and JSON as the object format (nested maps and lists included).
 */
class FormValuesInEngineIT extends IntegrationTest {

    @Autowired
    RuntimeService runtime;

    @Test
    @SuppressWarnings("unchecked")
    void theEngineStoresTheSubmittedTypes() {
        FormDefinition form = TestForms.allTypes();
        Map<String, Object> values;
        MockVaadin.setup();
        try {
            CamundaFormView view = new CamundaFormView(form, Map.of("address", Map.of("zip", "264200")));
            UI.getCurrent().add(view);
            _setValue((TextField) view.field("name").orElseThrow(), "威海海鑫", true);
            _setValue((NumberField) view.field("score").orElseThrow(), 85.5, true);
            _setValue((NumberField) view.field("count").orElseThrow(), 12.0, true);
            _setValue((Select<Option>) view.field("grade").orElseThrow(), option(form, "grade", "A"), true);
            _setValue(
                    (RadioButtonGroup<Option>) view.field("upheld").orElseThrow(), option(form, "upheld", true), true);
            _setValue((RadioButtonGroup<Option>) view.field("level").orElseThrow(), option(form, "level", 2L), true);
            _setValue((Checkbox) view.field("agree").orElseThrow(), true, true);
            _setValue(
                    (CheckboxGroup<Option>) view.field("items").orElseThrow(),
                    Set.of(option(form, "items", "FIRE")),
                    true);
            _setValue((DatePicker) view.field("due").orElseThrow(), LocalDate.of(2025, 6, 30), true);
            _setValue((TextField) view.field("address.street").orElseThrow(), "新威路 1 号", true);
            _setValue(_get(view, TextField.class, spec -> spec.withLabel("姓名")), "张三", true);
            assertThat(view.validate()).isEmpty();
            values = view.values();
        } finally {
            MockVaadin.tearDown();
        }

        String uscc = DemoDataLoader.demoEnterpriseUscc(OffsetDateTime.now());
        ProcessInstance instance = runtime.startProcessInstanceByKey(
                "tx-probe",
                uscc,
                Map.of("fail", false, "probeId", UUID.randomUUID().toString()));
        try {
            runtime.setVariables(instance.getId(), values);
            Map<String, Object> stored = runtime.getVariables(instance.getId(), values.keySet());
            assertThat(stored).isEqualTo(values);
            assertThat(stored.get("count")).isInstanceOf(Long.class);
            assertThat(stored.get("score")).isInstanceOf(Double.class);
            assertThat(stored.get("upheld")).isEqualTo(true);
            assertThat(stored.get("level")).isEqualTo(2L);
            assertThat(stored.get("due")).isEqualTo("2025-06-30");
        } finally {
            runtime.deleteProcessInstance(instance.getId(), "test done");
        }
    }

    private static Option option(FormDefinition form, String key, Object value) {
        return FormValidator.option(form.input(key).orElseThrow(), value).orElseThrow();
    }
}
