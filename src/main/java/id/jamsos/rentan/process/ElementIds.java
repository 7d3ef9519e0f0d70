package id.jamsos.rentan.process;

import org.camunda.bpm.engine.delegate.DelegateTask;

import java.util.Map;

/**
 * Element ids renamed when the models took one id scheme (docs/DEVELOPING.md, "Processes": {@code Task_} for every
 * task, {@code Event_} for intermediate events, …). Deploying the renamed models creates new definition versions;
 * instances started before keep running on their old version with the old ids, and the engine never changes them.
 * Code that decides by an element id at runtime (a complete listener switching on the task definition key) reads it
 * through {@link #current(String)}, so a PKS in review, a claim waiting for next year's school check or an unpaid
 * invoice started before the rename still completes. Remove an entry only when no instance of a version that uses
 * the old id is left (Cockpit: the definition's older versions have no running instances).
 */
public final class ElementIds {
    /** Old id → id in today's model, for the activities that had another id before. */
    private static final Map<String, String> RENAMED = Map.ofEntries(
            // budget-evaluation
            Map.entry("ServiceTask_ComputeFigures", "Task_ComputeFigures"),
            Map.entry("UserTask_ProposeBudget", "Task_ProposeBudget"),
            Map.entry("UserTask_TapdReview", "Task_TapdReview"),
            Map.entry("UserTask_SekdaApproval", "Task_SekdaApproval"),
            Map.entry("ServiceTask_StartPks", "Task_StartPks"),
            // candidate-verification
            Map.entry("CallActivity_Enrollment", "Task_Enrollment"),
            // claim-payout
            Map.entry("ServiceTask_CheckEligibility", "Task_CheckEligibility"),
            Map.entry("UserTask_CheckDocuments", "Task_CheckDocuments"),
            Map.entry("ServiceTask_RequestDocuments", "Task_RequestDocuments"),
            Map.entry("ReceiveTask_AwaitDocuments", "Task_AwaitDocuments"),
            Map.entry("ServiceTask_RemindHeirs", "Task_RemindHeirs"),
            Map.entry("ServiceTask_CloseIncomplete", "Task_CloseIncomplete"),
            Map.entry("ServiceTask_ComputeBenefits", "Task_ComputeBenefits"),
            Map.entry("UserTask_ApproveClaim", "Task_ApproveClaim"),
            Map.entry("ServiceTask_RejectClaim", "Task_RejectClaim"),
            Map.entry("ServiceTask_PreparePayments", "Task_PreparePayments"),
            Map.entry("ServiceTask_TransferPayment", "Task_TransferPayment"),
            Map.entry("ServiceTask_MarkPaid", "Task_MarkPaid"),
            Map.entry("TimerEvent_SchoolYear", "Event_SchoolYear"),
            Map.entry("UserTask_CheckSchoolEnrollment", "Task_CheckSchoolEnrollment"),
            Map.entry("ServiceTask_PayBeasiswa", "Task_PayBeasiswa"),
            // pks-agreement
            Map.entry("UserTask_DraftAgreement", "Task_DraftAgreement"),
            Map.entry("UserTask_LegalReview", "Task_LegalReview"),
            Map.entry("UserTask_BpjsReview", "Task_BpjsReview"),
            Map.entry("UserTask_SignKadinsos", "Task_SignKadinsos"),
            Map.entry("UserTask_SignKacab", "Task_SignKacab"),
            Map.entry("ServiceTask_MarkSigned", "Task_MarkSigned"),
            Map.entry("TimerEvent_StartDate", "Event_StartDate"),
            Map.entry("ServiceTask_Activate", "Task_Activate"),
            Map.entry("TimerEvent_RenewalDue", "Event_RenewalDue"),
            Map.entry("ServiceTask_OpenRenewal", "Task_OpenRenewal"),
            Map.entry("ServiceTask_IssueInvoice", "Task_IssueInvoice"),
            Map.entry("TimerEvent_NextMonth", "Event_NextMonth"),
            Map.entry("TimerEvent_EndDate", "Event_EndDate"),
            Map.entry("ServiceTask_Expire", "Task_Expire"),
            // premium-invoice
            Map.entry("UserTask_RecordPayment", "Task_RecordPayment"),
            Map.entry("ServiceTask_SendReminder", "Task_SendReminder"),
            Map.entry("ServiceTask_EscalateToSekda", "Task_EscalateToSekda"),
            Map.entry("ServiceTask_ApplyLapse", "Task_ApplyLapse"));

    private ElementIds() {
    }

    /** Every renamed id, old → new (checked against bpmn/ by BpmnConventionsTest). */
    public static Map<String, String> renamed() {
        return RENAMED;
    }

    /** The id in today's model for an id of this or an older definition version; other ids unchanged; null stays null. */
    public static String current(String elementId) {
        return elementId == null ? null : RENAMED.getOrDefault(elementId, elementId);
    }

    /** The task's definition key as today's model names it, e.g. {@code Task_LegalReview} for {@code UserTask_LegalReview}. */
    public static String taskKey(DelegateTask task) {
        return current(task.getTaskDefinitionKey());
    }
}
