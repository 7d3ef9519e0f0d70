package id.jamsos.rentan.config;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.rest.util.EngineUtil;
import org.camunda.bpm.engine.task.Task;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * engine-rest answers for races and probes that Camunda answers with 500 (issue 12):
 * <ul>
 *   <li>Two officials complete the same task at once: the loser gets an {@link OptimisticLockingException} or, when
 *       the winner has already committed, "Cannot find task with id". Both are 409 problem+json ("sudah diselesaikan
 *       petugas lain") when the task existed in one of the caller's tenants; a task id the caller never could see
 *       stays 404, so the answer tells nothing about other regencies.</li>
 *   <li>Writes to a task the caller cannot see (another regency, another role) answer exactly like an unknown id, 404
 *       ({@link TaskVisibilityGuard}); a task of a running process cannot be deleted by anyone (409).</li>
 * </ul>
 */
final class EngineRestRaces {
    private static final MediaType PROBLEM_JSON = MediaType.valueOf("application/problem+json");
    private static final Pattern NO_TASK = Pattern.compile("Cannot find task with id ([A-Za-z0-9._-]+)");
    /** Unique violation, serialization failure, deadlock, or a statement after one of them: a concurrent request won. */
    private static final java.util.Set<String> RACE_STATES = java.util.Set.of("23505", "40001", "40P01", "25P02");
    /**
     * {@code task/{id}} or {@code task/{id}/<sub-resource...>}, relative to the REST application: {@code /engine-rest}
     * itself, or the webapps' {@code /camunda/api/engine}, whose resources sit below {@code engine/<engine name>/}.
     */
    private static final Pattern TASK_WRITE_PATH = Pattern.compile("^/?(?:engine/[^/]+/)?task/([^/]+)(/.+)?/?$");

    private EngineRestRaces() {
    }

    /** Variable values engine-rest cannot read: bad input, not a server fault. */
    private static final List<String> BAD_VARIABLE = List.of("ENGINE-17007", "Java serialization format is prohibited",
            "Cannot deserialize object in variable", "SPIN/JACKSON-JSON-", "Unable to parse input into json");
    private static final Pattern VARIABLE_NAME = Pattern.compile("variable(?: with name)? '?([A-Za-z0-9_]+)'?");

    /**
     * 409 for a lost completion race, 404 for a missing task, 400 for a variable value that cannot be read (broken
     * Json, Java-serialized objects); null when the failure is something else.
     */
    static Response answer(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (BAD_VARIABLE.stream().anyMatch(message::contains) || t.getClass().getName().startsWith("org.camunda.spin.")) {
                Matcher v = VARIABLE_NAME.matcher(message);
                String name = v.find() ? v.group(1) : "variables";
                return problem(400, "Permintaan ditolak", name + ": nilai variabel tidak dapat dibaca (Json rusak, tipe "
                        + "tidak dikenal, atau objek Java terserialisasi yang tidak diizinkan)");
            }
            if (t instanceof OptimisticLockingException || t instanceof org.springframework.dao.DuplicateKeyException
                    || t instanceof org.springframework.dao.ConcurrencyFailureException
                    || (t instanceof java.sql.SQLException sql && RACE_STATES.contains(String.valueOf(sql.getSQLState())))) {
                return problem(409, "Konflik", "Tugas ini baru saja diselesaikan atau diubah oleh petugas lain; "
                        + "muat ulang daftar tugas");
            }
            Matcher m = NO_TASK.matcher(String.valueOf(t.getMessage()));
            if (m.find() && t.getCause() == null) {
                return completedByAnother(m.group(1))
                        ? problem(409, "Konflik", "Tugas " + m.group(1) + " sudah diselesaikan oleh petugas lain")
                        : problem(404, "Tidak ditemukan", "Tugas " + m.group(1) + " tidak ditemukan");
            }
        }
        return null;
    }

    /** The task existed, has ended and belonged to one of the caller's tenants (checked without the caller's grants). */
    private static boolean completedByAnother(String taskId) {
        ProcessEngine engine = EngineUtil.lookupProcessEngine(null);
        IdentityService identity = engine.getIdentityService();
        Authentication auth = identity.getCurrentAuthentication();
        if (auth == null) {
            return false;
        }
        HistoricTaskInstance h;
        identity.clearAuthentication();
        try {
            h = engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(taskId).singleResult();
        } finally {
            identity.setAuthentication(auth);
        }
        // Members of the engine's admin groups (camunda-admin) are not subject to the tenant check.
        List<String> adminGroups = ((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl)
                engine.getProcessEngineConfiguration()).getAdminGroups();
        boolean admin = auth.getGroupIds() != null && adminGroups != null
                && auth.getGroupIds().stream().anyMatch(adminGroups::contains);
        return h != null && h.getEndTime() != null && (admin || h.getTenantId() == null
                || (auth.getTenantIds() != null && auth.getTenantIds().contains(h.getTenantId())));
    }

    static Response problem(int status, String title, String detail) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        return Response.status(status).type(PROBLEM_JSON).entity(body).build();
    }

    /**
     * A JSON body of {@code null} (or none) reaches Camunda's resources as a null DTO, and they answer with a
     * NullPointerException (500). That one kind is bad input, 400; every other NullPointerException stays a 500.
     */
    @Provider
    public static class MissingBodyMapper implements jakarta.ws.rs.ext.ExceptionMapper<NullPointerException> {
        private final org.camunda.bpm.engine.rest.exception.ExceptionHandler camunda =
                new org.camunda.bpm.engine.rest.exception.ExceptionHandler();

        @Override
        public Response toResponse(NullPointerException e) {
            String m = String.valueOf(e.getMessage());
            if (m.contains("org.camunda.bpm.engine.rest.dto.") && m.endsWith(" is null")) {
                return problem(400, "Permintaan ditolak", "Isi permintaan wajib berupa objek JSON (bukan kosong atau null)");
            }
            return camunda.toResponse(e);
        }
    }

    /**
     * Writes to one task ({@code POST /task/{id}/complete}, {@code /submit-form}, {@code /claim}, {@code /variables},
     * {@code PUT /task/{id}}, {@code DELETE /task/{id}}, …): a task the caller cannot see (another regency, another
     * role or village) answers exactly like an unknown id, 404, so no answer tells a task of another regency exists;
     * one the caller could see that another official has just completed answers 409. A task of a running process
     * cannot be deleted by anyone (409). Reads are left to the engine's own query, which already answers 404.
     */
    @Provider
    public static class TaskVisibilityGuard implements ContainerRequestFilter {
        /** Words engine-rest uses at the place of a task id: collection resources, not tasks. */
        private static final java.util.Set<String> NOT_IDS = java.util.Set.of("create", "count", "report");

        @Override
        public void filter(ContainerRequestContext request) {
            String method = request.getMethod();
            if ("GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method)) {
                return;
            }
            Matcher m = TASK_WRITE_PATH.matcher(request.getUriInfo().getPath());
            if (!m.matches() || NOT_IDS.contains(m.group(1)) || (m.group(2) == null && "POST".equals(method))) {
                return;
            }
            String taskId = m.group(1);
            Task task = EngineUtil.lookupProcessEngine(null).getTaskService().createTaskQuery().taskId(taskId).singleResult();
            if (task == null) {
                request.abortWith(completedByAnother(taskId)
                        ? problem(409, "Konflik", "Tugas " + taskId + " sudah diselesaikan oleh petugas lain")
                        : problem(404, "Tidak ditemukan", "Tugas " + taskId + " tidak ditemukan"));
            } else if ("DELETE".equals(method) && m.group(2) == null
                    && (task.getProcessInstanceId() != null || task.getCaseInstanceId() != null)) {
                request.abortWith(problem(409, "Konflik", "Tugas " + taskId
                        + " bagian dari proses yang berjalan dan tidak dapat dihapus; selesaikan tugasnya"));
            }
        }
    }
}
