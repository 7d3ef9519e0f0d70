package id.jamsos.rentan.claim;

/** Names of the claim-payout process that code, tests and other systems share. */
public final class ClaimProcessKeys {
    public static final String PROCESS_KEY = "claim-payout";
    public static final String MSG_DOCUMENTS_SUBMITTED = "Msg_DocumentsSubmitted";

    public static final String TASK_CHECK_DOCUMENTS = "Task_CheckDocuments";
    public static final String TASK_APPROVE_CLAIM = "Task_ApproveClaim";
    public static final String TASK_CHECK_SCHOOL = "Task_CheckSchoolEnrollment";

    public static final String VAR_CLAIM_NUMBER = "claimNumber";
    public static final String VAR_REGENCY = "regencyCode";
    public static final String VAR_CLAIM_TYPE = "claimType";
    public static final String VAR_ELIGIBLE = "eligible";
    public static final String VAR_DOCUMENTS_COMPLETE = "documentsComplete";
    public static final String VAR_PRESENT_DOCUMENTS = "presentDocuments";
    public static final String VAR_APPROVAL_NEEDED = "approvalNeeded";
    public static final String VAR_APPROVED = "approved";
    public static final String VAR_NOTE = "note";
    /** The branch head's decision and the officer's school check, copied from the form's {@code approved}. */
    public static final String VAR_CLAIM_APPROVED = "claimApproved";
    public static final String VAR_SCHOOL_CONFIRMED = "schoolConfirmed";
    public static final String VAR_PAYMENT_IDS = "paymentIds";
    public static final String VAR_PAYMENT_ID = "paymentId";
    public static final String VAR_PAYOUT_DUE = "payoutDue";
    public static final String VAR_TOTAL_PAYABLE = "totalPayable";
    /** The same amount as officials read it (Rp118.000.000), for the approval form. */
    public static final String VAR_TOTAL_PAYABLE_TEXT = "totalPayableText";
    public static final String VAR_BENEFIT_SUMMARY = "benefitSummary";
    public static final String VAR_BEASISWA_CHILDREN = "beasiswaChildren";
    public static final String VAR_BEASISWA_CONTINUES = "beasiswaContinues";
    public static final String VAR_NEXT_BEASISWA_CHECK = "nextBeasiswaCheck";
    public static final String VAR_SCHOOL_CHECK_DUE = "schoolCheckDue";
    public static final String VAR_DOCUMENTS_CHECK_DUE = "documentsCheckDue";
    public static final String VAR_REMINDER_CYCLE = "documentsReminderCycle";
    public static final String VAR_DOCUMENTS_TIMEOUT = "documentsTimeout";

    private ClaimProcessKeys() {
    }

    /** Form field of the n-th beasiswa child's school level (n = 1, 2). */
    public static String childLevelVar(int position) {
        return "child" + position + "Level";
    }

    public static String childNameVar(int position) {
        return "child" + position + "Name";
    }
}
