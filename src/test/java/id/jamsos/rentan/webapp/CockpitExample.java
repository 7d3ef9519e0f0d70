package id.jamsos.rentan.webapp;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import static id.jamsos.rentan.support.IntegrationTest.await;

/**
 * A small example process built in code (no BPMN file: it is test data, not a process of the project)
 * so that the browser test can show supervisors how Cockpit answers "which village is late" and "where
 * is an incident". Removed again, with its instances and history, by {@link #remove()}.
 */
final class CockpitExample implements AutoCloseable {
    static final String KEY = "contoh-panduan-pengawas";
    static final String INCIDENT_MESSAGE = "BPJS tidak menjawab (contoh untuk panduan)";

    /** Stands in for a BPJS registration whose HTTP call keeps failing. */
    public static class FailingRegistration implements JavaDelegate {
        @Override
        public void execute(DelegateExecution execution) {
            throw new IllegalStateException(INCIDENT_MESSAGE);
        }
    }

    private final RepositoryService repository;
    private final String deploymentId;
    final String processDefinitionId;
    final String lateInstanceId;
    final String incidentInstanceId;

    private CockpitExample(RepositoryService repository, String deploymentId, String processDefinitionId,
                           String lateInstanceId, String incidentInstanceId) {
        this.repository = repository;
        this.deploymentId = deploymentId;
        this.processDefinitionId = processDefinitionId;
        this.lateInstanceId = lateInstanceId;
        this.incidentInstanceId = incidentInstanceId;
    }

    static BpmnModelInstance model() {
        return Bpmn.createExecutableProcess(KEY)
                .name("Contoh Verifikasi dan Pendaftaran (panduan pengawas)")
                .camundaHistoryTimeToLive(1)
                .startEvent("StartEvent_ListReceived").name("Daftar calon diterima")
                .userTask("Task_VerifyVillageList").name("Verifikasi daftar desa")
                .camundaCandidateGroups("${'lurah-'.concat(villageCode)}").camundaDueDate("${dueDate}")
                .serviceTask("Task_RegisterWithBpjs").name("Daftarkan ke BPJS")
                .camundaAsyncBefore().camundaClass(FailingRegistration.class.getName())
                .endEvent("EndEvent_Registered").name("Terdaftar")
                .done();
    }

    /** Deploys the example and starts instances: Kapuas villages waiting (one late) and one incident. */
    static CockpitExample start(RepositoryService repository, RuntimeService runtime, ManagementService management) {
        String deploymentId = repository.createDeployment().name("contoh-panduan")
                .addModelInstance(KEY + ".bpmn", model()).deploy().getId();
        String definitionId = repository.createProcessDefinitionQuery().deploymentId(deploymentId).singleResult().getId();
        Date late = Date.from(Instant.now().minus(Duration.ofDays(4)));
        Date soon = Date.from(Instant.now().plus(Duration.ofDays(3)));
        String lateId = runtime.startProcessInstanceById(definitionId, "CONTOH-6203011001",
                vars("6203011001", "Kel. Selat Hilir", late)).getId();
        runtime.startProcessInstanceById(definitionId, "CONTOH-6203011002", vars("6203011002", "Kel. Selat Tengah", soon));
        runtime.startProcessInstanceById(definitionId, "CONTOH-6203012001", vars("6203012001", "Desa Pulau Telo Baru", soon));
        // Another regency: never visible to the Kapuas supervisor.
        runtime.startProcessInstanceById(definitionId, "CONTOH-6208011001", vars("6208011001", "Desa Mendawai", late));
        String incidentId = runtime.createProcessInstanceById(definitionId).businessKey("CONTOH-6203021001")
                .setVariables(vars("6203021001", "Desa Mambulau", soon))
                .startBeforeActivity("Task_RegisterWithBpjs").execute().getId();
        // The job executor retries the failing call until the retries run out and an incident is raised.
        await(Duration.ofSeconds(60), "incident of the example instance",
                () -> runtime.createIncidentQuery().processInstanceId(incidentId).count() == 1);
        return new CockpitExample(repository, deploymentId, definitionId, lateId, incidentId);
    }

    private static Map<String, Object> vars(String village, String name, Date due) {
        return Map.of("regencyCode", village.substring(0, 4), "villageCode", village, "regionName", name,
                "dueDate", due, "candidateCount", 3L);
    }

    /** Removes the example with its instances and history. */
    void remove() {
        repository.deleteDeployment(deploymentId, true, true);
    }

    @Override
    public void close() {
        remove();
    }

    static List<String> villagesOfKapuas() {
        return List.of("6203011001", "6203011002", "6203012001", "6203021001");
    }
}
