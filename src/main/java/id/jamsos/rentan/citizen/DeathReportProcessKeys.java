package id.jamsos.rentan.citizen;

/** Names of the death-report process that code, tests and other systems share. */
public final class DeathReportProcessKeys {
    public static final String PROCESS_KEY = "death-report";
    public static final String TASK_OPEN_CLAIM = "Task_OpenClaim";

    public static final String VAR_REGENCY = "regencyCode";
    /** The report's number, business key {@code KMT-<regency>-<year>-<seq>}. */
    public static final String VAR_REPORT_NUMBER = "deathReportNumber";
    /** Whether the person was a member (drives Gateway_IsMember). */
    public static final String VAR_MEMBER = "member";
    /** For the BPJS officer's task form (prefilled, read-only): the member and the event. */
    public static final String VAR_MEMBERSHIP_NUMBER = "membershipNumber";
    public static final String VAR_DATE_OF_DEATH = "dateOfDeath";
    public static final String VAR_DEATH_CERTIFICATE = "deathCertificateNumber";
    public static final String VAR_OPEN_CLAIM_DUE = "openClaimDue";
    /** The member's name, shown read-only on the task form. */
    public static final String VAR_MEMBER_NAME = "memberName";
    /** Set by the task listener once the claim is filed or linked: KLM-... */
    public static final String VAR_CLAIM_NUMBER = "claimNumber";

    /** Task_OpenClaim's own inputs (besides approved and note): JKM or JKK. */
    public static final String IN_CLAIM_TYPE = "claimType";
    /** Json list of heirs, each {name, nik, relation, birthDate, bankName, bankAccount, email} as POST /api/claims. */
    public static final String IN_HEIRS = "heirs";
    /** Json object {name, nik, bankName, bankAccount, email}: whoever buried the member (no heir, no will). */
    public static final String IN_FUNERAL_PAYEE = "funeralPayee";

    private DeathReportProcessKeys() {
    }
}
