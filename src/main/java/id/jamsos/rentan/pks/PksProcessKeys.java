package id.jamsos.rentan.pks;

/** Names of the pks-agreement process that code and tests rely on. */
public final class PksProcessKeys {
    public static final String PROCESS_KEY = "pks-agreement";
    public static final String TASK_DRAFT = "Task_DraftAgreement";
    public static final String TASK_LEGAL_REVIEW = "Task_LegalReview";
    public static final String TASK_BPJS_REVIEW = "Task_BpjsReview";
    public static final String TASK_SIGN_KADINSOS = "Task_SignKadinsos";
    public static final String TASK_SIGN_KACAB = "Task_SignKacab";
    /** A village's program (DESA_APBDES): the Kepala Desa signs for the payer instead of the Kepala Dinas Sosial. */
    public static final String TASK_SIGN_KEPALA_DESA = "Task_SignKepalaDesa";
    public static final String GATEWAY_PAYER_SIGNER = "Gateway_PayerSigner";
    public static final String GATEWAY_RENEWS = "Gateway_Renews";
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
    /** The PKS's {@link Payer} name; decides who signs for the payer. */
    public static final String VAR_PAYER = "payer";
    /** The paying village of a DESA_APBDES program (its Kepala Desa signs), else absent. */
    public static final String VAR_PAYER_VILLAGE = "payerVillageCode";
    /** Whether the program expects a next PKS (renewal timer); false for a PKS for part of a year of another payer. */
    public static final String VAR_RENEWS = "renews";

    private PksProcessKeys() {
    }

    public static String businessKey(String regencyCode, int fiscalYear) {
        return Agreement.number(regencyCode, fiscalYear);
    }
}
