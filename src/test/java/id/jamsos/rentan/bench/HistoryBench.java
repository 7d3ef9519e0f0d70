package id.jamsos.rentan.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.jamsos.rentan.citizen.DeathReportProcessKeys;
import id.jamsos.rentan.claim.ClaimProcessKeys;
import id.jamsos.rentan.claim.DocumentType;
import id.jamsos.rentan.common.Formats;
import id.jamsos.rentan.support.IntegrationTest;
import id.jamsos.rentan.support.TestNames;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 18, "years of history": five simulated years of Kapuas on the real processes with a movable clock (the
 * engine's {@code ClockUtil} and the application {@code Clock}, both WIB): each year the budget evaluation and the
 * PKS for the next year (every task completed by its role), the PKS's own timers (start, twelve monthly invoices,
 * renewal, end) with each invoice paid by Dinsos, and a verification round of {@code bench.history.members / 5}
 * candidates screened, verified by village, kecamatan and Dinsos and enrolled. In August about 0.5% of the
 * active members (at least 4) die: one in four of a work accident, whose JKK claim BPJS files itself
 * ({@code POST /api/claims}); the others are reported by Dinsos ({@code death-report}) and BPJS opens the JKM claim
 * on the report's task. Each {@code claim-payout} then runs as in production: documents checked by BPJS, approved by
 * the branch head when above the threshold, paid through the in-app bank simulator. At 01:30 on the 1st of January
 * the history cleanup job the engine scheduled for the batch window runs until nothing whose removal time has passed
 * is left. Prints the database size, the size of the {@code act_hi_*} tables and their rows per year, then the
 * Tasklist query and the coverage report's time at the end, the instances per process and the claims' removal
 * times (claims and death reports keep their history ten years, P3650D, so within five years they are scheduled
 * for removal, not yet removed). Asserts only that the work was done: every year's invoices paid, every member
 * enrolled, every claim paid, nothing left to clean after the cleanup.
 */
class HistoryBench extends IntegrationTest {
    static final String REGENCY = "6203";
    static final String[] VILLAGES = {"6203011001", "6203011002", "6203012001", "6203021001", "6203022001"};
    static final int YEARS = 5;
    /** jamsos.program.registered-monthly-income: a JKK claim states the income the premium was paid on. */
    static final long REGISTERED_INCOME = 1_000_000L;
    static final ObjectMapper JSON = new ObjectMapper();
    /** History tables with a removal time (Camunda 7.24, removal-time-based cleanup). */
    static final List<String> HISTORY = List.of("act_hi_procinst", "act_hi_actinst", "act_hi_taskinst", "act_hi_varinst",
            "act_hi_detail", "act_hi_identitylink", "act_hi_job_log", "act_hi_incident", "act_hi_op_log",
            "act_hi_comment", "act_hi_attachment", "act_hi_decinst", "act_hi_dec_in", "act_hi_dec_out", "act_hi_ext_task_log");

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TaskService tasks;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;
    @Autowired
    HistoryService history;
    @Autowired
    IdentityService identity;
    @Autowired
    FilterService filters;

    private int candidateSerial;
    private int claimSerial;
    private final List<String> claimNumbers = new ArrayList<>();

    @Autowired
    org.camunda.bpm.engine.ProcessEngine engine;

    /**
     * The simulated years move the engine's clock by hand and run each due job in this thread ({@link #runDueJobs}):
     * the job executor is stopped meanwhile, so no job runs twice at once (Camunda's {@code executeJob} ignores the
     * executor's lock; the two runs collided, logged errors and rolled one back).
     */
    @BeforeEach
    void jobsRunOnlyHere() {
        jobExecutor().shutdown();
    }

    @AfterEach
    void realTime() {
        ClockUtil.reset();
        jobExecutor().start();
    }

    private org.camunda.bpm.engine.impl.jobexecutor.JobExecutor jobExecutor() {
        return ((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getJobExecutor();
    }

    @Test
    void fiveYearsStayBounded() {
        Vacuum.beforeMeasuring(jdbc);
        int members = Integer.getInteger("bench.history.members", 2000);
        int perYear = members / YEARS;
        int first = LocalDate.now(Formats.WIB).getYear() + 1;
        long started = System.nanoTime();

        // The PKS of the first simulated year, opened on 1 December before it.
        moveTo(LocalDate.of(first - 1, 12, 1).atTime(9, 0));
        budgetAndPks(first, members);
        List<String> lines = new ArrayList<>();
        for (int year = first; year < first + YEARS; year++) {
            int y = year;
            for (int month = 1; month <= 12; month++) {
                moveTo(LocalDate.of(year, month, 1).atTime(9, 0));
                runDueJobs();
                if (month == 1) {
                    await(Duration.ofMinutes(1), "PKS " + y + " active", () -> "ACTIVE".equals(pksStatus(y)));
                }
                payInvoice(year, month);
                if (month == 8) {
                    claims(year);
                }
                if (month == 6) {
                    moveTo(LocalDate.of(year, 6, 15).atTime(9, 0));
                    verificationRound(perYear);
                }
                if (month == 10) {
                    // The renewal timer (90 days before the end) opened next year's evaluation.
                    moveTo(LocalDate.of(year, 10, 15).atTime(9, 0));
                    runDueJobs();
                    budgetAndPks(year + 1, members);
                }
            }
            // 01:30 on 1 January: the PKS ended at midnight, the cleanup window (01:00-05:00) is open. What is due
            // then is counted before the clock moves: the job executor may run the cleanup job as soon as it does.
            LocalDateTime window = LocalDate.of(year + 1, 1, 1).atTime(1, 30);
            long due = removableAt(Date.from(window.atZone(Formats.WIB).toInstant()));
            moveTo(window);
            runDueJobs();
            long removable = cleanUp();
            int n = year - first + 1;
            String line = String.format(java.util.Locale.ROOT,
                    "BENCH name=history_db_mb_year%d value=%.1f act_hi_mb=%.1f act_hi_rows=%d removed_rows=%d "
                            + "process_instances=%d members=%d claims_paid=%d seconds=%.0f",
                    n, mb("select pg_database_size(current_database())"), historyMb(), historyRows(), due,
                    count("act_hi_procinst"), activeMembers(), claimNumbers.size(), (System.nanoTime() - started) / 1e9);
            BenchOutput.emit(line);
            lines.add(line);
            assertThat(removable).as("history whose removal time has passed, after the cleanup").isZero();
        }
        moveTo(LocalDate.of(first + YEARS, 1, 2).atTime(9, 0));
        // The members who died are no longer active.
        assertThat(activeMembers()).isGreaterThanOrEqualTo(perYear * YEARS - claimNumbers.size());
        BenchOutput.emitf("BENCH name=history_tasklist_query_ms value=%.0f", tasklistQueryMs());
        BenchOutput.emitf("BENCH name=history_report_query_ms value=%.0f", reportQueryMs());
        BenchOutput.emitf("BENCH name=history_per_process instances=%s", instancesPerKey());
        BenchOutput.emitf("BENCH name=history_claims %s", claimHistory());
        BenchOutput.emitf("BENCH name=history_years years=%d members=%d seconds=%.0f", YEARS, members,
                (System.nanoTime() - started) / 1e9);
    }

    // ------------------------------------------------------------------ the year's work

    /** Budget evaluation for {@code year} (opened unless the renewal timer did), approved, and its PKS signed. */
    private void budgetAndPks(int year, int members) {
        String key = REGENCY + "-" + year;
        int quota = members + 500;
        if (runtime.createProcessInstanceQuery().processInstanceBusinessKey(key).count() == 0
                && history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(key).count() == 0) {
            ResponseEntity<JsonNode> opened = as("dinsos." + REGENCY).postForEntity(url("/api/budget-evaluations"),
                    Map.of("regencyCode", REGENCY, "fiscalYear", year, "vulnerablePopulation", quota * 2), JsonNode.class);
            assertThat(opened.getStatusCode().value()).as(String.valueOf(opened.getBody())).isEqualTo(201);
        }
        complete("dinsos", key, "Task_ProposeBudget", Map.of("quota", (long) quota, "budget", quota * 201_600L));
        complete("tapd", key, "Task_TapdReview", Map.of("approved", true));
        complete("sekda", key, "Task_SekdaApproval", Map.of("approved", true));
        String pks = "PKS-" + REGENCY + "-" + year;
        complete("dinsos", pks, "Task_DraftAgreement", Map.of());
        complete("hukum", pks, "Task_LegalReview", Map.of("approved", true));
        complete("bpjs", pks, "Task_BpjsReview", Map.of("approved", true));
        complete("kacab", pks, "Task_SignKacab", Map.of("approved", true));
        complete("kadinsos", pks, "Task_SignKadinsos", Map.of("approved", true));
        assertThat(pksStatus(year)).isEqualTo("SIGNED");
    }

    /** The month's invoice (issued by the PKS's monthly timer) paid by Dinsos on the day. */
    private void payInvoice(int year, int month) {
        String invoice = String.format("IUR-%s-%d-%02d", REGENCY, year, month);
        complete("dinsos", invoice, "Task_RecordPayment", Map.of("approved", true,
                "paidOn", Date.from(ClockUtil.getCurrentTime().toInstant()), "paymentReference", "SP2D/" + invoice));
        assertThat(jdbc.queryForObject("select status from premium_invoice where invoice_number = ?", String.class, invoice))
                .isEqualTo("PAID");
    }

    /** {@code n} candidates over five villages: screened, approved by Lurah, Camat and Dinsos, enrolled. */
    private void verificationRound(int n) {
        StringBuilder json = new StringBuilder("{\"regencyCode\":\"" + REGENCY + "\",\"candidates\":[");
        for (int k = 0; k < n; k++, candidateSerial++) {
            int i = candidateSerial;
            String village = VILLAGES[i % VILLAGES.length];
            LocalDate birth = LocalDate.of(1980, 1, 1).plusDays(i % 7000);
            String nik = village.substring(0, 6) + String.format("%02d%02d%02d%04d", birth.getDayOfMonth(), birth.getMonthValue(),
                    birth.getYear() % 100, 4001 + (i / 7000) * 10); // …1: registered in DTSEN
            json.append(k == 0 ? "" : ",").append("{\"nik\":\"").append(nik).append("\",\"name\":\"Pekerja Riwayat ")
                    .append(TestNames.letters(i)).append("\",\"birthDate\":\"").append(birth).append("\",\"sex\":\"M\",\"villageCode\":\"")
                    .append(village).append("\",\"category\":\"PETANI\",\"address\":\"RT 04\"}");
        }
        json.append("]}");
        HttpHeaders h = new HttpHeaders();
        h.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<JsonNode> r = as("dinsos." + REGENCY).postForEntity(url("/api/candidates"), new HttpEntity<>(json.toString(), h), JsonNode.class);
        assertThat(r.getStatusCode().value()).as(String.valueOf(r.getBody())).isEqualTo(202);
        long batch = r.getBody().get("batchId").asLong();
        String key = "VER-" + REGENCY + "-" + batch;
        for (String task : List.of("Task_VerifyVillageList", "Task_ApproveKecamatan", "Task_FinalizeRegencyList")) {
            await(Duration.ofMinutes(10), task + " of " + key, () -> {
                runDueJobs();
                return tasks.createTaskQuery().processInstanceBusinessKey(key).taskDefinitionKey(task).count() > 0;
            });
            List<Task> open;
            while (!(open = tasks.createTaskQuery().processInstanceBusinessKey(key).taskDefinitionKey(task).list()).isEmpty()) {
                open.forEach(t -> tasks.complete(t.getId(), Map.of("approved", true, "note", "")));
            }
        }
        await(Duration.ofMinutes(30), "batch " + batch + " enrolled", () -> {
            runDueJobs();
            return jdbc.queryForObject("select count(*) from candidate where batch_id = ? and status = 'ENROLLED'",
                    Integer.class, batch) == n;
        });
    }

    /**
     * The year's deaths on 10 August (about 0.5% of the active members, at least 4), filed on the 12th and taken to
     * PAID: one in four a work accident (JKK, filed by BPJS through {@code POST /api/claims}), the others reported by
     * Dinsos through {@code POST /api/death-reports}, the JKM claim opened by BPJS on the report's task. Every claim's
     * documents checked by BPJS, the payout approved by the branch head when the total is above the threshold, each
     * transfer made by the process's asynchronous step against the in-app bank simulator.
     */
    private void claims(int year) {
        LocalDate death = LocalDate.of(year, 8, 10);
        moveTo(LocalDate.of(year, 8, 12).atTime(9, 0));
        int n = Math.max(4, (int) Math.round(activeMembers() * 0.005));
        // Members the bench enrolled, covered on the day, in an order that does not follow enrollment.
        List<String> dying = jdbc.queryForList("""
                select membership_number from member where regency_code = ? and status = 'ACTIVE'
                and name like 'Pekerja Riwayat %' and coverage_start <= ? order by md5(membership_number || ?) limit ?
                """, String.class, REGENCY, death, String.valueOf(year), n);
        assertThat(dying).as("members covered on " + death).hasSize(n);
        List<String> filed = new ArrayList<>();
        Map<String, Map<String, Object>> reports = new LinkedHashMap<>();
        for (int k = 0; k < dying.size(); k++) {
            String membership = dying.get(k);
            Map<String, Object> spouse = spouse();
            if (k % 4 == 0) {
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("membershipNumber", membership);
                body.put("type", "JKK");
                body.put("eventDate", death.toString());
                body.put("deathCertificateNumber", "474.3/" + (k + 1) + "/KPS/" + year);
                body.put("declaredMonthlyIncome", REGISTERED_INCOME);
                body.put("heirs", List.of(spouse));
                ResponseEntity<JsonNode> r = as("bpjs." + REGENCY).postForEntity(url("/api/claims"), body, JsonNode.class);
                assertThat(r.getStatusCode().value()).as(String.valueOf(r.getBody())).isEqualTo(201);
                filed.add(r.getBody().get("claimNumber").asText());
            } else {
                Map<String, Object> body = new HashMap<>();
                body.put("membershipNumber", membership);
                body.put("dateOfDeath", death.toString());
                body.put("place", "Rumah duka");
                body.put("reportedBy", "Ketua RT 04");
                body.put("deathCertificateNumber", "474.3/" + (k + 1) + "/KPS/" + year);
                ResponseEntity<JsonNode> r = as("dinsos." + REGENCY).postForEntity(url("/api/death-reports"), body, JsonNode.class);
                assertThat(r.getStatusCode().value()).as(String.valueOf(r.getBody())).isEqualTo(201);
                reports.put(r.getBody().get("reportNumber").asText(), spouse);
            }
        }
        reports.forEach((report, spouse) -> {
            completeAs("bpjs." + REGENCY, awaitTask(report, DeathReportProcessKeys.TASK_OPEN_CLAIM),
                    Map.of("approved", true, "claimType", "JKM", "heirs", List.of(spouse)));
            filed.add(jdbc.queryForObject("select claim_number from citizen_death_report where report_number = ?",
                    String.class, report));
        });
        for (String claim : filed) {
            completeAs("bpjs." + REGENCY, awaitTask(claim, ClaimProcessKeys.TASK_CHECK_DOCUMENTS),
                    Map.of("approved", true, "presentDocuments", DocumentType.codes()));
            Task approval = tasks.createTaskQuery().processInstanceBusinessKey(claim)
                    .taskDefinitionKey(ClaimProcessKeys.TASK_APPROVE_CLAIM).singleResult();
            if (approval != null) {
                completeAs("kacab." + REGENCY, approval.getId(), Map.of("approved", true));
            }
        }
        await(Duration.ofMinutes(10), filed.size() + " claims of " + year + " paid", () -> {
            runDueJobs();
            return jdbc.queryForObject("select count(*) from claim where claim_number in (" + String.join(",",
                    filed.stream().map(c -> "'" + c + "'").toList()) + ") and status = 'PAID'", Integer.class) == filed.size();
        });
        claimNumbers.addAll(filed);
    }

    /** The widow of the n-th death: a valid NIK of a woman born 15-05-1985 in Kapuas, an account at BRI. */
    private Map<String, Object> spouse() {
        int i = claimSerial++;
        Map<String, Object> h = new LinkedHashMap<>();
        h.put("name", "Istri Riwayat " + TestNames.letters(i));
        h.put("nik", "6203015505850" + String.format("%03d", 1 + i % 999));
        h.put("relation", "SPOUSE");
        h.put("birthDate", "1985-05-15");
        h.put("bankName", "BRI");
        h.put("bankAccount", String.format("0012010%08d", i));
        h.put("email", "");
        return h;
    }

    // ------------------------------------------------------------------ clock, jobs, tasks

    /** Engine and application clock at this WIB time (the engine's clock stands still until the next move). */
    private void moveTo(LocalDateTime wib) {
        clock.pin(wib.toLocalDate());
        ClockUtil.setCurrentTime(Date.from(wib.atZone(Formats.WIB).toInstant()));
    }

    /**
     * Runs every process job due by the engine's clock (timers, async steps) until none is left. An async step that
     * failed is retried after a delay the standing engine clock never reaches: such steps with retries left run as if
     * due; one out of retries (an incident) fails the benchmark.
     */
    private void runDueJobs() {
        for (int round = 0; round < 10_000; round++) {
            List<Job> due = new ArrayList<>(management.createJobQuery().executable().list());
            due.addAll(management.createJobQuery().messages().withRetriesLeft()
                    .duedateHigherThan(ClockUtil.getCurrentTime()).list());
            List<Job> process = due.stream().filter(j -> j.getProcessInstanceId() != null).toList();
            assertThat(management.createJobQuery().noRetriesLeft().count()).as("failed jobs (incidents)").isZero();
            if (process.isEmpty()) {
                return;
            }
            for (Job j : process) {
                try {
                    management.executeJob(j.getId());
                } catch (RuntimeException e) {
                    // a failed attempt (its retries counted down): the next round runs it again or sees the incident
                }
            }
        }
    }

    /** The id of the open task of that kind of the instance, once the jobs before it ran. */
    private String awaitTask(String businessKey, String taskKey) {
        await(Duration.ofMinutes(1), taskKey + " of " + businessKey, () -> {
            runDueJobs();
            return tasks.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(taskKey).count() == 1;
        });
        return tasks.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(taskKey).singleResult().getId();
    }

    /** Completes the task through engine-rest as that official, as Tasklist does (lists as Json variables). */
    private void completeAs(String user, String taskId, Map<String, Object> variables) {
        Map<String, Object> vars = new HashMap<>();
        variables.forEach((k, v) -> {
            try {
                vars.put(k, v instanceof List<?> ? Map.of("type", "Json", "value", JSON.writeValueAsString(v))
                        : Map.of("value", v));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        });
        ResponseEntity<String> r = as(user).postForEntity(url("/engine-rest/task/" + taskId + "/complete"),
                Map.of("variables", vars), String.class);
        assertThat(r.getStatusCode().value()).as(r.getBody()).isEqualTo(204);
    }

    /** Completes the single open task of that kind as an official of the role in Kapuas. */
    private void complete(String role, String businessKey, String taskKey, Map<String, Object> vars) {
        await(Duration.ofMinutes(1), taskKey + " of " + businessKey, () -> {
            runDueJobs();
            return tasks.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(taskKey).count() == 1;
        });
        Task t = tasks.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(taskKey).singleResult();
        identity.setAuthentication(role + "." + REGENCY, List.of(role + "-" + REGENCY), List.of(REGENCY));
        try {
            tasks.complete(t.getId(), vars);
        } finally {
            identity.clearAuthentication();
        }
    }

    // ------------------------------------------------------------------ cleanup and figures

    /**
     * Runs the history cleanup job the engine scheduled for the batch window until no history row whose removal time
     * has passed is left; answers how many such rows are left (0 when done).
     */
    private long cleanUp() {
        List<Job> scheduled = history.findHistoryCleanupJobs();
        assertThat(scheduled).as("history cleanup job scheduled by the batch window").isNotEmpty();
        for (int round = 0; round < 1000 && removable() > 0; round++) {
            for (Job j : history.findHistoryCleanupJobs()) {
                try {
                    management.executeJob(j.getId());
                } catch (RuntimeException e) {
                    // an attempt that failed: the next round runs the job again (at most 1,000 rounds)
                }
            }
        }
        return removable();
    }

    private long removable() {
        return removableAt(ClockUtil.getCurrentTime());
    }

    /** History rows whose removal time is at or before {@code now}. */
    private long removableAt(Date now) {
        long sum = 0;
        for (String table : HISTORY) {
            sum += jdbc.queryForObject("select count(*) from " + table + " where removal_time_ <= ?", Long.class, now);
        }
        return sum;
    }

    private long historyRows() {
        return HISTORY.stream().mapToLong(this::count).sum();
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    private double historyMb() {
        return mb("select coalesce(sum(pg_total_relation_size(c.oid)), 0) from pg_class c "
                + "where c.relkind = 'r' and c.relname like 'act\\_hi\\_%'");
    }

    private double mb(String sql) {
        return jdbc.queryForObject(sql, Long.class) / (1024.0 * 1024.0);
    }

    private int activeMembers() {
        return jdbc.queryForObject("select count(*) from member where regency_code = ? and status = 'ACTIVE'", Integer.class, REGENCY);
    }

    private String pksStatus(int year) {
        return jdbc.queryForObject("select status from pks_agreement where pks_number = ?", String.class, "PKS-" + REGENCY + "-" + year);
    }

    private String instancesPerKey() {
        Map<String, Long> per = new LinkedHashMap<>();
        jdbc.query("select proc_def_key_, count(*) from act_hi_procinst group by proc_def_key_ order by 1",
                rs -> {
                    per.put(rs.getString(1), rs.getLong(2));
                });
        return per.toString().replace(" ", "");
    }

    /**
     * The claim processes' history: instances of claim-payout and death-report, how many have a removal time (every
     * ended one: end + P3650D) and the earliest, i.e. the cleanup will remove them like the others' history.
     */
    private String claimHistory() {
        Map<String, Object> r = jdbc.queryForMap("""
                select count(*) as instances, count(end_time_) as ended, count(removal_time_) as with_removal_time,
                       min(removal_time_) as earliest_removal
                from act_hi_procinst where proc_def_key_ in ('claim-payout', 'death-report')
                """);
        Object earliest = r.get("earliest_removal");
        return String.format(java.util.Locale.ROOT, "claims=%d instances=%s ended=%s with_removal_time=%s earliest_removal=%s",
                claimNumbers.size(), r.get("instances"), r.get("ended"), r.get("with_removal_time"),
                earliest == null ? "-" : earliest.toString().substring(0, 10));
    }

    /** Tasklist's own call after five years: the Dinsos "Tugas Kelompok" list, first page (median of 5). */
    private double tasklistQueryMs() {
        String filterId = filters.createFilterQuery().filterName("Tugas Kelompok").singleResult().getId();
        HttpHeaders h = new HttpHeaders();
        h.setContentType(MediaType.APPLICATION_JSON);
        return medianMs(() -> assertThat(as("dinsos." + REGENCY).postForEntity(url("/engine-rest/filter/" + filterId
                + "/list?firstResult=0&maxResults=15"), new HttpEntity<>("{}", h), String.class).getStatusCode().value()).isEqualTo(200));
    }

    /** The supervisors' coverage and backlog report of the regency (median of 5). */
    private double reportQueryMs() {
        return medianMs(() -> assertThat(as("supervisor." + REGENCY).getForEntity(
                url("/api/reports/coverage-backlog?regencyCode=" + REGENCY), String.class).getStatusCode().value()).isEqualTo(200));
    }

    private static double medianMs(Runnable call) {
        call.run(); // warm-up
        List<Long> t = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            long s = System.nanoTime();
            call.run();
            t.add(System.nanoTime() - s);
        }
        return BenchOutput.percentileMs(t, 50);
    }
}
