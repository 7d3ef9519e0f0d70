package id.jamsos.rentan.report;

import id.jamsos.rentan.budget.CoverageService;
import id.jamsos.rentan.common.Formats;
import id.jamsos.rentan.identity.Role;
import id.jamsos.rentan.region.Region;
import id.jamsos.rentan.region.RegionRepository;
import id.jamsos.rentan.verification.CandidateRepository;
import id.jamsos.rentan.verification.CandidateStatus;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLogQuery;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstanceQuery;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

import static id.jamsos.rentan.verification.CandidateStatus.AWAITING_FINAL;
import static id.jamsos.rentan.verification.CandidateStatus.AWAITING_KECAMATAN;
import static id.jamsos.rentan.verification.CandidateStatus.AWAITING_VILLAGE;
import static id.jamsos.rentan.verification.VerificationProcessKeys.KECAMATAN_PROCESS_KEY;
import static id.jamsos.rentan.verification.VerificationProcessKeys.PROCESS_KEY;
import static id.jamsos.rentan.verification.VerificationProcessKeys.TASK_APPROVE_KECAMATAN;
import static id.jamsos.rentan.verification.VerificationProcessKeys.TASK_FINALIZE;
import static id.jamsos.rentan.verification.VerificationProcessKeys.TASK_VERIFY_VILLAGE;

/**
 * The supervisors' coverage and backlog report per kecamatan. Coverage comes from {@link CoverageService} (the
 * same figures as {@code GET /api/coverage/{regencyCode}}), waiting candidates from our candidate table, open
 * verification tasks from Camunda's runtime and completed ones from Camunda's history. Every engine query is
 * restricted with {@code tenantIdIn(regencyCode)}: each regency is a tenant.
 *
 * <p>Bounded work: the runtime is asked only for counts, four per kecamatan plus two; history is read in pages,
 * only the tasks completed in the window and the candidate-group records created since the oldest of them.
 */
@Service
public class CoverageBacklogService {
    static final int PAGE = 1000;
    private static final List<CandidateStatus> WAITING = List.of(AWAITING_VILLAGE, AWAITING_KECAMATAN, AWAITING_FINAL);
    /** Operation type of a historic identity link that was added (HistoryEventTypes.IDENTITY_LINK_ADD). */
    private static final String LINK_ADDED = "add";
    /**
     * The verification tasks' processes: the batch's own (Dinsos; village and Camat tasks of instances started before
     * issue 18) and the one it calls per kecamatan (village and Camat tasks).
     */
    private static final String[] VERIFICATION_KEYS = {PROCESS_KEY, KECAMATAN_PROCESS_KEY};

    private final CoverageService coverage;
    private final CandidateRepository candidates;
    private final RegionRepository regions;
    private final TaskService tasks;
    private final HistoryService history;

    public CoverageBacklogService(CoverageService coverage, CandidateRepository candidates, RegionRepository regions,
                                  TaskService tasks, HistoryService history) {
        this.coverage = coverage;
        this.candidates = candidates;
        this.regions = regions;
        this.tasks = tasks;
        this.history = history;
    }

    public CoverageBacklogReport report(String regencyCode, int historyDays) {
        // Engine time, so "overdue" agrees with the engine's own due-date filters.
        Instant now = ClockUtil.now().toInstant();
        Instant from = now.minus(Duration.ofDays(historyDays));
        CoverageService.Coverage cov = coverage.of(regencyCode, LocalDate.ofInstant(now, Formats.WIB).getYear());
        Map<String, Map<CandidateStatus, Long>> waiting = candidates.countByKecamatan(regencyCode, WAITING);

        Map<String, TaskTally> byKecamatan = new LinkedHashMap<>();
        cov.byKecamatan().forEach(k -> byKecamatan.put(k.kecamatanCode(), new TaskTally()));
        TaskTally regencyLevel = new TaskTally();
        countOpen(regencyCode, Date.from(now), byKecamatan, regencyLevel);
        countCompleted(regencyCode, Date.from(from), byKecamatan, regencyLevel);

        List<CoverageBacklogReport.Line> rows = new ArrayList<>();
        TaskTally allTasks = new TaskTally();
        long[] awaiting = new long[3];
        for (CoverageService.KecamatanCoverage k : cov.byKecamatan()) {
            Map<CandidateStatus, Long> w = waiting.getOrDefault(k.kecamatanCode(), Map.of());
            long village = w.getOrDefault(AWAITING_VILLAGE, 0L);
            long kecamatan = w.getOrDefault(AWAITING_KECAMATAN, 0L);
            long fin = w.getOrDefault(AWAITING_FINAL, 0L);
            awaiting[0] += village;
            awaiting[1] += kecamatan;
            awaiting[2] += fin;
            TaskTally t = byKecamatan.get(k.kecamatanCode());
            allTasks.add(t);
            rows.add(line(k.kecamatanCode(), k.name(), k.population(), k.members(), k.coveragePercent(), village,
                    kecamatan, fin, t));
        }
        allTasks.add(regencyLevel);
        CoverageBacklogReport.Line regencyTasks = line(null, null, null, null, null, null, null, null, regencyLevel);
        // Coverage totals are the regency's indicator (its own population figure), as in /api/coverage.
        CoverageBacklogReport.Line totals = line(null, null, cov.population(), cov.members(), cov.coveragePercent(),
                awaiting[0], awaiting[1], awaiting[2], allTasks);
        String regencyName = regions.find(regencyCode).map(Region::name).orElse(regencyCode);
        return new CoverageBacklogReport(regencyCode, regencyName, OffsetDateTime.ofInstant(now, Formats.WIB),
                historyDays, OffsetDateTime.ofInstant(from, Formats.WIB), rows, regencyTasks, totals);
    }

    private static CoverageBacklogReport.Line line(String code, String name, Integer population, Long members,
                                                   BigDecimal percent, Long village, Long kecamatan,
                                                   Long fin, TaskTally t) {
        return new CoverageBacklogReport.Line(code, name, population, members, percent, village, kecamatan, fin,
                t.open, t.overdue, t.completed, t.averageDays(), t.late);
    }

    /**
     * Open tasks per kecamatan by their candidate group (village tasks {@code lurah-<10-digit village>}, whose code
     * starts with the kecamatan code; kecamatan tasks {@code camat-<kecamatan>}), assigned or not; the Dinsos
     * finalisation task belongs to the regency line.
     */
    private void countOpen(String regencyCode, Date now, Map<String, TaskTally> byKecamatan, TaskTally regencyLevel) {
        byKecamatan.forEach((kecamatan, tally) -> {
            addOpen(tally, openTasks(regencyCode, TASK_VERIFY_VILLAGE)
                    .taskCandidateGroupLike(Role.LURAH.groupId(kecamatan) + "%").includeAssignedTasks(), now);
            addOpen(tally, openTasks(regencyCode, TASK_APPROVE_KECAMATAN)
                    .taskCandidateGroup(Role.CAMAT.groupId(kecamatan)).includeAssignedTasks(), now);
        });
        addOpen(regencyLevel, openTasks(regencyCode, TASK_FINALIZE), now);
    }

    private TaskQuery openTasks(String regencyCode, String taskKey) {
        return tasks.createTaskQuery().processDefinitionKeyIn(VERIFICATION_KEYS).tenantIdIn(regencyCode)
                .taskDefinitionKey(taskKey);
    }

    private static void addOpen(TaskTally tally, TaskQuery query, Date now) {
        tally.open += query.count();
        tally.overdue += query.dueBefore(now).count();
    }

    /** A verification task completed in the window, reduced to what the report needs. */
    record Done(String taskId, String taskKey, Date start, Date end, Date due, long durationMillis) {
    }

    private void countCompleted(String regencyCode, Date from, Map<String, TaskTally> byKecamatan, TaskTally regencyLevel) {
        // "completed" leaves out tasks that ended because their instance was cancelled or migrated away.
        // The three task keys belong to the verification processes only (both keys, every version).
        List<Done> done = pages(() -> history.createHistoricTaskInstanceQuery()
                        .taskDefinitionKeyIn(TASK_VERIFY_VILLAGE, TASK_APPROVE_KECAMATAN, TASK_FINALIZE)
                        .tenantIdIn(regencyCode).finished().finishedAfter(from)
                        .taskDeleteReason(TaskEntity.DELETE_REASON_COMPLETED)
                        .orderByHistoricTaskInstanceEndTime().asc().orderByTaskId().asc(),
                (HistoricTaskInstanceQuery q, Integer first) -> q.listPage(first, PAGE),
                t -> new Done(t.getId(), t.getTaskDefinitionKey(), t.getStartTime(), t.getEndTime(), t.getDueDate(),
                        t.getDurationInMillis() == null ? 0 : t.getDurationInMillis()));
        if (done.isEmpty()) {
            return;
        }
        Date oldestStart = done.stream().map(Done::start).min(Date::compareTo).orElseThrow();
        Map<String, String> kecamatanOfTask = kecamatanOfTasks(regencyCode, oldestStart, done);
        for (Done d : done) {
            String kecamatan = kecamatanOfTask.get(d.taskId());
            TaskTally tally = kecamatan == null ? null : byKecamatan.get(kecamatan);
            // The Dinsos task, and a task of a kecamatan missing from the region list, count at regency level.
            (tally == null ? regencyLevel : tally).completed(d.durationMillis(), d.due(), d.end());
        }
    }

    /**
     * The kecamatan each finished task worked for, from the historic identity link log: the engine records every
     * candidate group given to a task (here {@code lurah-<village>} or {@code camat-<kecamatan>}, from the BPMN)
     * with the task id, tenant and time, and keeps it as long as the task's own history. Variables serve less well:
     * {@code villageCode} and {@code kecamatanCode} are local to the multi-instance executions (a historic task would
     * have to be walked up its execution tree to find them), and the task listener stores only a display label
     * ({@code regionName}) on the task. The group is exactly whom the task was routed to, so the report attributes a
     * task as Tasklist and Cockpit's "per group" view do. Needs history level full (the engine's default here).
     *
     * <p>A candidate group is logged when its task is created, so links created since the oldest completed task
     * started cover all of them; read in pages, kept only for the tasks in hand.
     */
    private Map<String, String> kecamatanOfTasks(String regencyCode, Date oldestStart, List<Done> done) {
        Map<String, String> keyOfTask = new HashMap<>();
        done.forEach(d -> keyOfTask.put(d.taskId(), d.taskKey()));
        Date since = new Date(oldestStart.getTime() - Duration.ofMinutes(1).toMillis());
        List<HistoricIdentityLinkLog> links = new ArrayList<>();
        for (String processKey : VERIFICATION_KEYS) {
            links.addAll(pages(() -> history.createHistoricIdentityLinkLogQuery()
                            .processDefinitionKey(processKey).tenantIdIn(regencyCode).type(IdentityLinkType.CANDIDATE)
                            .operationType(LINK_ADDED).dateAfter(since)
                            .orderByTime().asc().orderByTaskId().asc().orderByGroupId().asc(),
                    (HistoricIdentityLinkLogQuery q, Integer first) -> q.listPage(first, PAGE),
                    l -> keyOfTask.containsKey(l.getTaskId()) ? l : null));
        }
        Map<String, String> out = new HashMap<>();
        for (HistoricIdentityLinkLog l : links) {
            String kecamatan = kecamatanOf(keyOfTask.get(l.getTaskId()), l.getGroupId());
            if (kecamatan != null) {
                out.putIfAbsent(l.getTaskId(), kecamatan);
            }
        }
        return out;
    }

    /** The kecamatan of a verification task given one of its candidate groups; null for any other group. */
    static String kecamatanOf(String taskKey, String groupId) {
        Role.Grant g = groupId == null ? null : Role.parseGroup(groupId);
        if (g == null) {
            return null;
        }
        if (TASK_VERIFY_VILLAGE.equals(taskKey) && g.role() == Role.LURAH) {
            return g.regionCode().substring(0, 6);
        }
        if (TASK_APPROVE_KECAMATAN.equals(taskKey) && g.role() == Role.CAMAT) {
            return g.regionCode();
        }
        return null;
    }

    /** Reads a query page by page (a fresh query per page), mapping each element; null results are dropped. */
    private static <Q, E, R> List<R> pages(Supplier<Q> query, BiFunction<Q, Integer, List<E>> page,
                                           Function<E, R> map) {
        List<R> out = new ArrayList<>();
        for (int first = 0; ; first += PAGE) {
            List<E> part = page.apply(query.get(), first);
            for (E e : part) {
                R r = map.apply(e);
                if (r != null) {
                    out.add(r);
                }
            }
            if (part.size() < PAGE) {
                return out;
            }
        }
    }
}
