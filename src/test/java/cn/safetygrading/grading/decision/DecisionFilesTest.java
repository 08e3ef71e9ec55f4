package cn.safetygrading.grading.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The shape of every contract decision file (contract.md "Decisions", conventions.md): DMN 1.3,
 * decision id = file name, the contract's input and output names, a Chinese name, a history time to
 * live, an id on every element, diagram information for Camunda Modeler, and the hit policy the
 * docs explain. The rules themselves are checked by the XxxDecisionTest classes.
 */
class DecisionFilesTest {

    private static final String DMN13 = "https://www.omg.org/spec/DMN/20191111/MODEL/";
    private static final String DMNDI13 = "https://www.omg.org/spec/DMN/20191111/DMNDI/";
    private static final String CAMUNDA = "http://camunda.org/schema/1.0/dmn";

    /** decision id → inputs, outputs, hit policy. */
    private record Shape(List<String> inputs, List<String> outputs, String hitPolicy) {}

    private static final Map<String, Shape> CONTRACT = Map.of(
            Decisions.ENTERPRISE_CLASS,
                    new Shape(
                            List.of(
                                    "mining",
                                    "metalSmelting",
                                    "transport",
                                    "construction",
                                    "dustExplosion",
                                    "ammoniaRefrigeration",
                                    "hazardousGoods",
                                    "hazardousChemicalUse",
                                    "twoHigh",
                                    "productionRestricted",
                                    "heavyDangerousWork",
                                    "manyRiskPoints"),
                            List.of("enterpriseClass"),
                            "ANY"),
            Decisions.DIAGNOSIS_GRADE,
                    new Shape(
                            List.of("score", "vetoFailed", "fatalAccidentWithin3Years", "generalAccident"),
                            List.of("grade"),
                            "ANY"),
            Decisions.CREDIT_GRADE,
                    new Shape(
                            List.of(
                                    "publicCommitment",
                                    "dishonestWithin1Year",
                                    "dishonestWithin3Years",
                                    "fatalAccidentWithin1Year",
                                    "fatalAccidentWithin3Years",
                                    "jointPunishment",
                                    "largerAccidentLastYear",
                                    "severeViolation",
                                    "standardizationLevel",
                                    "fatalGeneralAccidentsWithin1Year"),
                            List.of("creditGrade"),
                            "FIRST"),
            Decisions.RISK_LEVEL,
                    new Shape(
                            List.of(
                                    "seriousAccident",
                                    "majorHazardSource",
                                    "hazardousPlace",
                                    "minorAccidents",
                                    "workersAtOnce",
                                    "assessedLevel"),
                            List.of("riskLevel"),
                            "FIRST"),
            Decisions.SUPERVISION_MEASURES,
                    new Shape(
                            List.of("enterpriseClass", "grade"),
                            List.of("inspectionIntervalMonths", "stationing"),
                            "UNIQUE"),
            Decisions.SUPERVISION_ASSIGNMENT,
                    new Shape(List.of("managementLevel", "riskLevel"), List.of("gridLevel"), "UNIQUE"),
            Decisions.GRADE_ADJUSTMENT,
                    new Shape(List.of("currentGrade", "event"), List.of("newGrade", "watchPeriod"), "UNIQUE"));

    @Test
    void everyContractDecisionIsListed() {
        assertThat(CONTRACT.keySet()).containsExactlyInAnyOrderElementsOf(Decisions.ALL);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cn.safetygrading.grading.decision.Decisions#ids")
    void hasTheContractShape(String id) throws Exception {
        Document dmn = read(id);
        Element definitions = dmn.getDocumentElement();
        assertThat(definitions.getNamespaceURI()).isEqualTo(DMN13);
        assertThat(definitions.getLocalName()).isEqualTo("definitions");

        List<Element> decisions = children(definitions, DMN13, "decision");
        assertThat(decisions).hasSize(1);
        Element decision = decisions.get(0);
        assertThat(decision.getAttribute("id")).isEqualTo(id);
        assertThat(decision.getAttribute("name")).as("Chinese name").containsPattern("\\p{IsHan}");
        assertThat(decision.getAttributeNS(CAMUNDA, "historyTimeToLive")).isEqualTo("P3650D");

        Element table = only(decision, "decisionTable");
        Shape shape = CONTRACT.get(id);
        assertThat(table.getAttribute("hitPolicy")).isEqualTo(shape.hitPolicy());

        List<String> expressions = new ArrayList<>();
        for (Element input : children(table, DMN13, "input")) {
            assertThat(input.getAttribute("label")).as("input label").containsPattern("\\p{IsHan}");
            expressions.add(only(only(input, "inputExpression"), "text").getTextContent());
        }
        assertThat(expressions).hasSameSizeAs(shape.inputs());
        for (int i = 0; i < expressions.size(); i++) {
            assertThat(Pattern.compile("\\b" + shape.inputs().get(i) + "\\b")
                            .matcher(expressions.get(i))
                            .find())
                    .as(
                            "input %d of %s reads variable %s: %s",
                            i + 1, id, shape.inputs().get(i), expressions.get(i))
                    .isTrue();
        }
        List<String> outputs = children(table, DMN13, "output").stream()
                .map(o -> o.getAttribute("name"))
                .toList();
        assertThat(outputs).containsExactlyElementsOf(shape.outputs());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cn.safetygrading.grading.decision.Decisions#ids")
    void everyElementHasAUniqueMeaningfulId(String id) throws Exception {
        Document dmn = read(id);
        Set<String> ids = new HashSet<>();
        NodeList all = dmn.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            String name = element.getLocalName();
            if (Set.of("text", "description", "DMNDI", "Bounds").contains(name)) {
                continue;
            }
            String elementId = element.getAttribute("id");
            assertThat(elementId)
                    .as("id of <%s>", name)
                    .isNotBlank()
                    .doesNotMatch(".*_[0-9][0-9a-z]{6}"); // not a Modeler-generated id like UnaryTests_0ocx2lq
            assertThat(ids.add(elementId)).as("id %s is unique", elementId).isTrue();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cn.safetygrading.grading.decision.Decisions#ids")
    void hasDiagramInformationForTheModeler(String id) throws Exception {
        Document dmn = read(id);
        NodeList shapes = dmn.getElementsByTagNameNS(DMNDI13, "DMNShape");
        assertThat(shapes.getLength()).isEqualTo(1);
        Element shape = (Element) shapes.item(0);
        assertThat(shape.getAttribute("dmnElementRef")).isEqualTo(id);
        assertThat(shape.getElementsByTagNameNS("*", "Bounds").getLength()).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cn.safetygrading.grading.decision.Decisions#ids")
    void everyRuleCitesItsSource(String id) throws Exception {
        Element table = only(only(read(id).getDocumentElement(), "decision"), "decisionTable");
        for (Element rule : children(table, DMN13, "rule")) {
            assertThat(only(rule, "description").getTextContent())
                    .as("annotation of %s", rule.getAttribute("id"))
                    .containsPattern("\\[00[0-4]\\]");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cn.safetygrading.grading.decision.Decisions#ids")
    void parsesAndEvaluatesWithNoVariablesAtAll(String id) {
        assertThat(Decisions.decision(id).getKey()).isEqualTo(id);
        Decisions.evaluate(id, Map.of()); // must not throw: every input tolerates an absent variable
    }

    private static Document read(String id) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        try (InputStream in = DecisionFilesTest.class.getResourceAsStream(Decisions.resource(id))) {
            assertThat(in).as(Decisions.resource(id)).isNotNull();
            return factory.newDocumentBuilder().parse(in);
        }
    }

    private static Element only(Element parent, String localName) {
        List<Element> found = children(parent, DMN13, localName);
        assertThat(found)
                .as("<%s> in <%s id=%s>", localName, parent.getLocalName(), parent.getAttribute("id"))
                .hasSize(1);
        return found.get(0);
    }

    private static List<Element> children(Element parent, String namespace, String localName) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && namespace.equals(e.getNamespaceURI()) && localName.equals(e.getLocalName())) {
                found.add(e);
            }
        }
        return found;
    }
}
