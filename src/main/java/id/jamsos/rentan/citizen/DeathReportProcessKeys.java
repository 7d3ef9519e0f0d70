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

    private DeathReportProcessKeys() {
    }
}
