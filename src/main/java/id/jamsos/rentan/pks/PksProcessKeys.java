package id.jamsos.rentan.pks;

/** Names of the pks-agreement process that code and tests rely on. */
public final class PksProcessKeys {
    public static final String PROCESS_KEY = "pks-agreement";
    public static final String TASK_DRAFT = "UserTask_DraftAgreement";
    public static final String TASK_LEGAL_REVIEW = "UserTask_LegalReview";
    public static final String TASK_BPJS_REVIEW = "UserTask_BpjsReview";
    public static final String TASK_SIGN_KADINSOS = "UserTask_SignKadinsos";
    public static final String TASK_SIGN_KACAB = "UserTask_SignKacab";
    public static final String TIMER_START_DATE = "TimerEvent_StartDate";
    public static final String TIMER_RENEWAL = "TimerEvent_RenewalDue";
    public static final String TIMER_NEXT_MONTH = "TimerEvent_NextMonth";
    public static final String TIMER_END_DATE = "TimerEvent_EndDate";

    public static final String VAR_PKS_NUMBER = "pksNumber";
    public static final String VAR_START_AT = "startAt";
    public static final String VAR_EXPIRE_AT = "expireAt";
    public static final String VAR_RENEWAL_AT = "renewalAt";
    public static final String VAR_NEXT_INVOICE_AT = "nextInvoiceAt";
    public static final String VAR_MORE_INVOICES = "moreInvoices";
    public static final String VAR_INVOICE_MONTH = "invoiceMonth";

    private PksProcessKeys() {
    }

    public static String businessKey(String regencyCode, int fiscalYear) {
        return Agreement.number(regencyCode, fiscalYear);
    }
}
