package id.jamsos.rentan.pks;

/** Names of the pks-agreement process that code and tests rely on. */
public final class PksProcessKeys {
    public static final String PROCESS_KEY = "pks-agreement";
    public static final String TASK_DRAFT = "Task_DraftAgreement";
    public static final String TASK_LEGAL_REVIEW = "Task_LegalReview";
    public static final String TASK_BPJS_REVIEW = "Task_BpjsReview";
    public static final String TASK_SIGN_KADINSOS = "Task_SignKadinsos";
    public static final String TASK_SIGN_KACAB = "Task_SignKacab";
    public static final String TIMER_START_DATE = "Event_StartDate";
    public static final String TIMER_RENEWAL = "Event_RenewalDue";
    public static final String TIMER_NEXT_MONTH = "Event_NextMonth";
    public static final String TIMER_END_DATE = "Event_EndDate";

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
