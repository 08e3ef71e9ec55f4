package cn.safetygrading.security.service;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.BpmnParseException;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Refuses process definitions that could run arbitrary code, whoever deploys them (defence in depth
 * behind the deployer role): script tasks, scripts anywhere ({@code camunda:script}, {@code scriptFormat},
 * script conditions), connectors, {@code camunda:class} and {@code camunda:expression} delegates, a
 * {@code camunda:delegateExpression} other than a bare bean name ({@code ${applyGradeDelegate}}), and
 * reflection in any expression. Our own processes follow these rules (conventions.md).
 */
class DeploymentGuard extends AbstractBpmnParseListener {

    private static final List<String> FORBIDDEN_ELEMENTS = List.of("scripttask", "script", "connector");
    private static final List<String> FORBIDDEN_ATTRIBUTES =
            List.of("scriptformat", "class", "expression", "language", "resource");
    private static final Pattern BEAN_NAME = Pattern.compile("\\$\\{[A-Za-z_][A-Za-z0-9_]*}");
    private static final Pattern REFLECTION = Pattern.compile(
            "getclass|forname|classloader|runtime|processbuilder|\\.class\\b|newinstance|getmethod|invoke|exec\\s*\\(");

    @Override
    public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
        check(processElement);
    }

    private static void check(Element element) {
        String tag = localName(element.getTagName());
        if (FORBIDDEN_ELEMENTS.contains(tag)) {
            throw refused("element " + element.getTagName(), element);
        }
        for (String attribute : element.attributes()) {
            String name = localName(attribute);
            String value = element.attribute(attribute);
            if (FORBIDDEN_ATTRIBUTES.contains(name)) {
                throw refused("attribute " + name, element);
            }
            if (name.equals("delegateexpression")
                    && (value == null || !BEAN_NAME.matcher(value.trim()).matches())) {
                throw refused("delegateExpression " + value, element);
            }
            if (value != null
                    && value.contains("{")
                    && REFLECTION.matcher(value.toLowerCase(Locale.ROOT)).find()) {
                throw refused("expression " + value, element);
            }
        }
        String text = element.getText();
        if (text != null
                && text.contains("{")
                && REFLECTION.matcher(text.toLowerCase(Locale.ROOT)).find()) {
            throw refused("expression " + text.trim(), element);
        }
        for (Element child : element.elements()) {
            check(child);
        }
    }

    private static String localName(String name) {
        return name.substring(name.lastIndexOf(':') + 1).toLowerCase(Locale.ROOT);
    }

    private static BpmnParseException refused(String what, Element element) {
        return new BpmnParseException(
                "not allowed on this platform (no scripts, classes or free expressions): " + what, element);
    }
}
