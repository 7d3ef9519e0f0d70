package id.jamsos.rentan.verification;

import id.jamsos.rentan.process.StartFormInput;
import id.jamsos.rentan.common.TaskInputException;
import id.jamsos.rentan.common.ValidationException;
import id.jamsos.rentan.identity.Official;
import id.jamsos.rentan.identity.RegionAccessDeniedException;
import id.jamsos.rentan.identity.RegionAccessPolicy;
import id.jamsos.rentan.identity.Role;
import id.jamsos.rentan.web.UploadSettings;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import static id.jamsos.rentan.verification.VerificationProcessKeys.*;

/**
 * Start of candidate-verification. From the API the batch is already stored ({@code batchId} set) and this
 * only records that nobody waits for an import review. From the Tasklist start form
 * ({@code forms/candidate-import.html}) it does what {@code POST /api/candidates/import} does, with the same
 * checks and messages: the Dinsos role for the regency, a readable CSV/XLSX with the required columns, the row
 * limit. A refusal rolls the start back, so nothing is stored and no instance exists. The file itself does not
 * stay in the process: its rows go to our tables, the variable is removed.
 */
@Component("candidateImportStartListener")
public class CandidateImportStartListener implements ExecutionListener {
    private final CandidateIntakeService intake;
    private final RegionAccessPolicy policy;
    private final UploadSettings upload;

    public CandidateImportStartListener(CandidateIntakeService intake, RegionAccessPolicy policy,
                                        UploadSettings upload) {
        this.intake = intake;
        this.policy = policy;
        this.upload = upload;
    }

    @Override
    public void notify(DelegateExecution ex) {
        if (ex.getVariable(VAR_BATCH) != null) {
            ex.setVariable(VAR_REVIEW_IMPORT, false);
            return;
        }
        Official by = new StartFormInput(ex).official();
        Object regencyValue = ex.getVariable(VAR_REGENCY);
        String regencyCode = regencyValue == null ? null : regencyValue.toString().trim();
        long batchId;
        String filename;
        try {
            intake.checkRegency(regencyCode);
            policy.requireRole(by, Role.DINSOS, regencyCode);
            TypedValue typed = ex.getVariableTyped(VAR_FILE);
            if (!(typed instanceof FileValue file) || file.getValue() == null) {
                throw ValidationException.of(VAR_FILE, "Berkas kosong");
            }
            filename = file.getFilename() == null ? "" : file.getFilename();
            byte[] content;
            try (InputStream in = file.getValue()) {
                content = in.readAllBytes();
            }
            if (content.length == 0) {
                throw ValidationException.of(VAR_FILE, "Berkas kosong");
            }
            if (content.length > upload.maxBytes()) {
                // The request filter refuses bigger bodies (413); this catches the few KB of Base64 envelope.
                throw ValidationException.of(VAR_FILE, upload.message());
            }
            List<CandidateRow> rows = CandidateFileParser.parse(filename, new ByteArrayInputStream(content));
            batchId = intake.store(regencyCode, filename.toLowerCase(Locale.ROOT).endsWith(".xlsx") ? "XLSX" : "CSV",
                    rows, by.userId());
        } catch (ValidationException e) {
            throw StartFormInput.refusal(e.errors());
        } catch (RegionAccessDeniedException e) {
            throw new TaskInputException(VAR_REGENCY, e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        intake.linkProcessInstance(batchId, ex.getProcessInstanceId());
        ex.setProcessBusinessKey(businessKey(regencyCode, batchId));
        ex.setVariable(VAR_REGENCY, regencyCode);
        ex.setVariable(VAR_BATCH, batchId);
        ex.setVariable(VAR_REVIEW_IMPORT, true);
        ex.setVariable(VAR_IMPORTED_BY, by.userId());
        ex.setVariable(VAR_IMPORT_FILENAME, filename);
        ex.removeVariable(VAR_FILE);
    }
}
