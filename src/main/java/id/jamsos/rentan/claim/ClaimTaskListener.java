package id.jamsos.rentan.claim;

import id.jamsos.rentan.common.TaskInputException;
import id.jamsos.rentan.process.ElementIds;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import static id.jamsos.rentan.claim.ClaimProcessKeys.*;

/**
 * Completion of the claim tasks: validates what the form sent (refusing with an Indonesian message naming the
 * field) and records it through {@link ClaimService} or {@link ClaimDocuments}.
 */
@Component("claimTaskListener")
public class ClaimTaskListener implements TaskListener {
    static final Set<String> LEVELS = Set.of("TK", "SD", "SMP", "SMA", "PT", "TIDAK");

    private final ClaimService claims;
    private final ClaimDocuments documents;

    public ClaimTaskListener(ClaimService claims, ClaimDocuments documents) {
        this.claims = claims;
        this.documents = documents;
    }

    @Override
    public void notify(DelegateTask task) {
        String claimNumber = (String) task.getVariable(VAR_CLAIM_NUMBER);
        boolean approved = decision(task.getVariable(VAR_APPROVED));
        Object noteVar = task.getVariable(VAR_NOTE);
        String note = noteVar == null || noteVar.toString().isBlank() ? null : noteVar.toString().trim();
        if (!approved && note == null) {
            throw new TaskInputException(VAR_NOTE, "wajib diisi bila tidak disetujui: tuliskan alasannya");
        }
        switch (ElementIds.taskKey(task)) {
            case TASK_CHECK_DOCUMENTS -> documents(task, claimNumber, approved, note);
            case TASK_APPROVE_CLAIM -> {
                claims.recordDecision(claimNumber, approved, note);
                task.setVariable(VAR_CLAIM_APPROVED, approved);
            }
            case TASK_CHECK_SCHOOL -> school(task, approved);
            default -> throw new IllegalStateException("claimTaskListener on unknown task " + task.getTaskDefinitionKey());
        }
        // The form's approved/note land on the process instance: clear them so the next task never reads a stale
        // answer (presentDocuments stays: the next document check shows what was already there).
        task.removeVariable(VAR_APPROVED);
        task.removeVariable(VAR_NOTE);
    }

    /**
     * The decision as the forms send it: Boolean (engine-rest, a checkbox) or "true"/"false" (the radio group of
     * the Camunda Forms, which starts with nothing chosen). Anything else, or nothing, is refused.
     */
    static boolean decision(Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        if ("true".equals(value) || "false".equals(value)) {
            return Boolean.parseBoolean((String) value);
        }
        throw new TaskInputException(VAR_APPROVED, "wajib dipilih (ya/tidak)");
    }

    private void documents(DelegateTask task, String claimNumber, boolean approved, String note) {
        List<String> present = strings(task.getVariable(VAR_PRESENT_DOCUMENTS));
        for (String code : present) {
            if (!DocumentType.codes().contains(code)) {
                throw new TaskInputException(VAR_PRESENT_DOCUMENTS, "dokumen '" + code + "' tidak dikenal");
            }
        }
        List<String> missing = DocumentType.codes().stream().filter(c -> !present.contains(c)).toList();
        if (approved && !missing.isEmpty()) {
            throw new TaskInputException(VAR_APPROVED, "berkas belum lengkap, belum dicentang: "
                    + String.join(", ", missing.stream().map(c -> DocumentType.valueOf(c).label()).toList()));
        }
        documents.recordDocumentCheck(claimNumber, present, approved, note, currentUser(task));
        task.setVariable(VAR_DOCUMENTS_COMPLETE, approved);
    }

    private void school(DelegateTask task, boolean approved) {
        task.setVariable(VAR_SCHOOL_CONFIRMED, approved);
        if (!approved) {
            return;
        }
        int children = ((Number) task.getVariable(VAR_BEASISWA_CHILDREN)).intValue();
        for (int pos = 1; pos <= children; pos++) {
            Object level = task.getVariable(childLevelVar(pos));
            if (level == null || !LEVELS.contains(level.toString())) {
                throw new TaskInputException(childLevelVar(pos), "jenjang sekolah " + task.getVariable(childNameVar(pos))
                        + " wajib dipilih (TK, SD, SMP, SMA, PT, atau TIDAK bila tidak bersekolah/menikah/bekerja)");
            }
        }
    }

    private static String currentUser(DelegateTask task) {
        Authentication auth = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return auth != null ? auth.getUserId() : task.getAssignee();
    }

    /** A list from a Camunda Form (Spin Json), engine-rest (Json or a JSON string) or Java. */
    static List<String> strings(Object value) {
        List<String> out = new ArrayList<>();
        if (value == null) {
            return out;
        }
        if (value instanceof SpinJsonNode node) {
            if (node.isArray()) {
                node.elements().forEach(e -> out.add(e.isString() ? e.stringValue() : e.toString()));
            }
            return out;
        }
        if (value instanceof Collection<?> c) {
            c.forEach(v -> out.add(String.valueOf(v)));
            return out;
        }
        String s = value.toString().trim();
        if (s.startsWith("[")) {
            return strings(org.camunda.spin.Spin.JSON(s));
        }
        if (!s.isEmpty()) {
            for (String part : s.split(",")) {
                out.add(part.trim());
            }
        }
        return out;
    }
}
