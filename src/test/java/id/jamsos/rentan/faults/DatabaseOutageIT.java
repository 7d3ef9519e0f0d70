package id.jamsos.rentan.faults;

import com.fasterxml.jackson.databind.JsonNode;
import id.jamsos.rentan.common.Formats;
import id.jamsos.rentan.pks.AgreementRepository;
import id.jamsos.rentan.support.IntegrationTest;
import id.jamsos.rentan.support.NextYearPks;
import id.jamsos.rentan.support.TestDatabase;
import id.jamsos.rentan.support.TestMail;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database link drops for five seconds while a batch is screened and again while it is enrolled: the jobs
 * caught by it fail or lose their lock, run again once the link is back, and the run completes, every candidate
 * enrolled once, no incident left.
 */
class DatabaseOutageIT {

    @Test
    void runCompletesAfterTheDatabaseComesBack() throws Exception {
        String db = TestDatabase.sibling("outage");
        TestDatabase.resetOnce(db);
        URI direct = URI.create(db.substring("jdbc:".length()));
        try (TcpProxy proxy = new TcpProxy(direct.getHost(), direct.getPort() < 0 ? 5432 : direct.getPort())) {
            String viaProxy = "jdbc:postgresql://127.0.0.1:" + proxy.port() + direct.getPath();
            AppProcess app = new AppProcess(viaProxy, TestMail.server().getSmtp().getPort(),
                    AppProcess.logFile("db-outage"),
                    // Short job locks so a job caught by the outage is taken again soon; small chunks so that no
                    // job runs longer than its lock through the (slow, userspace) proxy.
                    "--camunda.bpm.job-execution.lock-time-in-millis=15000",
                    "--jamsos.enrollment.chunk-size=100",
                    "--jamsos.verification.screening-chunk-size=100",
                    "--spring.datasource.hikari.connection-timeout=2000", "--jamsos.retry.external-call=R10/PT3S").start();
            try {
                // Finalised in December, the workers are booked on next year's PKS (issue 13): have it signed.
                NextYearPks.ensure(new AgreementRepository(new JdbcTemplate(new DriverManagerDataSource(db,
                        TestDatabase.user(), TestDatabase.password()))), "6203", LocalDate.now(Formats.WIB));
                TestRestTemplate dinsos = new TestRestTemplate().withBasicAuth("dinsos.6203", "demo");
                HttpHeaders h = new HttpHeaders();
                h.setContentType(MediaType.APPLICATION_JSON);
                int n = 1000;
                ResponseEntity<JsonNode> r = dinsos.postForEntity(app.url("/api/candidates"),
                        new HttpEntity<>(NodeCrashIT.candidates(n).replace("3001", "4001"), h), JsonNode.class);
                assertThat(r.getStatusCode().value()).isEqualTo(202);
                long batchId = r.getBody().get("batchId").asLong();

                IntegrationTest.await(Duration.ofSeconds(60), "screening started", () -> NodeCrashIT.jobLocked(db)
                        || NodeCrashIT.count(db, "select processed from candidate_batch where id = " + batchId) > 0);
                proxy.cut();
                Thread.sleep(5000); // the outage itself: five seconds without a database
                proxy.restore();

                IntegrationTest.await(Duration.ofMinutes(3), "batch done", () ->
                        "DONE".equals(NodeCrashIT.str(db, "select status from candidate_batch where id = " + batchId)));
                TestRestTemplate admin = new TestRestTemplate().withBasicAuth("admin", "admin");
                for (String key : new String[]{"Task_VerifyVillageList", "Task_ApproveKecamatan", "Task_FinalizeRegencyList"}) {
                    IntegrationTest.await(Duration.ofMinutes(2), key, () -> NodeCrashIT.count(db,
                            "select count(*) from act_ru_task where task_def_key_ = '" + key + "'") > 0);
                    while (NodeCrashIT.count(db, "select count(*) from act_ru_task where task_def_key_ = '" + key + "'") > 0) {
                        JsonNode open = admin.getForObject(app.url("/engine-rest/task?taskDefinitionKey=" + key), JsonNode.class);
                        for (JsonNode t : open) {
                            admin.postForEntity(app.url("/engine-rest/task/" + t.get("id").asText() + "/complete"),
                                    new HttpEntity<>("{\"variables\":{\"approved\":{\"value\":true},\"note\":{\"value\":\"\"}}}", h),
                                    String.class);
                        }
                    }
                }
                // Second outage while enrollment registers the workers with BPJS (chunks of 100).
                IntegrationTest.await(Duration.ofSeconds(60), "enrollment started", () -> NodeCrashIT.count(db,
                        "select count(*) from bpjs_registration") > 0);
                proxy.cut();
                Thread.sleep(5000);
                proxy.restore();

                IntegrationTest.await(Duration.ofMinutes(3), "all enrolled", () -> NodeCrashIT.count(db,
                        "select count(*) from candidate where status = 'ENROLLED' and batch_id = " + batchId) == n);
                assertThat(NodeCrashIT.count(db, "select count(*) from member m join candidate c on c.nik = m.nik "
                        + "where c.batch_id = " + batchId)).isEqualTo(n);
                assertThat(NodeCrashIT.count(db, "select count(*) from act_ru_incident")).isZero();
            } finally {
                app.stop();
            }
        }
    }
}
