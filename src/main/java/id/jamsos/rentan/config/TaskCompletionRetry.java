package id.jamsos.rentan.config;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Completing a user task again when its transaction lost a race (issue 18): two tasks of one instance that are open
 * at once and meet at a join (the two signatures of a PKS at {@code Gateway_SignJoin}) both update the execution they
 * share, and the one committing second failed with an {@link OptimisticLockingException}, shown in Tasklist as
 * "diubah oleh petugas lain" although no one else had touched that task. The many siblings of a parallel
 * multi-instance (the village tasks of a kecamatan) no longer meet at completion at all: they continue
 * asynchronously after the task ({@code camunda:asyncAfter}, checked by BpmnConventionsTest) and keep their decision
 * on their own execution. The whole command rolled back, so running it again is what the official would do by
 * pressing "Selesaikan" again.
 *
 * <p>Takes only {@link CompleteTaskCmd} and {@link SubmitTaskFormCmd} (Tasklist's and engine-rest's completion),
 * only when it is the outermost command and no Spring transaction is open (a caller's transaction is rolled back by
 * the failure and cannot be repeated here). At most {@value #ATTEMPTS} attempts with a short random pause
 * (5–30 ms times the attempt); the last failure is thrown as before (409 problem+json). A task another official did
 * complete is gone on the next attempt, and that answer ("sudah diselesaikan oleh petugas lain") stays.
 * Placed before the transaction interceptor ({@code EngineConfig}), like Camunda's own CockroachDB retry.
 */
public class TaskCompletionRetry extends CommandInterceptor {
    private static final Logger log = LoggerFactory.getLogger(TaskCompletionRetry.class);
    /** Attempts of one completion, the first included. */
    public static final int ATTEMPTS = 5;

    @Override
    public <T> T execute(Command<T> command) {
        if (!(command instanceof CompleteTaskCmd || command instanceof SubmitTaskFormCmd)
                || Context.getCommandContext() != null
                || TransactionSynchronizationManager.isActualTransactionActive()) {
            return next.execute(command);
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return next.execute(command);
            } catch (OptimisticLockingException e) {
                if (attempt >= ATTEMPTS) {
                    throw e;
                }
                log.debug("Task completion lost a race (attempt {}), repeating: {}", attempt, e.getMessage());
                pause(attempt);
            }
        }
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(5, 31) * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OptimisticLockingException("interrupted while repeating a task completion");
        }
    }
}
