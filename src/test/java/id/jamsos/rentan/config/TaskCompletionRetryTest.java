package id.jamsos.rentan.config;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskFormVariablesCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link TaskCompletionRetry}: a completion that lost a race runs again, up to five attempts; nothing else does. */
class TaskCompletionRetryTest {

    /** The rest of the chain: fails with a lost race the first {@code failures} times. */
    static final class Racing extends CommandInterceptor {
        final AtomicInteger calls = new AtomicInteger();
        final int failures;

        Racing(int failures) {
            this.failures = failures;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T execute(Command<T> command) {
            if (calls.incrementAndGet() <= failures) {
                throw new OptimisticLockingException("ENGINE-03005 Execution of 'UPDATE ExecutionEntity' failed");
            }
            return (T) "done";
        }
    }

    static TaskCompletionRetry over(Racing racing) {
        TaskCompletionRetry retry = new TaskCompletionRetry();
        retry.setNext(racing);
        return retry;
    }

    @Test
    void completionThatLostARaceRunsAgainUntilItCommits() {
        Racing racing = new Racing(3);
        Object result = over(racing).execute(new CompleteTaskCmd("t1", Map.of("approved", true)));
        assertThat(result).isEqualTo("done");
        assertThat(racing.calls.get()).isEqualTo(4);
    }

    @Test
    void afterFiveAttemptsTheRaceIsReportedAsBefore() {
        Racing racing = new Racing(10);
        assertThatThrownBy(() -> over(racing).execute(new CompleteTaskCmd("t1", Map.of())))
                .isInstanceOf(OptimisticLockingException.class);
        assertThat(racing.calls.get()).isEqualTo(TaskCompletionRetry.ATTEMPTS);
    }

    @Test
    void otherCommandsAreNeverRepeated() {
        Racing racing = new Racing(1);
        assertThatThrownBy(() -> over(racing).execute(new GetTaskFormVariablesCmd("t1", null, true)))
                .isInstanceOf(OptimisticLockingException.class);
        assertThat(racing.calls.get()).isEqualTo(1);
    }
}
