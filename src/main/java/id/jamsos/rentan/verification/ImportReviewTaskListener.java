package id.jamsos.rentan.verification;

import id.jamsos.rentan.common.Formats;
import id.jamsos.rentan.common.TaskInputException;
import id.jamsos.rentan.region.Region;
import id.jamsos.rentan.region.RegionRepository;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import static id.jamsos.rentan.verification.VerificationProcessKeys.*;

/**
 * "Periksa Hasil Impor", the uploader's task beside the screening: on create a name and description with the
 * file, row count and regency (the form then follows the batch live); on complete the contract's rule that a
 * "not approved" needs a note.
 */
@Component("importReviewTaskListener")
public class ImportReviewTaskListener implements TaskListener {
    private final CandidateRepository candidates;
    private final RegionRepository regions;

    public ImportReviewTaskListener(CandidateRepository candidates, RegionRepository regions) {
        this.candidates = candidates;
        this.regions = regions;
    }

    @Override
    public void notify(DelegateTask task) {
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            long batchId = ((Number) task.getVariable(VAR_BATCH)).longValue();
            String regencyCode = (String) task.getVariable(VAR_REGENCY);
            int total = candidates.findBatch(batchId).map(CandidateRepository.Batch::total).orElse(0);
            String regency = regions.find(regencyCode).map(Region::label).orElse(regencyCode);
            Object filename = task.getVariable(VAR_IMPORT_FILENAME);
            task.setName("Periksa Hasil Impor — " + total + " baris" + (filename == null ? "" : " dari " + filename)
                    + ", " + regency);
            task.setDescription("Kiriman " + batchId + " sedang disaring. Periksa baris yang ditolak (nomor baris, kolom "
                    + "dan alasan), unduh sebagai Excel, perbaiki, lalu unggah lagi sebagai kiriman baru. Batas waktu: "
                    + Formats.date(task.getDueDate()) + ".");
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            Object approved = task.getVariable(VAR_APPROVED);
            if (!(approved instanceof Boolean)) {
                throw new TaskInputException(VAR_APPROVED, "wajib diisi ya/tidak (Boolean)");
            }
            Object note = task.getVariable(VAR_NOTE);
            if (!((Boolean) approved) && (note == null || note.toString().isBlank())) {
                throw new TaskInputException(VAR_NOTE, "wajib diisi bila hasil impor tidak diterima");
            }
            // The form's answer stays with this task (history); at process scope it would be read as the answer
            // of a Lurah or Camat task of the same instance that completes without one.
            task.setVariableLocal("importReviewed", approved);
            task.setVariableLocal("importReviewNote", note == null ? "" : note.toString());
            task.getExecution().getProcessInstance().removeVariable(VAR_APPROVED);
            task.getExecution().getProcessInstance().removeVariable(VAR_NOTE);
        }
    }
}
