package id.jamsos.rentan.verification;

/** Names of the candidate-verification process that code and tests rely on. */
public final class VerificationProcessKeys {
    public static final String PROCESS_KEY = "candidate-verification";
    /**
     * The process candidate-verification calls once per kecamatan of a batch ({@link #CALL_VERIFY_KECAMATAN}): the
     * village lists and the Camat's list. Same business key as its batch; variables {@code regencyCode},
     * {@code batchId}, {@code kecamatanCode}. Its own instance per kecamatan keeps the engine's work per task small in
     * a regency of hundreds of villages (issue 18).
     */
    public static final String KECAMATAN_PROCESS_KEY = "kecamatan-verification";
    /** The multi-instance call activity over {@code kecamatanCodes}. */
    public static final String CALL_VERIFY_KECAMATAN = "Task_VerifyKecamatan";
    public static final String TASK_VERIFY_VILLAGE = "Task_VerifyVillageList";
    public static final String TASK_APPROVE_KECAMATAN = "Task_ApproveKecamatan";
    public static final String TASK_FINALIZE = "Task_FinalizeRegencyList";
    public static final String SERVICE_SCREEN = "Task_ScreenBatch";
    public static final String TASK_REVIEW_IMPORT = "Task_ReviewImport";
    public static final String SERVICE_COUNT_VILLAGE_APPROVED = "Task_CountVillageApproved";
    public static final String SERVICE_COUNT_FINAL_CANDIDATES = "Task_CountFinalCandidates";

    public static final String VAR_REGENCY = "regencyCode";
    public static final String VAR_BATCH = "batchId";
    public static final String VAR_KECAMATAN_CODES = "kecamatanCodes";
    public static final String VAR_KECAMATAN = "kecamatanCode";
    public static final String VAR_VILLAGE = "villageCode";
    public static final String VAR_PKS = "pksNumber";
    public static final String VAR_APPROVED_COUNT = "approvedCount";
    /** Candidates of the kecamatan waiting for the Camat, set after the Lurah lists (read by the next gateway). */
    public static final String VAR_VILLAGE_APPROVED_COUNT = "villageApprovedCount";
    /** Candidates of the regency waiting for Dinsos, set after the kecamatan (read by the next gateway). */
    public static final String VAR_FINAL_CANDIDATE_COUNT = "finalCandidateCount";
    public static final String VAR_APPROVED = "approved";
    public static final String VAR_NOTE = "note";
    public static final String VAR_REJECTED_IDS = "rejectedCandidateIds";
    public static final String VAR_REASONS = "rejectionReasons";
    public static final String VAR_DEFERRED_IDS = "deferredCandidateIds";

    /** Tasklist upload (start form): the file, as the API's multipart field; removed once stored. */
    public static final String VAR_FILE = "file";
    /** True when the batch came through the start form: the uploader then gets "Periksa Hasil Impor". */
    public static final String VAR_REVIEW_IMPORT = "reviewImport";
    public static final String VAR_IMPORTED_BY = "importedBy";
    public static final String VAR_IMPORT_FILENAME = "importFilename";

    private VerificationProcessKeys() {
    }

    /** Business key of a batch's verification: {@code VER-<regency>-<batchId>}, e.g. VER-6203-17. */
    public static String businessKey(String regencyCode, long batchId) {
        return "VER-" + regencyCode + "-" + batchId;
    }
}
