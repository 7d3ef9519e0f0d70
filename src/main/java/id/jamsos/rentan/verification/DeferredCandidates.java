package id.jamsos.rentan.verification;

import id.jamsos.rentan.common.Formats;
import id.jamsos.rentan.common.TaskInputException;
import id.jamsos.rentan.common.ValidationException;
import id.jamsos.rentan.pks.Agreement;
import id.jamsos.rentan.pks.AgreementRepository;
import id.jamsos.rentan.pks.PksActivated;
import id.jamsos.rentan.region.RegionRepository;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static id.jamsos.rentan.verification.VerificationProcessKeys.*;

/**
 * Nobody is left waiting between agreements (issue 16). Candidates Dinsos deferred because the quota was full stay
 * AWAITING_FINAL; when the next PKS of their program becomes ACTIVE ({@link PksActivated}, published in the
 * activation's transaction) the regency's Dinsos gets the task "Finalisasi calon tertunda" listing them, to finalise
 * within the new quota: one {@code deferred-candidates} instance per program at a time, none when nobody waits.
 */
public final class DeferredCandidates {
    private DeferredCandidates() {
    }

    /** Starts the process when a PKS becomes ACTIVE and its program has deferred candidates. */
    @Component
    public static class OnActivation {
        private final VerificationService service;
        private final AgreementRepository agreements;
        private final VerificationProcess process;

        public OnActivation(VerificationService service, AgreementRepository agreements, VerificationProcess process) {
            this.service = service;
            this.agreements = agreements;
            this.process = process;
        }

        /** @return the started instance's id, or null when nobody waits or an instance of the program is open */
        @EventListener
        public String onActivated(PksActivated activated) {
            Agreement pks = agreements.find(activated.pksNumber()).orElse(null);
            if (pks == null || service.deferred(pks.regencyCode(), pks.pksNumber()).isEmpty()) {
                return null;
            }
            return process.startDeferred(pks.regencyCode(), pks.pksNumber(), pks.regencyCode() + "-" + pks.program());
        }
    }

    /**
     * "Finalisasi calon tertunda": on create the list (the Dinsos list form, stage DEFERRED) with the new quota; on
     * complete the decision as on the final list (approve, reject with a reason, defer again), refused on the form in
     * Indonesian when invalid; sets {@code approvedCount} and {@code batchIds}.
     */
    @Component("deferredTaskListener")
    public static class TaskListenerImpl implements TaskListener {
        private final VerificationService service;
        private final RegionRepository regions;
        private final AgreementRepository agreements;
        private final Clock clock;

        /** @param clock the application's WIB clock ({@code config.ClockConfig}): the day candidates' ages are counted on */
        public TaskListenerImpl(VerificationService service, RegionRepository regions, AgreementRepository agreements,
                                Clock clock) {
            this.service = service;
            this.regions = regions;
            this.agreements = agreements;
            this.clock = clock;
        }

        @Override
        public void notify(DelegateTask task) {
            String regency = (String) task.getVariable(DeferredProcessKeys.VAR_REGENCY);
            String pksNumber = String.valueOf(task.getVariable(DeferredProcessKeys.VAR_PKS));
            if (EVENTNAME_CREATE.equals(task.getEventName())) {
                List<CandidateRepository.Candidate> list = service.deferred(regency, pksNumber);
                Agreement pks = agreements.find(pksNumber).orElse(null);
                task.setName("Finalisasi " + list.size() + " calon tertunda — " + pksNumber);
                StringBuilder d = new StringBuilder("Calon yang ditunda karena kuota penuh, kini dapat ditetapkan dalam kuota ");
                if (pks != null) {
                    int left = service.remainingQuota(pks);
                    d.append(pks.programTitle()).append(" (").append(Formats.date(pks.startDate())).append(" s.d. ")
                            .append(Formats.date(pks.endDate())).append("): kuota ").append(pks.quota())
                            .append(", tersisa ").append(Math.max(left, 0)).append(".");
                    if (list.size() > left) {
                        d.append(" Calon melebihi kuota: tandai ").append(list.size() - Math.max(left, 0))
                                .append(" calon sebagai menunggu PKS berikutnya.");
                    }
                }
                d.append(" Setujui, tolak dengan alasan, atau tunda lagi dengan alasan.");
                task.setDescription(d.toString());
                task.setVariableLocal("regionName", pks == null ? regency : pks.programTitle());
                task.setVariableLocal("candidateCount", list.size());
                task.setVariableLocal("stage", "DEFERRED");
                task.setVariableLocal("candidateList", VerificationTaskListener.candidateList(list, regions,
                        LocalDate.now(clock.withZone(Formats.WIB))));
            } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
                VerificationService.Decision decision = VerificationTaskListener.decision(task);
                String user = VerificationTaskListener.completedBy(task);
                VerificationService.Outcome outcome;
                try {
                    outcome = service.decideDeferred(regency, pksNumber, decision, user, task.getId());
                } catch (ValidationException e) {
                    throw new TaskInputException(e.errors().stream().map(f -> f.field() + ": " + f.message())
                            .collect(Collectors.joining("; ")));
                }
                task.getExecution().setVariable(DeferredProcessKeys.VAR_APPROVED_COUNT, outcome.approved());
                task.getExecution().setVariable(DeferredProcessKeys.VAR_BATCH_IDS, new ArrayList<>(outcome.batchIds()));
            }
        }
    }
}
