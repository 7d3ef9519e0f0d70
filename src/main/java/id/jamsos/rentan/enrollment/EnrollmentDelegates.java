package id.jamsos.rentan.enrollment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Thin delegates of the enrollment process; the work is in {@link EnrollmentService}. */
@Configuration
public class EnrollmentDelegates {

    static long batchId(DelegateExecution e) {
        return ((Number) e.getVariable("batchId")).longValue();
    }

    @Bean("prepareEnrollmentDelegate")
    public JavaDelegate prepareEnrollmentDelegate(EnrollmentService service) {
        return e -> e.setVariable(EnrollmentProcessKeys.VAR_CHUNKS, new java.util.ArrayList<>(service.prepareChunks(batchId(e))));
    }

    @Bean("registerChunkDelegate")
    public JavaDelegate registerChunkDelegate(EnrollmentService service) {
        return e -> service.registerChunk(batchId(e), ((Number) e.getVariable(EnrollmentProcessKeys.VAR_CHUNK)).intValue());
    }

    @Bean("notifyEnrolledDelegate")
    public JavaDelegate notifyEnrolledDelegate(EnrollmentService service) {
        return e -> service.notifyEnrolled(batchId(e), e.getProcessBusinessKey());
    }
}
