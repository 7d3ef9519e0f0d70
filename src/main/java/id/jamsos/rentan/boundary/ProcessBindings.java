package id.jamsos.rentan.boundary;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The only repository of {@code process_binding}: which process instance serves which record. Our code binds an
 * instance once, at its start; nobody changes a binding afterwards. Delegates and listeners read the record they
 * work on here ({@link #recordId(DelegateExecution)}), not from process variables a caller might have written.
 */
@Repository
public class ProcessBindings {
    private final JdbcTemplate jdbc;

    public ProcessBindings(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Binds an instance to its record. Refused (IllegalStateException, the start rolls back) when another running
     * instance already serves the same record, or when the instance is already bound to a different record.
     */
    public void bind(String processInstanceId, String processKey, String kind, String recordId, String regencyCode) {
        bind(processInstanceId, processKey, kind, recordId, regencyCode, true);
    }

    /** As above; a non-exclusive binding lets several running instances serve the record (never found by {@link #active}). */
    public void bind(String processInstanceId, String processKey, String kind, String recordId, String regencyCode,
                     boolean exclusive) {
        Optional<ProcessBinding> existing = find(processInstanceId);
        if (existing.isPresent()) {
            if (!existing.get().recordId().equals(recordId) || !existing.get().recordKind().equals(kind)) {
                throw new IllegalStateException("Instance " + processInstanceId + " sudah terikat pada "
                        + existing.get().recordKind() + " " + existing.get().recordId());
            }
            return;
        }
        try {
            jdbc.update("insert into process_binding (process_instance_id, process_key, record_kind, record_id, regency_code,"
                            + " active_record_id, bound_at) values (?, ?, ?, ?, ?, ?, ?)",
                    processInstanceId, processKey, kind, recordId, regencyCode,
                    exclusive ? recordId : recordId + "#" + processInstanceId, Timestamp.from(Instant.now()));
        } catch (DuplicateKeyException e) {
            throw new IllegalStateException(kind + " " + recordId + " sudah dilayani oleh instance proses lain yang berjalan", e);
        }
    }

    /** Marks the instance's binding ended, so the record may be served again (e.g. a renewed evaluation). */
    public void end(String processInstanceId) {
        jdbc.update("update process_binding set active_record_id = null, ended_at = ? where process_instance_id = ?"
                + " and ended_at is null", Timestamp.from(Instant.now()), processInstanceId);
    }

    public Optional<ProcessBinding> find(String processInstanceId) {
        List<ProcessBinding> rows = jdbc.query("select process_instance_id, process_key, record_kind, record_id, regency_code"
                        + " from process_binding where process_instance_id = ?",
                (rs, i) -> new ProcessBinding(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5)), processInstanceId);
        return rows.stream().findFirst();
    }

    /** The running instance serving a record, if any. */
    public Optional<ProcessBinding> active(String kind, String recordId) {
        List<ProcessBinding> rows = jdbc.query("select process_instance_id, process_key, record_kind, record_id, regency_code"
                        + " from process_binding where record_kind = ? and active_record_id = ?",
                (rs, i) -> new ProcessBinding(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5)), kind, recordId);
        return rows.stream().findFirst();
    }

    /**
     * The record id the execution's instance serves. An instance started before bindings existed has none: its
     * variable (set by our code then, and no caller can change it since the boundary guard) is read instead.
     *
     * @param fallbackVariable the variable that held the id before, e.g. {@code claimNumber}
     * @throws IllegalStateException when neither exists (an incident, never a silent default)
     */
    public String recordId(DelegateExecution execution, String fallbackVariable) {
        return recordId(execution.getProcessInstanceId(), execution, fallbackVariable);
    }

    /** As {@link #recordId(DelegateExecution, String)}, for a task listener. */
    public String recordId(DelegateTask task, String fallbackVariable) {
        return recordId(task.getProcessInstanceId(), task, fallbackVariable);
    }

    private String recordId(String processInstanceId, VariableScope scope, String fallbackVariable) {
        Optional<ProcessBinding> b = find(processInstanceId);
        if (b.isPresent()) {
            return b.get().recordId();
        }
        Object legacy = scope.getVariable(fallbackVariable);
        if (legacy == null) {
            throw new IllegalStateException("Instance " + processInstanceId + " tidak terikat pada data apa pun");
        }
        return legacy.toString();
    }
}
