package id.jamsos.rentan.webapp;

import com.fasterxml.jackson.databind.JsonNode;
import id.jamsos.rentan.identity.IdentitySetup;
import id.jamsos.rentan.support.IntegrationTest;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** The supervisors' overdue filter lists every overdue task of their own regency, and nothing else. */
class SupervisionFiltersIT extends IntegrationTest {
    @Autowired
    TaskService taskService;

    final List<String> created = new ArrayList<>();

    @AfterEach
    void removeOwnTasks() {
        created.forEach(id -> taskService.deleteTask(id, true));
    }

    String task(String name, String tenant, String group, Duration dueFromNow) {
        Task t = taskService.newTask();
        t.setName(name);
        t.setTenantId(tenant);
        t.setDueDate(Date.from(Instant.now().plus(dueFromNow)));
        taskService.saveTask(t);
        taskService.addCandidateGroup(t.getId(), group);
        created.add(t.getId());
        return t.getId();
    }

    Set<String> listed(String user, String filterName) {
        JsonNode filters = as(user).getForEntity(url("/engine-rest/filter?resourceType=Task&name=" + filterName),
                JsonNode.class).getBody();
        assertThat(filters).as("filter %s visible to %s", filterName, user).hasSize(1);
        ResponseEntity<JsonNode> r = as(user).getForEntity(
                url("/engine-rest/filter/" + filters.get(0).get("id").asText() + "/list?maxResults=500"), JsonNode.class);
        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.OK);
        Set<String> ids = new TreeSet<>();
        r.getBody().forEach(t -> ids.add(t.get("id").asText()));
        return ids;
    }

    @Test
    void supervisorSeesEveryOverdueTaskOfTheOwnRegencyOnly() {
        String lateKapuas = task("Verifikasi calon peserta (uji pengawasan)", "6203", "lurah-6203011001", Duration.ofDays(-2));
        String lateCamat = task("Persetujuan Camat (uji pengawasan)", "6203", "camat-620302", Duration.ofHours(-1));
        String notYetDue = task("Belum jatuh tempo (uji pengawasan)", "6203", "lurah-6203011001", Duration.ofDays(3));
        String lateSukamara = task("Verifikasi Sukamara (uji pengawasan)", "6208", "lurah-6208011001", Duration.ofDays(-1));

        Set<String> kapuas = listed("supervisor.6203", SupervisionFilters.FILTER_ALL_OVERDUE);
        assertThat(kapuas).contains(lateKapuas, lateCamat).doesNotContain(notYetDue, lateSukamara);

        Set<String> sukamara = listed("supervisor.6208", SupervisionFilters.FILTER_ALL_OVERDUE);
        assertThat(sukamara).contains(lateSukamara).doesNotContain(lateKapuas, lateCamat, notYetDue);

        // A Lurah sees through the same filter only what waits for the own village.
        Set<String> lurah = listed("lurah.6203011001", SupervisionFilters.FILTER_ALL_OVERDUE);
        assertThat(lurah).contains(lateKapuas).doesNotContain(lateCamat, lateSukamara, notYetDue);

        // The supervisor is no candidate anywhere: the personal "Lewat Tenggat" stays empty of these.
        assertThat(listed("supervisor.6203", IdentitySetup.FILTER_OVERDUE)).doesNotContain(lateKapuas, lateCamat);
    }
}
