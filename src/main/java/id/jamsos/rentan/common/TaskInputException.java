package id.jamsos.rentan.common;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * A task completion refused for bad input (a missing reason, a note required, an unknown candidate id).
 * Thrown from a {@code complete} task listener it rolls the completion back; engine-rest answers 400
 * (problem+json through EngineRestConfig) and Tasklist shows the message on the form.
 */
public class TaskInputException extends FormFieldValidationException {
    public TaskInputException(String field, String message) {
        super(field, field + ": " + message);
    }

    /** The message already names the field. */
    public TaskInputException(String message) {
        super("input", message);
    }
}
