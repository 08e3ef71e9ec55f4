package cn.safetygrading.inbox.service;

import cn.safetygrading.forms.model.FormDefinition;
import cn.safetygrading.forms.model.FormParseException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The Camunda Forms shipped in {@code forms/} (on the classpath as {@code forms/*.form}), parsed once
 * at startup and kept by form id, the {@code camunda:formRef} of a user task. A form that does not
 * parse, or whose {@code id} is not its file name, stops the application from starting.
 *
 * <p>These are the forms this build ships. The engine may hold a newer deployment of a form
 * ({@code formRefBinding="latest"} and a deployment through the REST API); the task page renders
 * the shipped one.
 */
@Component
public class FormRepository {

    static final String LOCATION = "classpath*:forms/*.form";

    private final Map<String, FormDefinition> forms;

    public FormRepository() {
        this(LOCATION);
    }

    FormRepository(String location) {
        this.forms = load(location);
    }

    /** The form with this id; {@link NoSuchElementException} naming the known ids when there is none. */
    public FormDefinition get(String formId) {
        return find(formId)
                .orElseThrow(() ->
                        new NoSuchElementException("no form '" + formId + "' in forms/; known: " + forms.keySet()));
    }

    public Optional<FormDefinition> find(String formId) {
        return Optional.ofNullable(formId == null ? null : forms.get(formId));
    }

    /** The ids of all shipped forms, sorted. */
    public Set<String> ids() {
        return forms.keySet();
    }

    private static Map<String, FormDefinition> load(String location) {
        Resource[] resources;
        try {
            resources = new PathMatchingResourcePatternResolver(FormRepository.class.getClassLoader())
                    .getResources(location);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + location, e);
        }
        Map<String, FormDefinition> forms = new TreeMap<>();
        for (Resource resource : resources) {
            String file = resource.getFilename();
            FormDefinition form;
            try (InputStream in = resource.getInputStream()) {
                form = FormDefinition.parse(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read forms/" + file, e);
            } catch (FormParseException e) {
                throw new IllegalStateException("forms/" + file + " cannot be rendered: " + e.getMessage(), e);
            }
            String expected = file == null ? null : file.substring(0, file.length() - ".form".length());
            if (!form.id().equals(expected)) {
                throw new IllegalStateException(
                        "forms/" + file + " has id '" + form.id() + "'; a form's id must be its file name");
            }
            if (forms.put(form.id(), form) != null) {
                throw new IllegalStateException("two forms with id '" + form.id() + "' on the classpath");
            }
        }
        return Collections.unmodifiableMap(forms);
    }
}
