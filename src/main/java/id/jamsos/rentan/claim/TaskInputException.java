package id.jamsos.rentan.claim;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * Refuses a task completion (or a start from the Tasklist form) with an Indonesian message naming the field;
 * Tasklist shows it. A form validation failure, as main's {@code common.TaskInputException}, which replaces
 * this class when the branches are merged.
 */
public class TaskInputException extends FormFieldValidationException {
    public TaskInputException(String field, String message) {
        super(field, field + ": " + message);
    }
}
