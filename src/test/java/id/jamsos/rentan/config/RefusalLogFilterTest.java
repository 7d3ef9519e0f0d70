package id.jamsos.rentan.config;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.spi.FilterReply;
import id.jamsos.rentan.common.TaskInputException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RefusalLogFilterTest {
    final LoggerContext context = new LoggerContext();
    final Logger engine = context.getLogger("org.camunda.bpm.engine.context");
    final RefusalLogFilter filter = new RefusalLogFilter();

    @Test
    void aWrappedRefusalIsNoError() {
        ProcessEngineException wrapped = new ProcessEngineException("ENGINE-03051 There was an exception while invoking the TaskListener",
                new TaskInputException("approved", "wajib dipilih (ya/tidak)"));
        assertThat(filter.decide(null, engine, Level.ERROR, "ENGINE-16004 {}", null, wrapped)).isEqualTo(FilterReply.DENY);
        assertThat(filter.decide(null, engine, Level.ERROR, "ENGINE-16004 {}", new Object[]{"x", wrapped}, null))
                .isEqualTo(FilterReply.DENY);
    }

    @Test
    void otherErrorsAndLowerLevelsPass() {
        assertThat(filter.decide(null, engine, Level.ERROR, "boom", null, new IllegalStateException("database down")))
                .isEqualTo(FilterReply.NEUTRAL);
        assertThat(filter.decide(null, engine, Level.ERROR, "no exception", null, null)).isEqualTo(FilterReply.NEUTRAL);
        assertThat(filter.decide(null, engine, Level.DEBUG, "debug", null, new TaskInputException("x"))).isEqualTo(FilterReply.NEUTRAL);
    }
}
