package id.jamsos.rentan.verification;

import org.camunda.bpm.engine.ProcessEngineException;

/** Refuses a task completion; Tasklist shows the Indonesian message and nothing changes. */
public class VerificationInputException extends ProcessEngineException {
    public VerificationInputException(String message) {
        super(message);
    }
}
