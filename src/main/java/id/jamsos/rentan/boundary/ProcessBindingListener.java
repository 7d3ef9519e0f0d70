package id.jamsos.rentan.boundary;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Added to every process by {@link ProcessBindingParseListener}. On start (after the model's own start listener,
 * which registered or looked up the record with the /api rules) it binds the instance to the record named by the
 * process's {@link ProcessBoundary#serves declaration}; on end it ends the binding.
 */
@Component
public class ProcessBindingListener implements ExecutionListener {
    private final ProcessBoundaries boundaries;
    private final ProcessBindings bindings;

    public ProcessBindingListener(ProcessBoundaries boundaries, ProcessBindings bindings) {
        this.boundaries = boundaries;
        this.bindings = bindings;
    }

    @Override
    public void notify(DelegateExecution ex) {
        if (EVENTNAME_END.equals(ex.getEventName())) {
            if (ex.getId().equals(ex.getProcessInstanceId())) {
                bindings.end(ex.getProcessInstanceId());
            }
            return;
        }
        String key = ex.getProcessDefinitionId().split(":")[0];
        ProcessBoundary boundary = boundaries.of(key).orElse(null);
        if (boundary == null || boundary.recordKind() == null) {
            return;
        }
        Object id = ex.getVariable(boundary.recordVariable());
        Object regency = ex.getVariable("regencyCode");
        if (id == null || regency == null) {
            throw new IllegalStateException("Proses " + key + " dimulai tanpa " + boundary.recordVariable()
                    + " atau regencyCode: tidak dapat diikat pada datanya");
        }
        String regencyCode = regency.toString();
        bindings.bind(ex.getProcessInstanceId(), key, boundary.recordKind(), id.toString(),
                regencyCode.length() >= 4 ? regencyCode.substring(0, 4) : regencyCode, boundary.exclusive());
    }
}
