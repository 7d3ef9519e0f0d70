package id.jamsos.rentan.enrollment;

/** Names of the enrollment process. Business key {@code ENR-<regency>-<batchId>}. */
public final class EnrollmentProcessKeys {
    public static final String PROCESS_KEY = "enrollment";
    public static final String TASK_PREPARE = "Task_PrepareChunks";
    public static final String TASK_REGISTER = "Task_RegisterWithBpjs";
    public static final String TASK_NOTIFY = "Task_NotifyEnrolled";
    public static final String VAR_CHUNKS = "chunkNumbers";
    public static final String VAR_CHUNK = "chunkNo";

    private EnrollmentProcessKeys() {
    }
}
