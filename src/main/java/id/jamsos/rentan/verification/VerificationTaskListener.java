package id.jamsos.rentan.verification;

import id.jamsos.rentan.common.Formats;
import id.jamsos.rentan.common.TaskInputException;
import id.jamsos.rentan.common.ValidationException;
import id.jamsos.rentan.pks.Agreement;
import id.jamsos.rentan.process.ProcessVariables;
import id.jamsos.rentan.notification.PublicAddress;
import id.jamsos.rentan.region.Region;
import id.jamsos.rentan.region.RegionRepository;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static id.jamsos.rentan.verification.VerificationProcessKeys.*;

/**
 * The three list tasks. On create: a name and description with context, and the list the form shows
 * (masked NIKs) as a task-local variable. On complete: validates the decision and records it per
 * candidate; bad input throws {@link TaskInputException}, so the completion is refused.
 */
@Component("verificationTaskListener")
public class VerificationTaskListener implements TaskListener {
    private static final List<String> DECISION_VARIABLES = List.of(VAR_APPROVED, VAR_NOTE, VAR_REJECTED_IDS, VAR_REASONS,
            VAR_DEFERRED_IDS);

    private final VerificationService service;
    private final RegionRepository regions;
    private final String baseUrl;
    private final Clock clock;

    /** @param clock the application's WIB clock ({@code config.ClockConfig}): the day candidates' ages are counted on */
    public VerificationTaskListener(VerificationService service, RegionRepository regions,
                                    PublicAddress publicAddress, Clock clock) {
        this.service = service;
        this.regions = regions;
        this.baseUrl = publicAddress.url();
        this.clock = clock;
    }

    record Scope(VerificationService.Stage stage, String regionCode) {
    }

    static Scope scope(DelegateTask task) {
        return switch (task.getTaskDefinitionKey()) {
            case TASK_VERIFY_VILLAGE -> new Scope(VerificationService.Stage.VILLAGE, (String) task.getVariable(VAR_VILLAGE));
            case TASK_APPROVE_KECAMATAN -> new Scope(VerificationService.Stage.KECAMATAN, (String) task.getVariable(VAR_KECAMATAN));
            case TASK_FINALIZE -> new Scope(VerificationService.Stage.FINAL, (String) task.getVariable(VAR_REGENCY));
            default -> throw new IllegalStateException("not a verification task: " + task.getTaskDefinitionKey());
        };
    }

    @Override
    public void notify(DelegateTask task) {
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            onCreate(task);
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            onComplete(task);
        }
    }

    private String label(String code) {
        Region r = regions.find(code).orElse(null);
        if (r == null) {
            return code;
        }
        if (code.length() == 10) {
            return r.label() + ", " + regions.find(code.substring(0, 6)).map(Region::label).orElse(code.substring(0, 6));
        }
        return r.label();
    }

    private void onCreate(DelegateTask task) {
        Scope s = scope(task);
        long batchId = ((Number) task.getVariable(VAR_BATCH)).longValue();
        List<CandidateRepository.Candidate> list = service.list(batchId, s.stage(), s.regionCode());
        String where = label(s.regionCode());
        String verb = switch (s.stage()) {
            case VILLAGE -> "Verifikasi";
            case KECAMATAN -> "Persetujuan Camat:";
            case FINAL -> "Penetapan";
        };
        task.setName(verb + " " + list.size() + " calon peserta — " + where);
        StringBuilder desc = new StringBuilder(switch (s.stage()) {
            case VILLAGE -> "Periksa setiap calon: tinggal di desa ini, bekerja informal, termasuk rentan. "
                    + "Tolak yang tidak memenuhi dengan alasan; yang lain disetujui.";
            case KECAMATAN -> "Setujui calon yang sudah diverifikasi Lurah/Kepala Desa; tolak dengan alasan bila perlu.";
            case FINAL -> "Tetapkan daftar peserta kabupaten dalam kuota PKS aktif.";
        });
        if (s.stage() == VerificationService.Stage.FINAL) {
            Agreement pks = service.activePks(batchId, s.regionCode()).orElse(null);
            if (pks == null) {
                desc.append(" PERHATIAN: belum ada PKS aktif, daftar belum dapat ditetapkan.");
            } else {
                int left = service.remainingQuota(pks);
                desc.append(" ").append(pks.pksNumber()).append(": kuota ").append(pks.quota()).append(", tersisa ")
                        .append(Math.max(left, 0)).append(".");
                if (list.size() > left) {
                    desc.append(" Calon melebihi kuota: tandai ").append(list.size() - Math.max(left, 0))
                            .append(" calon sebagai menunggu PKS berikutnya.");
                }
            }
        }
        desc.append(" Batas waktu: ").append(Formats.date(task.getDueDate())).append(".");
        if (s.stage() == VerificationService.Stage.FINAL) {
            // Tasklist shows the description as plain text: the address of the draft annex (FinalListController),
            // last and without a full stop so it copies cleanly.
            desc.append(" Draf lampiran SK Bupati (Excel): ").append(baseUrl)
                    .append("/api/candidates/final-list.xlsx?regencyCode=").append(s.regionCode())
                    .append("&batchId=").append(batchId).append("&draft=true");
        }
        task.setDescription(desc.toString());
        task.setVariableLocal("regionName", where);
        task.setVariableLocal("candidateCount", list.size());
        task.setVariableLocal("stage", s.stage().name());
        task.setVariableLocal("candidateList", candidateList(list, regions, LocalDate.now(clock.withZone(Formats.WIB))));
        declareDecisionLocally(task);
    }

    /**
     * The decision variables a completion sends (approved, note, rejected/deferred ids, reasons) declared empty on the
     * task's own execution (the scope of this one task instance: its boundary timers make it a scope). The engine
     * writes a completion's variables into the nearest scope that already holds them, for Tasklist's submit-form
     * (task first, then its execution) and engine-rest's complete (execution) alike; so each decision stays with its
     * own task instead of the process instance that all parallel village and kecamatan tasks share (issue 18: sibling
     * completions then write no common row and need not wait for each other; the multi-instance bookkeeping runs
     * after the task, {@code camunda:asyncAfter}). History keeps each task's decision.
     */
    static void declareDecisionLocally(DelegateTask task) {
        for (String v : DECISION_VARIABLES) {
            task.getExecution().setVariableLocal(v, null);
        }
    }

    /**
     * The list a list form shows (verification-list.html): per candidate id, name, masked NIK, age today, sex,
     * category, village, NIK hash for the search box, warnings and the DTSEN answer; as a Json object value.
     * {@code today} is the application clock's day (WIB) the ages are counted on.
     */
    static org.camunda.bpm.engine.variable.value.ObjectValue candidateList(List<CandidateRepository.Candidate> list,
                                                                          RegionRepository regions, LocalDate today) {
        List<Map<String, Object>> rows = new ArrayList<>();
        Map<String, String> villageNames = new java.util.HashMap<>();
        for (CandidateRepository.Candidate c : list) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", c.id());
            row.put("name", c.name());
            row.put("nikMasked", Formats.maskNik(c.nik()));
            row.put("age", VerificationService.age(c.birthDate(), today));
            row.put("sex", c.sex());
            row.put("category", Category.isKnown(c.category()) ? Category.valueOf(c.category()).label() : c.category());
            row.put("villageCode", c.villageCode());
            // The Camat's and Dinas Sosial's lists span villages: each row says which.
            row.put("villageName", c.villageCode() == null ? "" : villageNames.computeIfAbsent(c.villageCode(),
                    code -> regions.find(code).map(Region::label).orElse(code)));
            // Lets the form's search box find a full NIK typed by the official without the list carrying it.
            row.put("nikHash", sha256Hex(c.nik()));
            row.put("warnings", c.warnings() == null ? "" : c.warnings());
            row.put("dtks", c.dtksAnswer() == null ? "" : c.dtksAnswer());
            rows.add(row);
        }
        return Variables.objectValue(rows).serializationDataFormat("application/json").create();
    }

    /** SHA-256 of the NIK as 64 lowercase hex digits ("" for none): the form compares what is typed with it. */
    static String sha256Hex(String nik) {
        if (nik == null) {
            return "";
        }
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-256").digest(nik.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(d);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }

    /**
     * The list decision a completion sends: {@code approved} (Boolean or absent), {@code note}, and the Json lists
     * {@code rejectedCandidateIds}, {@code rejectionReasons} (id → reason), {@code deferredCandidateIds}; a value of
     * the wrong type is a form refusal naming the variable.
     */
    static VerificationService.Decision decision(DelegateTask task) {
        Object approved = task.getVariable(VAR_APPROVED);
        if (approved != null && !(approved instanceof Boolean)) {
            throw new TaskInputException("approved: harus ya/tidak (Boolean)");
        }
        Object note = task.getVariable(VAR_NOTE);
        return new VerificationService.Decision((Boolean) approved, note == null ? null : note.toString(),
                ProcessVariables.idList(task.getVariable(VAR_REJECTED_IDS), VAR_REJECTED_IDS),
                ProcessVariables.stringMap(task.getVariable(VAR_REASONS), VAR_REASONS),
                ProcessVariables.idList(task.getVariable(VAR_DEFERRED_IDS), VAR_DEFERRED_IDS));
    }

    /** The official completing the task: the engine's authenticated user, else the assignee. */
    static String completedBy(DelegateTask task) {
        Authentication auth = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return auth != null ? auth.getUserId() : task.getAssignee();
    }

    private void onComplete(DelegateTask task) {
        Scope s = scope(task);
        long batchId = ((Number) task.getVariable(VAR_BATCH)).longValue();
        VerificationService.Decision d = decision(task);
        String user = completedBy(task);
        VerificationService.Outcome outcome;
        try {
            outcome = service.decide(s.stage(), batchId, s.regionCode(), (String) task.getVariable(VAR_REGENCY), d,
                    user, task.getId());
        } catch (ValidationException e) {
            throw new TaskInputException(e.errors().stream().map(f -> f.field() + ": " + f.message())
                    .collect(Collectors.joining("; ")));
        }
        if (s.stage() == VerificationService.Stage.FINAL) {
            task.getExecution().setVariable(VAR_APPROVED_COUNT, outcome.approved());
            if (outcome.pksNumber() != null) {
                task.getExecution().setVariable(VAR_PKS, outcome.pksNumber());
            }
        }
    }
}
