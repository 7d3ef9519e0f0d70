package id.jamsos.rentan.process;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;

/**
 * Owner of the {@code workflow_decision} table: who decided what on which step of an approval path (budget
 * evaluation, PKS review and signing), kept as data next to Camunda's history because history is cleaned up after
 * its {@code historyTimeToLive} while these records are the regency's audit trail.
 */
@Repository
public class WorkflowDecisionLog {
    private final JdbcTemplate jdbc;

    public WorkflowDecisionLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Appends one decision, stamped now.
     *
     * @param subjectKey the record decided on: a PKS number ({@code PKS-6203-2027}) or an evaluation key ({@code 6203-2027})
     * @param step       the step's name, e.g. {@code DRAFT}, {@code Task_ReviewLegal}, {@code HEAD}
     * @param userId     the official, or null for a system step
     * @param note       the reason given (required by the callers when not approved), or null
     */
    public void record(String subjectKey, String step, String userId, boolean approved, String note) {
        jdbc.update("insert into workflow_decision (subject_key, step, user_id, approved, note, decided_at) "
                + "values (?,?,?,?,?,?)", subjectKey, step, userId, approved, note, Timestamp.from(Instant.now()));
    }
}
