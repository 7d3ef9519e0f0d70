package id.jamsos.rentan.citizen;

/** Names of the grievance (sanggahan) process that code, tests and other systems share. */
public final class GrievanceProcessKeys {
    public static final String PROCESS_KEY = "grievance";
    /** Dinas Sosial decides objections about a rejected candidate, membership and anything else. */
    public static final String TASK_DECIDE_DINSOS = "Task_DecideObjectionDinsos";
    /** The BPJS officer of the regency decides objections about a claim. */
    public static final String TASK_DECIDE_BPJS = "Task_DecideObjectionBpjs";
    public static final String TASK_REOPEN_CANDIDATE = "Task_ReopenCandidate";
    public static final String TASK_SEND_OUTCOME = "Task_SendOutcome";

    public static final String VAR_REGENCY = "regencyCode";
    /** The grievance's number, business key {@code SGH-<regency>-<year>-<seq>}. */
    public static final String VAR_GRIEVANCE_NUMBER = "grievanceNumber";
    /** CANDIDATE_REJECTED, CLAIM, MEMBERSHIP or OTHER (drives Gateway_Reopen together with approved). */
    public static final String VAR_SUBJECT = "subject";
    /** DINSOS or BPJS (drives Gateway_Decider). */
    public static final String VAR_DECIDER = "decider";
    /** Reminder at this instant (the task's due date, 16:00 WIB), escalation at the second. */
    public static final String VAR_DECISION_DUE = "decisionDue";
    public static final String VAR_ESCALATION_DUE = "escalationDue";
    /** What the deciding official's form shows (read-only). */
    public static final String VAR_SUBJECT_TEXT = "subjectText";
    public static final String VAR_REFERENCE = "reference";
    public static final String VAR_GRIEVANCE_TEXT = "grievanceText";
    public static final String VAR_FACTS = "grievanceFacts";

    private GrievanceProcessKeys() {
    }
}
