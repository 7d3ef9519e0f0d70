package id.jamsos.rentan.boundary;

import id.jamsos.rentan.common.TaskInputException;

/**
 * A caller's command refused at the engine boundary: an undeclared variable, a write to the variable endpoints, a
 * start of a process only our services start. Nothing has been changed when it is thrown (the guard runs before
 * the command). engine-rest answers 400 {@code application/problem+json} with this message (EngineRestConfig),
 * Tasklist shows it on the form.
 */
public class BoundaryRefusal extends TaskInputException {
    public BoundaryRefusal(String variable, String message) {
        super(variable, message);
    }
}
