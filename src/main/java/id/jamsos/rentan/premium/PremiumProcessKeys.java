package id.jamsos.rentan.premium;

/** Names of the premium-invoice process (business key = invoice number, e.g. IUR-6203-2027-01). */
public final class PremiumProcessKeys {
    public static final String PROCESS_KEY = "premium-invoice";
    public static final String TASK_RECORD_PAYMENT = "Task_RecordPayment";
    public static final String TIMER_DUE = "BoundaryEvent_PaymentDue";
    public static final String TIMER_ESCALATE = "BoundaryEvent_EscalateToSekda";
    public static final String TIMER_LAPSE = "BoundaryEvent_LapseCheck";
    public static final String VAR_INVOICE_NUMBER = "invoiceNumber";
    /** Year of the billed month: the payment form's Excel link lists that year's invoices of the regency. */
    public static final String VAR_INVOICE_YEAR = "invoiceYear";

    private PremiumProcessKeys() {
    }
}
