package id.jamsos.rentan.enrollment;

/**
 * Names of the enrollment process and of the one it calls per chunk ({@link #CHUNK_PROCESS_KEY}: one instance per
 * chunk, so that the chunks of one batch are not exclusive jobs of one instance and run on both cores). Both have
 * the business key {@code ENR-<regency>-<batchId>}.
 */
public final class EnrollmentProcessKeys {
    public static final String PROCESS_KEY = "enrollment";
    public static final String TASK_PREPARE = "Task_PrepareChunks";
    /** The parallel multi-instance call activity of {@link #CHUNK_PROCESS_KEY}, one per chunk. */
    public static final String TASK_REGISTER = "Task_RegisterWithBpjs";
    public static final String CHUNK_PROCESS_KEY = "enrollment-chunk";
    /** The chunk's registration (async, retry cycle {@code jamsos.retry.external-call}, then an incident). */
    public static final String TASK_REGISTER_CHUNK = "Task_RegisterChunk";
    public static final String TASK_NOTIFY = "Task_NotifyEnrolled";
    public static final String VAR_CHUNKS = "chunkNumbers";
    public static final String VAR_CHUNK = "chunkNo";

    private EnrollmentProcessKeys() {
    }
}
