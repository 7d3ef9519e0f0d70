package id.jamsos.rentan;

import id.jamsos.rentan.support.BpmnFiles;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The diagrams the process docs show ({@code docs/diagrams/<process key>.svg}, exported by {@code npm run diagrams}
 * in tools/diagrams, see docs/DEVELOPING.md "How to extend a process") still match their models in {@code bpmn/}:
 * a changed model with a stale diagram fails here, in {@code mvn test}, without a browser.
 *
 * <p>Compared per model: the same elements (every shape and edge of the BPMNDI has its {@code data-element-id} group in
 * the SVG, and the SVG shows no element the model lost), every shape at its BPMNDI position (x, y), every edge along its
 * waypoints, and every name of a task, subprocess, event, gateway and sequence flow written in its label (bpmn-js breaks
 * a label into lines, so whitespace is ignored), and every element's kind as the exporter writes it in
 * {@code data-bpmn-type} (type, event definitions, loop marker, non-interrupting: a user task turned into a service
 * task, a timer into a message event fails). Not compared: colours, label positions, and the inside of a collapsed
 * subprocess (its own plane, which the export does not draw). Every diagram is embedded in a doc.
 */
class ProcessDiagramsTest {
    static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    static final String BPMNDI = "http://www.omg.org/spec/BPMN/20100524/DI";
    static final String DC = "http://www.omg.org/spec/DD/20100524/DC";
    static final String DI = "http://www.omg.org/spec/DD/20100524/DI";
    static final String REGENERATE = " (regenerate: cd tools/diagrams && npm ci && npm run --silent diagrams)";

    /** The transform bpmn-js gives a shape's group: a translation to the shape's top left corner. */
    static final Pattern TRANSLATE = Pattern.compile("matrix\\(1 0 0 1 (-?[0-9.e-]+) (-?[0-9.e-]+)\\)");

    /** A reference to a definition inside the SVG, e.g. the arrow marker of a sequence flow. */
    static final Pattern URL_REF = Pattern.compile("url\\(['\"]?#([^'\")]+)['\"]?\\)");

    static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    static final Map<String, Document> MODELS = new LinkedHashMap<>();

    @BeforeAll
    static void readModels() throws Exception {
        for (Map.Entry<Path, Document> model : BpmnFiles.read().entrySet()) {
            NodeList processes = model.getValue().getElementsByTagNameNS(BPMN, "process");
            assertThat(processes.getLength()).as(model.getKey() + ": one process").isEqualTo(1);
            MODELS.put(((Element) processes.item(0)).getAttribute("id"), model.getValue());
        }
        assertThat(MODELS).as("models in bpmn/").hasSizeGreaterThanOrEqualTo(6);
    }

    @Test
    void everyModelHasItsDiagramAndNothingElse() throws IOException {
        Set<String> diagrams = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("docs/diagrams"))) {
            files.map(p -> p.getFileName().toString()).forEach(diagrams::add);
        }
        Set<String> expected = new TreeSet<>();
        MODELS.keySet().forEach(key -> expected.add(key + ".svg"));
        assertThat(diagrams).as("docs/diagrams holds one <process key>.svg per bpmn/*.bpmn" + REGENERATE)
                .isEqualTo(expected);
    }

    @Test
    void everyDiagramShowsItsModelAsItIsNow() throws Exception {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, Document> model : MODELS.entrySet()) {
            Path svgFile = Path.of("docs/diagrams", model.getKey() + ".svg");
            if (!Files.exists(svgFile)) {
                problems.add(svgFile + " is missing");
                continue;
            }
            compare(model.getKey(), model.getValue(), readSvg(svgFile), problems);
        }
        assertThat(problems).as("diagrams that no longer match their model" + REGENERATE).isEmpty();
    }

    @Test
    void everyDiagramIsShownInAProcessDoc() throws IOException {
        StringBuilder docs = new StringBuilder();
        try (Stream<Path> files = Files.list(Path.of("docs"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".md")).toList()) {
                docs.append(Files.readString(f));
            }
        }
        List<String> notShown = MODELS.keySet().stream()
                .filter(key -> !docs.toString().contains("](diagrams/" + key + ".svg)"))
                .toList();
        assertThat(notShown).as("processes whose diagram no doc in docs/ embeds as ![...](diagrams/<key>.svg)")
                .isEmpty();
    }

    static void compare(String key, Document model, Document svg, List<String> problems) {
        Map<String, Element> groups = new HashMap<>();
        for (Element g : elements(svg.getDocumentElement().getElementsByTagName("g"))) {
            if (g.hasAttribute("data-element-id")) {
                groups.put(g.getAttribute("data-element-id"), g);
            }
        }
        Map<String, Element> bpmnElements = new HashMap<>();
        for (Element e : elements(model.getElementsByTagNameNS(BPMN, "*"))) {
            if (e.hasAttribute("id")) {
                bpmnElements.put(e.getAttribute("id"), e);
            }
        }
        String where = key + ".svg: ";
        Set<String> svgIds = new TreeSet<>();
        for (Element e : elements(svg.getElementsByTagName("*"))) {
            if (e.hasAttribute("id")) {
                svgIds.add(e.getAttribute("id"));
            }
        }
        for (Element e : elements(svg.getElementsByTagName("*"))) {
            Matcher ref = URL_REF.matcher(e.getAttribute("style") + " " + e.getAttribute("marker-end"));
            while (ref.find()) {
                if (!svgIds.contains(ref.group(1))) {
                    problems.add(where + "refers to #" + ref.group(1) + ", which it does not define (an arrow is missing)");
                }
            }
        }
        // bpmn-js exports the first diagram, the process itself; a collapsed subprocess's own plane is not drawn.
        NodeList planes = model.getElementsByTagNameNS(BPMNDI, "BPMNPlane");
        if (planes.getLength() == 0) {
            problems.add(key + ".bpmn: no BPMNDI to draw");
            return;
        }
        Element plane = (Element) planes.item(0);
        Set<String> drawn = new TreeSet<>();
        for (Element shape : elements(plane.getElementsByTagNameNS(BPMNDI, "BPMNShape"))) {
            String id = shape.getAttribute("bpmnElement");
            drawn.add(id);
            Element group = groups.get(id);
            if (group == null) {
                problems.add(where + "no shape for " + id);
                continue;
            }
            Element bounds = child(shape, DC, "Bounds");
            double[] at = translation(group);
            if (bounds == null || at == null || !near(at[0], number(bounds, "x")) || !near(at[1], number(bounds, "y"))) {
                problems.add(where + id + " is not where the model draws it");
            }
        }
        for (Element edge : elements(plane.getElementsByTagNameNS(BPMNDI, "BPMNEdge"))) {
            String id = edge.getAttribute("bpmnElement");
            drawn.add(id);
            Element group = groups.get(id);
            if (group == null) {
                problems.add(where + "no edge for " + id);
                continue;
            }
            List<Double> waypoints = new ArrayList<>();
            for (Element wp : elements(edge.getElementsByTagNameNS(DI, "waypoint"))) {
                waypoints.add(number(wp, "x"));
                waypoints.add(number(wp, "y"));
            }
            Element flow = bpmnElements.get(id);
            boolean arrowed = flow != null && List.of("sequenceFlow", "messageFlow").contains(flow.getLocalName());
            if (arrowed && !arrowStyle(group).contains("marker-end: url(")) {
                problems.add(where + id + " is drawn without its arrow");
            }
            List<Double> drawnPoints = hitPoints(group);
            if (drawnPoints.size() != waypoints.size()) {
                problems.add(where + id + " does not run along the model's waypoints");
            } else {
                for (int i = 0; i < waypoints.size(); i++) {
                    if (!near(waypoints.get(i), drawnPoints.get(i))) {
                        problems.add(where + id + " does not run along the model's waypoints");
                        break;
                    }
                }
            }
        }
        for (String id : groups.keySet()) {
            String element = id.endsWith("_label") ? id.substring(0, id.length() - "_label".length()) : id;
            if (!drawn.contains(element)) {
                problems.add(where + "shows " + id + ", which the model no longer draws");
            }
        }
        for (String id : drawn) {
            Element e = bpmnElements.get(id);
            if (e == null) {
                problems.add(key + ".bpmn: BPMNDI names " + id + ", which is no element");
                continue;
            }
            String kind = kind(e);
            String shownKind = groups.containsKey(id) ? groups.get(id).getAttribute("data-bpmn-type") : kind;
            if (!kind.equals(shownKind)) {
                problems.add(where + id + " is drawn as '" + shownKind + "', the model has '" + kind + "'");
            }
            String name = e.getAttribute("name");
            if (name.isBlank()) {
                continue;
            }
            String label = labelText(groups.get(id)) + labelText(groups.get(id + "_label"));
            if (!squeeze(label).equals(squeeze(name))) {
                problems.add(where + id + " is labelled '" + label.strip() + "', the model names it '" + name + "'");
            }
        }
    }

    /**
     * What the exporter writes as {@code data-bpmn-type}: the element's type, its event definitions, its loop marker
     * ({@code :sequential} when sequential) and {@code non-interrupting} for a boundary or start event that does not
     * interrupt, e.g. {@code bpmn:BoundaryEvent bpmn:TimerEventDefinition non-interrupting}.
     */
    static String kind(Element e) {
        List<String> kinds = new ArrayList<>();
        kinds.add(type(e));
        List<Element> children = children(e);
        children.stream().filter(c -> BPMN.equals(c.getNamespaceURI()) && c.getLocalName().endsWith("EventDefinition"))
                .forEach(c -> kinds.add(type(c)));
        children.stream().filter(c -> BPMN.equals(c.getNamespaceURI()) && c.getLocalName().endsWith("LoopCharacteristics"))
                .forEach(c -> kinds.add(type(c) + ("true".equals(c.getAttribute("isSequential")) ? ":sequential" : "")));
        if ("false".equals(e.getAttribute("cancelActivity")) || "false".equals(e.getAttribute("isInterrupting"))) {
            kinds.add("non-interrupting");
        }
        return String.join(" ", kinds);
    }

    static String type(Element e) {
        return "bpmn:" + Character.toUpperCase(e.getLocalName().charAt(0)) + e.getLocalName().substring(1);
    }

    static Document readSvg(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        // bpmn-js writes the SVG 1.1 DOCTYPE: keep it, but never fetch the DTD or resolve an external entity.
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    /** The text of a group's own label (its {@code djs-visual} child), not that of the shapes nested in it. */
    static String labelText(Element group) {
        if (group == null) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        for (Element visual : children(group)) {
            if (visual.getAttribute("class").contains("djs-visual")) {
                for (Element t : elements(visual.getElementsByTagName("text"))) {
                    text.append(t.getTextContent()).append(' ');
                }
            }
        }
        return text.toString();
    }

    /** The style of the visible line of an edge (its {@code djs-visual} path), where bpmn-js sets the arrow marker. */
    static String arrowStyle(Element group) {
        for (Element visual : children(group)) {
            if (visual.getAttribute("class").contains("djs-visual")) {
                for (Element path : elements(visual.getElementsByTagName("path"))) {
                    if (path.getAttribute("style").contains("marker-end")) {
                        return path.getAttribute("style");
                    }
                }
            }
        }
        return "";
    }

    /** The waypoints of an edge, from the hit path diagram-js draws along the connection ({@code M x,y L x,y ...}). */
    static List<Double> hitPoints(Element group) {
        List<Double> points = new ArrayList<>();
        for (Element path : elements(group.getElementsByTagName("path"))) {
            if (path.getAttribute("class").contains("djs-hit")) {
                Matcher number = NUMBER.matcher(path.getAttribute("d"));
                while (number.find()) {
                    points.add(Double.parseDouble(number.group()));
                }
                break;
            }
        }
        return points;
    }

    static double[] translation(Element group) {
        Matcher m = TRANSLATE.matcher(group.getAttribute("transform"));
        return m.matches() ? new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2))} : null;
    }

    static String squeeze(String s) {
        return s.replaceAll("\\s+", "");
    }

    static boolean near(double a, double b) {
        return Math.abs(a - b) < 0.5;
    }

    static double number(Element e, String attribute) {
        return Double.parseDouble(e.getAttribute(attribute));
    }

    static Element child(Element parent, String ns, String localName) {
        for (Element c : children(parent)) {
            if (ns.equals(c.getNamespaceURI()) && localName.equals(c.getLocalName())) {
                return c;
            }
        }
        return null;
    }

    static List<Element> children(Element parent) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                out.add(e);
            }
        }
        return out;
    }

    static List<Element> elements(NodeList nodes) {
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add((Element) nodes.item(i));
        }
        return out;
    }
}
