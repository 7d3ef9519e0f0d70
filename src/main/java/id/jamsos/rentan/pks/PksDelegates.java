package id.jamsos.rentan.pks;

import id.jamsos.rentan.common.Formats;
import id.jamsos.rentan.common.TaskInputException;
import id.jamsos.rentan.identity.Role;
import id.jamsos.rentan.notification.GroupMailer;
import id.jamsos.rentan.process.ElementIds;
import id.jamsos.rentan.process.TaskInputs;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Map;

/** Thin glue between the pks-agreement process and {@link PksService}. */
public final class PksDelegates {
    private PksDelegates() {
    }

    /** Complete listener of every pks-agreement user task: validates and records the step. */
    @Component("pksTaskListener")
    public static class TaskCompleted implements TaskListener {
        private final PksService service;

        public TaskCompleted(PksService service) {
            this.service = service;
        }

        @Override
        public void notify(DelegateTask task) {
            String pks = (String) task.getVariable(PksProcessKeys.VAR_PKS_NUMBER);
            String user = TaskInputs.userId(task);
            String taskKey = ElementIds.taskKey(task);
            switch (taskKey) {
                case PksProcessKeys.TASK_DRAFT -> TaskInputs.refuseOnInvalid(() -> {
                    Long quota = TaskInputs.number(task, "quota", "Kuota");
                    Agreement a = service.submitDraft(pks, quota == null ? null : Math.toIntExact(quota),
                            TaskInputs.number(task, "budget", "Anggaran"), TaskInputs.date(task, "startDate", "Tanggal mulai"),
                            TaskInputs.date(task, "endDate", "Tanggal berakhir"), TaskInputs.text(task, "gapReason"), user);
                    task.getExecution().setVariables(PksProcess.formVariables(a));
                });
                case PksProcessKeys.TASK_LEGAL_REVIEW, PksProcessKeys.TASK_BPJS_REVIEW -> {
                    TaskInputs.Decision d = TaskInputs.decision(task);
                    TaskInputs.refuseOnInvalid(() -> service.review(pks, taskKey, d.approved(), d.note(), user));
                    task.getExecution().setVariable("lastNote", d.note() == null ? "" : d.note());
                }
                case PksProcessKeys.TASK_SIGN_KADINSOS, PksProcessKeys.TASK_SIGN_KACAB, PksProcessKeys.TASK_SIGN_KEPALA_DESA -> {
                    Object a = task.getVariable("approved");
                    if (a != null && !Boolean.parseBoolean(a.toString())) {
                        throw new TaskInputException("Penandatanganan hanya dapat disetujui (approved = true); "
                                + "perbaikan draf diminta melalui tinjauan Bagian Hukum atau BPJS");
                    }
                    service.sign(pks, taskKey, user);
                }
                default -> throw new IllegalStateException("unexpected task " + taskKey);
            }
        }
    }

    /** Both signatures are in: SIGNED, and the timers of the period from the agreed dates. */
    @Component("markPksSignedDelegate")
    public static class MarkSigned implements JavaDelegate {
        private final PksService service;

        public MarkSigned(PksService service) {
            this.service = service;
        }

        @Override
        public void execute(DelegateExecution execution) {
            Agreement a = service.markSigned((String) execution.getVariable(PksProcessKeys.VAR_PKS_NUMBER));
            execution.setVariable(PksProcessKeys.VAR_START_AT, PksProcess.at(a.startDate(), 0));
            // Expiry at the start of the day after the end date: the last day is still covered.
            execution.setVariable(PksProcessKeys.VAR_EXPIRE_AT, PksProcess.at(a.endDate().plusDays(1), 0));
            execution.setVariable(PksProcessKeys.VAR_RENEWAL_AT, PksProcess.at(service.renewalDate(a), 8));
            // Issue 16: a PKS of another payer for part of a year (period of duty) expects no renewal.
            execution.setVariable(PksProcessKeys.VAR_RENEWS, a.renews());
        }
    }

    @Component("activatePksDelegate")
    public static class Activate implements JavaDelegate {
        private final PksService service;

        public Activate(PksService service) {
            this.service = service;
        }

        @Override
        public void execute(DelegateExecution execution) {
            String pks = (String) execution.getVariable(PksProcessKeys.VAR_PKS_NUMBER);
            LocalDate today = ClockUtil.getCurrentTime().toInstant().atZone(Formats.WIB).toLocalDate();
            execution.setVariable("carriedOverMembers", (long) service.activate(pks, today));
            execution.setVariable(PksProcessKeys.VAR_INVOICE_MONTH, service.get(pks).startDate().withDayOfMonth(1).toString());
        }
    }

    @Component("expirePksDelegate")
    public static class Expire implements JavaDelegate {
        private final PksService service;

        public Expire(PksService service) {
            this.service = service;
        }

        @Override
        public void execute(DelegateExecution execution) {
            PksService.Expiry e = service.expire((String) execution.getVariable(PksProcessKeys.VAR_PKS_NUMBER));
            execution.setVariable("carriedOverMembers", (long) e.carriedOver());
            execution.setVariable("endedMembers", (long) e.ended());
        }
    }

    /** N days before the end: next year's budget evaluation (unless one exists) and a reminder to Dinsos and BPJS. */
    @Component("openRenewalDelegate")
    public static class OpenRenewal implements JavaDelegate {
        private final PksService service;
        private final NextYearEvaluation budget;
        private final GroupMailer mailer;

        public OpenRenewal(PksService service, NextYearEvaluation budget, GroupMailer mailer) {
            this.service = service;
            this.budget = budget;
            this.mailer = mailer;
        }

        @Override
        public void execute(DelegateExecution execution) {
            Agreement a = service.get((String) execution.getVariable(PksProcessKeys.VAR_PKS_NUMBER));
            int nextYear = a.fiscalYear() + 1;
            boolean opened = budget.openIfMissing(a.regencyCode(), nextYear, a.quota());
            execution.setVariable("renewalEvaluationOpened", opened);
            mailer.send("pks-perpanjangan", Map.of("pksNumber", a.pksNumber(), "endDate", Formats.date(a.endDate()),
                            "nextYear", nextYear, "evaluationKey", a.regencyCode() + "-" + nextYear,
                            "evaluationState", opened ? "telah dibuka otomatis" : "sudah ada sebelumnya"),
                    a.regencyCode(), a.pksNumber(), "pks-renewal|" + a.pksNumber(),
                    Role.DINSOS.groupId(a.regencyCode()), Role.BPJS.groupId(a.regencyCode()));
        }
    }
}
