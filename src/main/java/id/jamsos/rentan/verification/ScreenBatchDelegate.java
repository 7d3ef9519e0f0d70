package id.jamsos.rentan.verification;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;

/** Task_ScreenBatch: row rules and DTSEN over the batch; the kecamatan with candidates drive the next step. */
@Component("screenBatchDelegate")
public class ScreenBatchDelegate implements JavaDelegate {
    private final ScreeningService screening;

    public ScreenBatchDelegate(ScreeningService screening) {
        this.screening = screening;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long batchId = ((Number) execution.getVariable(VerificationProcessKeys.VAR_BATCH)).longValue();
        execution.setVariable(VerificationProcessKeys.VAR_KECAMATAN_CODES, new ArrayList<>(screening.screen(batchId)));
    }
}
