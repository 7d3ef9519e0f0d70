package id.jamsos.rentan.premium;

import id.jamsos.rentan.common.Formats;
import id.jamsos.rentan.common.TaskInputException;
import id.jamsos.rentan.identity.Role;
import id.jamsos.rentan.notification.GroupMailer;
import id.jamsos.rentan.pks.PksProcess;
import id.jamsos.rentan.pks.PksProcessKeys;
import id.jamsos.rentan.process.TaskInputs;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Thin glue between the processes and {@link PremiumService}. "Today" is the engine clock (ClockUtil). */
public final class PremiumDelegates {
    private PremiumDelegates() {
    }

    static LocalDate today() {
        return ClockUtil.getCurrentTime().toInstant().atZone(Formats.WIB).toLocalDate();
    }

    static Map<String, Object> model(PremiumInvoice i) {
        Map<String, Object> m = new HashMap<>();
        m.put("invoiceNumber", i.invoiceNumber());
        m.put("pksNumber", i.pksNumber());
        m.put("period", String.format("%02d-%d", i.periodMonth().getMonthValue(), i.periodMonth().getYear()));
        m.put("memberCount", i.memberCount());
        m.put("amount", Formats.rupiah(i.amount()));
        m.put("dueDate", Formats.date(i.dueDate()));
        return m;
    }

    /** Step of the pks-agreement monthly loop: the month's invoice and its premium-invoice instance. */
    @Component("issuePremiumInvoiceDelegate")
    public static class IssueInvoice implements JavaDelegate {
        private final PremiumService service;
        private final PremiumProcess process;

        public IssueInvoice(PremiumService service, PremiumProcess process) {
            this.service = service;
            this.process = process;
        }

        @Override
        public void execute(DelegateExecution execution) {
            String pks = (String) execution.getVariable(PksProcessKeys.VAR_PKS_NUMBER);
            LocalDate month = LocalDate.parse((String) execution.getVariable(PksProcessKeys.VAR_INVOICE_MONTH));
            service.issue(pks, month).ifPresent(process::startIfMissing);
            Optional<LocalDate> next = service.nextMonth(pks, month);
            execution.setVariable(PksProcessKeys.VAR_MORE_INVOICES, next.isPresent());
            next.ifPresent(n -> {
                execution.setVariable(PksProcessKeys.VAR_INVOICE_MONTH, n.toString());
                execution.setVariable(PksProcessKeys.VAR_NEXT_INVOICE_AT, PksProcess.at(n, 1));
            });
        }
    }

    /** "Catat pembayaran iuran" completed: payment recorded, months credited, lapsed members restored. */
    @Component("premiumTaskListener")
    public static class PaymentRecorded implements TaskListener {
        private final PremiumService service;

        public PaymentRecorded(PremiumService service) {
            this.service = service;
        }

        @Override
        public void notify(DelegateTask task) {
            Object approved = task.getVariable("approved");
            if (approved != null && !Boolean.parseBoolean(approved.toString())) {
                throw new TaskInputException("Tugas ini selesai saat pembayaran dicatat (approved = true); "
                        + "biarkan tugas terbuka selama iuran belum dibayar");
            }
            String invoice = (String) task.getVariable(PremiumProcessKeys.VAR_INVOICE_NUMBER);
            TaskInputs.refuseOnInvalid(() -> {
                PremiumInvoice i = service.recordPayment(invoice, TaskInputs.date(task, "paidOn", "Tanggal bayar"),
                        TaskInputs.text(task, "paymentReference"), TaskInputs.userId(task), today());
                task.getExecution().setVariable("paymentStatus", i.status());
            });
        }
    }

    @Component("premiumReminderDelegate")
    public static class Reminder implements JavaDelegate {
        private final PremiumService service;
        private final GroupMailer mailer;

        public Reminder(PremiumService service, GroupMailer mailer) {
            this.service = service;
            this.mailer = mailer;
        }

        @Override
        public void execute(DelegateExecution execution) {
            PremiumInvoice i = service.remind((String) execution.getVariable(PremiumProcessKeys.VAR_INVOICE_NUMBER));
            mailer.send("iuran-pengingat", model(i), i.regencyCode(), i.invoiceNumber(), "premium-reminder|" + i.invoiceNumber(),
                    Role.DINSOS.groupId(i.regencyCode()));
        }
    }

    @Component("premiumEscalationDelegate")
    public static class Escalation implements JavaDelegate {
        private final PremiumService service;
        private final GroupMailer mailer;

        public Escalation(PremiumService service, GroupMailer mailer) {
            this.service = service;
            this.mailer = mailer;
        }

        @Override
        public void execute(DelegateExecution execution) {
            PremiumInvoice i = service.escalate((String) execution.getVariable(PremiumProcessKeys.VAR_INVOICE_NUMBER));
            mailer.send("iuran-eskalasi", model(i), i.regencyCode(), i.invoiceNumber(), "premium-escalation|" + i.invoiceNumber(),
                    Role.SEKDA.groupId(i.regencyCode()), Role.DINSOS.groupId(i.regencyCode()));
        }
    }

    @Component("premiumLapseDelegate")
    public static class Lapse implements JavaDelegate {
        private final PremiumService service;
        private final GroupMailer mailer;

        public Lapse(PremiumService service, GroupMailer mailer) {
            this.service = service;
            this.mailer = mailer;
        }

        @Override
        public void execute(DelegateExecution execution) {
            String number = (String) execution.getVariable(PremiumProcessKeys.VAR_INVOICE_NUMBER);
            int lapsed = service.applyLapse(number, today());
            execution.setVariable("lapsedMembers", (long) lapsed);
            if (lapsed > 0) {
                PremiumInvoice i = service.get(number);
                Map<String, Object> m = model(i);
                m.put("lapsedMembers", lapsed);
                mailer.send("iuran-peserta-nonaktif", m, i.regencyCode(), number, "premium-lapse|" + number,
                        Role.DINSOS.groupId(i.regencyCode()), Role.BPJS.groupId(i.regencyCode()), Role.SEKDA.groupId(i.regencyCode()));
            }
        }
    }
}
