package id.jamsos.rentan;

import id.jamsos.rentan.support.BpmnFiles;

import id.jamsos.rentan.budget.BudgetProcessKeys;
import id.jamsos.rentan.citizen.DeathReportProcessKeys;
import id.jamsos.rentan.citizen.GrievanceProcessKeys;
import id.jamsos.rentan.claim.ClaimProcessKeys;
import id.jamsos.rentan.enrollment.EnrollmentProcessKeys;
import id.jamsos.rentan.identity.Role;
import id.jamsos.rentan.pks.PksProcessKeys;
import id.jamsos.rentan.premium.PremiumProcessKeys;
import id.jamsos.rentan.process.ElementIds;
import id.jamsos.rentan.verification.VerificationProcessKeys;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The models in {@code bpmn/} follow the one id scheme of docs/DEVELOPING.md ("Processes"): the prefix says the
 * element's kind ({@code Task_} for every task and call activity, {@code Event_} for intermediate events, …), the rest
 * is CamelCase English; tasks, subprocesses and events carry a name in Bahasa Indonesia; every process keeps its
 * history for an ISO-8601 number of days ({@code P<n>D}); BPMNDI shapes and edges are {@code <element id>_di}; the ids
 * Java code relies on ({@code *ProcessKeys}) and the old ids of {@link ElementIds} match the files; candidate groups
 * are {@code <role>-${region}} of a {@link Role}, the format {@link Role#groupId} builds in Java.
 */
class BpmnConventionsTest {
    static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    static final String BPMNDI = "http://www.omg.org/spec/BPMN/20100524/DI";
    static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";

    /** Prefix per BPMN element with an id; an element not listed here fails the test until the scheme names it. */
    static final Map<String, String> PREFIX = new LinkedHashMap<>();

    static {
        for (String task : List.of("task", "userTask", "serviceTask", "sendTask", "receiveTask", "scriptTask",
                "businessRuleTask", "manualTask", "callActivity")) {
            PREFIX.put(task, "Task_");
        }
        for (String gateway : List.of("exclusiveGateway", "parallelGateway", "inclusiveGateway", "eventBasedGateway",
                "complexGateway")) {
            PREFIX.put(gateway, "Gateway_");
        }
        PREFIX.put("subProcess", "SubProcess_");
        PREFIX.put("startEvent", "StartEvent_");
        PREFIX.put("endEvent", "EndEvent_");
        PREFIX.put("boundaryEvent", "BoundaryEvent_");
        PREFIX.put("intermediateCatchEvent", "Event_");
        PREFIX.put("intermediateThrowEvent", "Event_");
        PREFIX.put("sequenceFlow", "Flow_");
        PREFIX.put("message", "Msg_");
        PREFIX.put("error", "Err_");
        PREFIX.put("signal", "Signal_");
        PREFIX.put("escalation", "Escalation_");
        for (String def : List.of("timer", "message", "error", "signal", "escalation", "conditional", "compensate",
                "terminate", "link")) {
            PREFIX.put(def + "EventDefinition", Character.toUpperCase(def.charAt(0)) + def.substring(1) + "EventDefinition_");
        }
        PREFIX.put("definitions", "Definitions_");
    }

    /** Elements an official or supervisor sees in Cockpit and Tasklist by name. */
    static final Set<String> NAMED = Set.of("task", "userTask", "serviceTask", "sendTask", "receiveTask", "scriptTask",
            "businessRuleTask", "manualTask", "callActivity", "subProcess", "startEvent", "endEvent", "boundaryEvent",
            "intermediateCatchEvent", "intermediateThrowEvent");

    /** Everyday English words of workflow labels; one of them in a name means it was not written in Bahasa Indonesia. */
    static final Set<String> ENGLISH = Set.of("the", "and", "of", "to", "for", "with", "is", "check", "send", "review",
            "approve", "approved", "approval", "reject", "rejected", "task", "start", "started", "end", "ended", "wait",
            "pay", "paid", "payment", "request", "reminder", "timer", "done", "create", "created", "update", "notify",
            "invoice", "claim", "documents", "document", "verify", "list", "escalate", "due", "yes", "no", "receive",
            "submitted", "complete", "completed", "draft", "sign", "signed", "budget", "month", "year", "school");

    static final Pattern CAMEL = Pattern.compile("[A-Z][A-Za-z0-9]*");
    static final Pattern DAYS = Pattern.compile("P[1-9][0-9]*D");
    static final Pattern PROCESS_KEY = Pattern.compile("[a-z]+(-[a-z]+)*");

    static final Map<Path, Document> MODELS = new LinkedHashMap<>();

    @BeforeAll
    static void readModels() throws Exception {
        MODELS.putAll(BpmnFiles.read());
        assertThat(MODELS).as("models in bpmn/").hasSizeGreaterThanOrEqualTo(6);
    }

    @Test
    void everyIdFollowsTheSchemeAndIsUnique() {
        List<String> problems = new ArrayList<>();
        MODELS.forEach((file, doc) -> {
            Set<String> seen = new HashSet<>();
            for (Element e : all(doc)) {
                String id = e.getAttribute("id");
                if (id.isEmpty()) {
                    continue;
                }
                if (!seen.add(id)) {
                    problems.add(file + ": id " + id + " used twice");
                }
                if (BPMN.equals(e.getNamespaceURI())) {
                    String kind = e.getLocalName();
                    if (kind.equals("process")) {
                        if (!PROCESS_KEY.matcher(id).matches()) {
                            problems.add(file + ": process key " + id + " is not kebab-case");
                        }
                        continue;
                    }
                    String prefix = PREFIX.get(kind);
                    if (prefix == null) {
                        problems.add(file + ": " + kind + " " + id + " has no prefix in the id scheme yet "
                                + "(add it to docs/DEVELOPING.md and to this test)");
                    } else if (!id.startsWith(prefix) || !CAMEL.matcher(id.substring(prefix.length())).matches()) {
                        problems.add(file + ": " + kind + " " + id + " should be " + prefix + "<CamelCase>");
                    }
                } else if (BPMNDI.equals(e.getNamespaceURI()) && e.hasAttribute("bpmnElement")) {
                    // Shapes and edges are <element>_di (as Modeler writes them), the plane BPMNPlane_<process key>.
                    String target = e.getAttribute("bpmnElement");
                    String expected = e.getLocalName().equals("BPMNPlane") ? "BPMNPlane_" + target : target + "_di";
                    if (!id.equals(expected)) {
                        problems.add(file + ": " + e.getLocalName() + " " + id + " should be " + expected);
                    }
                } else if (BPMNDI.equals(e.getNamespaceURI()) && e.getLocalName().equals("BPMNDiagram")
                        && !id.startsWith("BPMNDiagram_")) {
                    problems.add(file + ": BPMNDiagram " + id + " should be BPMNDiagram_<process key>");
                }
            }
            for (Element e : all(doc)) {
                if (BPMNDI.equals(e.getNamespaceURI()) && e.hasAttribute("bpmnElement")
                        && !seen.contains(e.getAttribute("bpmnElement"))) {
                    problems.add(file + ": " + e.getAttribute("id") + " draws the unknown element " + e.getAttribute("bpmnElement"));
                }
            }
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void tasksAndEventsHaveNamesInBahasaIndonesia() {
        List<String> problems = new ArrayList<>();
        MODELS.forEach((file, doc) -> {
            for (Element e : all(doc)) {
                if (!BPMN.equals(e.getNamespaceURI()) || !NAMED.contains(e.getLocalName())) {
                    continue;
                }
                String name = e.getAttribute("name").trim();
                if (name.isEmpty()) {
                    problems.add(file + ": " + e.getAttribute("id") + " has no name");
                    continue;
                }
                List<String> english = Arrays.stream(name.toLowerCase(Locale.ROOT).split("[^\\p{L}]+"))
                        .filter(ENGLISH::contains).toList();
                if (!english.isEmpty()) {
                    problems.add(file + ": " + e.getAttribute("id") + " '" + name + "' reads English " + english);
                }
            }
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void groupsInTheModelsAreRoleGroups() {
        Pattern group = Pattern.compile("(" + String.join("|", Arrays.stream(Role.values()).map(Role::id).toList())
                + ")-\\$\\{[a-zA-Z]+}");
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<Path, Document> model : MODELS.entrySet()) {
            for (Element e : all(model.getValue())) {
                List<String> groups = new ArrayList<>();
                if (e.hasAttributeNS(CAMUNDA, "candidateGroups")) {
                    groups.addAll(List.of(e.getAttributeNS(CAMUNDA, "candidateGroups").split(",")));
                }
                if ("inputParameter".equals(e.getLocalName()) && e.getAttribute("name").endsWith("Group")) {
                    groups.add(e.getTextContent());
                }
                for (String g : groups) {
                    checked++;
                    if (!group.matcher(g.trim()).matches()) {
                        problems.add(model.getKey() + ": group " + g + " is not <role>-${regionVariable} (Role.groupId)");
                    }
                }
            }
        }
        assertThat(checked).as("candidate groups found").isGreaterThan(10);
        assertThat(problems).isEmpty();
    }

    /**
     * Issue 18: user tasks and call activities that are open many at once in one instance (instances of a parallel
     * multi-instance, or inside a parallel multi-instance subprocess) continue asynchronously after the task: otherwise
     * each completion (a called instance's end) updates the multi-instance execution its siblings share, and officials
     * submitting at once fail each other or wait for each other.
     */
    @Test
    void userTasksOfParallelMultiInstancesContinueAsynchronously() {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (var model : MODELS.entrySet()) {
            List<Element> waiting = new ArrayList<>();
            for (String kind : List.of("userTask", "callActivity")) {
                NodeList found = model.getValue().getElementsByTagNameNS(BPMN, kind);
                for (int i = 0; i < found.getLength(); i++) {
                    waiting.add((Element) found.item(i));
                }
            }
            for (Element task : waiting) {
                // On the task's own multi-instance, camunda:asyncAfter belongs on multiInstanceLoopCharacteristics
                // (on the userTask it would apply to the multi-instance body, after all siblings); inside a parallel
                // multi-instance subprocess, on the task itself.
                Element carrier = null;
                for (org.w3c.dom.Node n = task; n instanceof Element e; n = n.getParentNode()) {
                    for (org.w3c.dom.Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
                        if (c instanceof Element mi && "multiInstanceLoopCharacteristics".equals(mi.getLocalName())
                                && !"true".equals(mi.getAttribute("isSequential")) && carrier == null) {
                            carrier = e == task ? mi : task;
                        }
                    }
                }
                if (carrier != null) {
                    checked++;
                    if (!"true".equals(carrier.getAttributeNS(CAMUNDA, "asyncAfter"))) {
                        problems.add(model.getKey() + " " + task.getAttribute("id") + ": camunda:asyncAfter=\"true\" missing on "
                                + carrier.getLocalName());
                    }
                }
            }
        }
        assertThat(checked).as("user tasks and call activities of parallel multi-instances").isGreaterThanOrEqualTo(2);
        assertThat(problems).isEmpty();
    }

    @Test
    void everyProcessKeepsItsHistoryForADayCount() {
        MODELS.forEach((file, doc) -> {
            NodeList processes = doc.getElementsByTagNameNS(BPMN, "process");
            assertThat(processes.getLength()).as(file + " processes").isPositive();
            for (int i = 0; i < processes.getLength(); i++) {
                Element p = (Element) processes.item(i);
                assertThat(p.getAttributeNS(CAMUNDA, "historyTimeToLive"))
                        .as(file + " " + p.getAttribute("id") + " camunda:historyTimeToLive (P<days>D)").matches(DAYS);
            }
        });
    }

    @Test
    void idsTheCodeUsesExistInTheirModel() throws IllegalAccessException {
        List<String> problems = new ArrayList<>();
        for (Class<?> keys : List.of(BudgetProcessKeys.class, ClaimProcessKeys.class, EnrollmentProcessKeys.class,
                PksProcessKeys.class, PremiumProcessKeys.class, VerificationProcessKeys.class,
                DeathReportProcessKeys.class, GrievanceProcessKeys.class)) {
            Map<String, String> constants = new HashMap<>();
            for (Field f : keys.getFields()) {
                if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                    constants.put(f.getName(), (String) f.get(null));
                }
            }
            // A keys class names its process (PROCESS_KEY) and may name the ones it calls (e.g. KECAMATAN_PROCESS_KEY):
            // its ids must exist in one of those models.
            List<Path> files = constants.entrySet().stream().filter(c -> c.getKey().endsWith("PROCESS_KEY"))
                    .map(c -> Path.of("bpmn", c.getValue() + ".bpmn")).sorted().toList();
            String file = files.stream().map(Path::toString).collect(java.util.stream.Collectors.joining(" or "));
            Set<String> ids = new HashSet<>();
            Set<String> messageNames = new HashSet<>();
            for (Path f : files) {
                Document doc = MODELS.get(f);
                assertThat(doc).as(keys.getSimpleName() + ": " + f).isNotNull();
                for (Element e : all(doc)) {
                    ids.add(e.getAttribute("id"));
                    if ("message".equals(e.getLocalName())) {
                        messageNames.add(e.getAttribute("name"));
                    }
                }
            }
            constants.forEach((name, value) -> {
                boolean elementId = name.startsWith("TASK_") || name.startsWith("SERVICE_") || name.startsWith("TIMER_");
                if (elementId && !ids.contains(value)) {
                    problems.add(keys.getSimpleName() + "." + name + " = " + value + " is no element of " + file);
                }
                if (name.startsWith("MSG_") && !messageNames.contains(value)) {
                    problems.add(keys.getSimpleName() + "." + name + " = " + value + " is no message of " + file);
                }
            });
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void renamedIdsPointFromNoLongerUsedIdsToCurrentOnes() {
        Set<String> ids = new HashSet<>();
        MODELS.values().forEach(doc -> all(doc).forEach(e -> ids.add(e.getAttribute("id"))));
        assertThat(ElementIds.renamed()).isNotEmpty();
        ElementIds.renamed().forEach((old, current) -> {
            assertThat(ids).as("old id " + old + " is not used by any model again").doesNotContain(old);
            assertThat(ids).as("renamed " + old + " to an id of today's models").contains(current);
        });
        assertThat(ElementIds.current("UserTask_LegalReview")).isEqualTo(PksProcessKeys.TASK_LEGAL_REVIEW);
        assertThat(ElementIds.current(PksProcessKeys.TASK_LEGAL_REVIEW)).isEqualTo(PksProcessKeys.TASK_LEGAL_REVIEW);
        assertThat(ElementIds.current(null)).isNull();
    }

    private static List<Element> all(Document doc) {
        List<Element> out = new ArrayList<>();
        NodeList nodes = doc.getElementsByTagName("*");
        for (int i = 0; i < nodes.getLength(); i++) {
            Node n = nodes.item(i);
            out.add((Element) n);
        }
        return out;
    }

}
