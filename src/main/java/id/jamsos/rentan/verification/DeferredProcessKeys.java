package id.jamsos.rentan.verification;

/**
 * Names of the deferred-candidates process (issue 16): when a program's next PKS becomes ACTIVE, Dinsos finalises the
 * candidates it had deferred for want of quota, within the new quota, and the approved ones are enrolled. Business
 * key {@code TND-<pksNumber>}.
 */
public final class DeferredProcessKeys {
    public static final String PROCESS_KEY = "deferred-candidates";
    public static final String TASK_FINALIZE_DEFERRED = "Task_FinalizeDeferred";
    public static final String TASK_ENROLL_DEFERRED = "Task_EnrollDeferred";
    public static final String GATEWAY_ANY_APPROVED = "Gateway_AnyDeferredApproved";

    public static final String VAR_REGENCY = "regencyCode";
    /** The ACTIVE PKS whose quota the deferred candidates are finalised within. */
    public static final String VAR_PKS = "pksNumber";
    /** The program (regency + {@code Agreement.program()}), to start one instance per program at a time. */
    public static final String VAR_PROGRAM = "program";
    public static final String VAR_APPROVED_COUNT = "approvedCount";
    /** The batches of the candidates approved now: one enrollment per batch. */
    public static final String VAR_BATCH_IDS = "batchIds";

    private DeferredProcessKeys() {
    }

    public static String businessKey(String pksNumber) {
        return "TND-" + pksNumber;
    }
}
