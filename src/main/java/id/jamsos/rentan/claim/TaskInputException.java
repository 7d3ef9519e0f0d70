package id.jamsos.rentan.claim;

import org.camunda.bpm.engine.ProcessEngineException;

/** Refuses a task completion with an Indonesian message naming the field; Tasklist shows it to the official. */
public class TaskInputException extends ProcessEngineException {
    public TaskInputException(String field, String message) {
        super(field + ": " + message);
    }
}
