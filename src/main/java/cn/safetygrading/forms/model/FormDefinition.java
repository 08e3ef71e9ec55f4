package cn.safetygrading.forms.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A parsed Camunda Form (form-js JSON, schemaVersion up to {@value #MAX_SCHEMA_VERSION}).
 * {@link #parse(String)} accepts only what this renderer can show faithfully; anything else (an
 * unknown component type, a FEEL expression outside {@link Feel}'s subset, a rule that does not fit
 * its field, dynamic options) is a {@link FormParseException} naming the component.
 */
public record FormDefinition(String id, int schemaVersion, List<FormComponent> components) implements Serializable {

    /** The newest form-js schema this renderer was written against (Camunda Modeler 5.31, Camunda 7.24). */
    public static final int MAX_SCHEMA_VERSION = 16;

    public FormDefinition {
        components = List.copyOf(components);
    }

    public static FormDefinition parse(String json) {
        return FormParser.parse(json);
    }

    public static FormDefinition parse(InputStream json) {
        try {
            return parse(new String(json.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every input component, depth first in form order, including those in groups and dynamic lists. */
    public List<FormComponent> inputs() {
        List<FormComponent> inputs = new ArrayList<>();
        collect(components, inputs);
        return inputs;
    }

    /** The input component with this key (as written in the form, without group or list path). */
    public Optional<FormComponent> input(String key) {
        return inputs().stream().filter(c -> key.equals(c.key())).findFirst();
    }

    private static void collect(List<FormComponent> from, List<FormComponent> into) {
        for (FormComponent c : from) {
            if (c.type().isInput()) {
                into.add(c);
            }
            collect(c.components(), into);
        }
    }
}
