package id.jamsos.rentan.config;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;

/**
 * A refused form (our {@code TaskInputException}, a {@link FormFieldValidationException}, thrown by a task or start
 * listener) is the official's typing, not a fault: the engine and the webapps' REST would log it as ERROR with a
 * stack trace (ENGINE-16004, the REST exception handler). This Logback turbo filter drops those ERROR/WARN events
 * and logs one INFO line instead, under {@code id.jamsos.rentan.refusal}, with the Indonesian message. Every other
 * error passes unchanged. Installed by {@code logback-spring.xml}, so it survives Logback resets (a second Spring
 * context in the same JVM re-initialises logging).
 */
public class RefusalLogFilter extends TurboFilter {
    static final String REFUSAL_LOGGER = "id.jamsos.rentan.refusal";
    private static final org.slf4j.Logger REFUSALS = LoggerFactory.getLogger(REFUSAL_LOGGER);

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
        if (level == null || !level.isGreaterOrEqual(Level.WARN) || REFUSAL_LOGGER.equals(logger.getName())) {
            return FilterReply.NEUTRAL;
        }
        Throwable thrown = t;
        if (thrown == null && params != null && params.length > 0 && params[params.length - 1] instanceof Throwable last) {
            thrown = last;
        }
        FormFieldValidationException refusal = refusal(thrown);
        if (refusal == null) {
            return FilterReply.NEUTRAL;
        }
        REFUSALS.info("Formulir ditolak ({}): {}", logger.getName(), refusal.getMessage());
        return FilterReply.DENY;
    }

    /** The refusal among the causes, or null. */
    static FormFieldValidationException refusal(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof FormFieldValidationException f) {
                return f;
            }
        }
        return null;
    }
}
