package id.jamsos.rentan.config;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

import java.lang.reflect.Field;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Completions of tasks of one process instance take turns (issue 18). The village tasks of a kecamatan are instances
 * of one parallel multi-instance and every completion updates the multi-instance execution they share; two Lurah
 * submitting at once made one of them fail with an {@code OptimisticLockingException}, shown in Tasklist as "diubah
 * oleh petugas lain" although no one else touched that task (181 of 386 submissions at 50 concurrent sessions).
 *
 * <p>Inside the command's transaction and before the engine reads anything, a {@link CompleteTaskCmd} or
 * {@link SubmitTaskFormCmd} locks the row of the task's process instance ({@code select ... for update} on
 * {@code ACT_RU_EXECUTION}, PostgreSQL and H2) until it commits: a sibling's completion waits for it and then reads
 * the committed state instead of failing. Completions of different process instances do not wait for each other;
 * a standalone task (no process instance) or an unknown task id takes no lock and fails as before.
 * Placed after the transaction interceptor ({@code EngineConfig}); {@link TaskCompletionRetry} is the safety net.
 */
public class TaskCompletionLock extends CommandInterceptor {
    static final String LOCK_SQL = "select e.ID_ from ACT_RU_EXECUTION e where e.ID_ = "
            + "(select t.PROC_INST_ID_ from ACT_RU_TASK t where t.ID_ = ?) for update";

    @Override
    public <T> T execute(Command<T> command) {
        String taskId = taskId(command);
        CommandContext context = Context.getCommandContext();
        if (taskId != null && context != null) {
            lock(context, taskId);
        }
        return next.execute(command);
    }

    /**
     * The private {@code taskId} fields of Camunda 7.24's completion commands, resolved once when the class loads. A
     * Camunda version without them fails the start here (ExceptionInInitializerError naming the field) instead of
     * silently running without the lock.
     */
    private static final Field COMPLETE_TASK_ID = taskIdField(CompleteTaskCmd.class);
    private static final Field SUBMIT_TASK_ID = taskIdField(SubmitTaskFormCmd.class);

    private static Field taskIdField(Class<?> command) {
        try {
            Field f = command.getDeclaredField("taskId");
            f.setAccessible(true);
            return f;
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(command.getName() + " has no field taskId: TaskCompletionLock must be "
                    + "adapted to this Camunda version", e);
        }
    }

    /** The task id of a completion command, or null for every other command (and for a completion without an id). */
    static String taskId(Command<?> command) {
        Field f = command instanceof CompleteTaskCmd ? COMPLETE_TASK_ID
                : command instanceof SubmitTaskFormCmd ? SUBMIT_TASK_ID : null;
        if (f == null) {
            return null;
        }
        try {
            Object id = f.get(command);
            return id == null ? null : id.toString();
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("taskId of " + command.getClass().getName() + " not readable", e);
        }
    }

    private static void lock(CommandContext context, String taskId) {
        Connection c = context.getDbSqlSession().getSqlSession().getConnection();
        try (PreparedStatement ps = c.prepareStatement(LOCK_SQL)) {
            ps.setString(1, taskId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rs.getString(1);
                }
            }
        } catch (SQLException e) {
            throw new ProcessEngineException("could not lock the process instance of task " + taskId, e);
        }
    }
}
