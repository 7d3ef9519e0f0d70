package id.jamsos.rentan.premium;

import id.jamsos.rentan.common.NotFoundException;
import id.jamsos.rentan.common.ValidationException;
import id.jamsos.rentan.common.WorkingDays;
import id.jamsos.rentan.pks.Agreement;
import id.jamsos.rentan.pks.AgreementRepository;
import id.jamsos.rentan.pks.PksStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Monthly premium (iuran) of an ACTIVE PKS: one invoice per PKS per month for its active members, due by the
 * 15th (next working day), paid months credited to the members, lapse after more than N consecutive unpaid
 * months and restore when the arrears are paid within the window. No Camunda types.
 */
@Service
public class PremiumService {
    private final PremiumInvoiceRepository invoices;
    private final AgreementRepository agreements;
    private final WorkingDays workingDays;
    private final int dueDay;
    private final int escalateAfterDays;
    private final int maxUnpaidMonths;
    private final int restoreWindowMonths;

    public PremiumService(PremiumInvoiceRepository invoices, AgreementRepository agreements, WorkingDays workingDays,
                          PremiumSettings settings) {
        this.invoices = invoices;
        this.agreements = agreements;
        this.workingDays = workingDays;
        this.dueDay = settings.dueDay();
        this.escalateAfterDays = settings.escalateAfterDays();
        this.maxUnpaidMonths = settings.maxUnpaidMonths();
        this.restoreWindowMonths = settings.restoreWindowMonths();
    }

    public PremiumInvoice get(String invoiceNumber) {
        return invoices.find(invoiceNumber)
                .orElseThrow(() -> new NotFoundException("Tagihan iuran " + invoiceNumber + " tidak ditemukan"));
    }

    public LocalDate dueDate(LocalDate month) {
        return workingDays.onOrAfter(month.withDayOfMonth(dueDay));
    }

    public LocalDate escalationDate(PremiumInvoice i) {
        return i.dueDate().plusDays(escalateAfterDays);
    }

    /** The day the invoice becomes the first of more than N consecutive overdue months. */
    public LocalDate lapseCheckDate(PremiumInvoice i) {
        return dueDate(i.periodMonth().plusMonths(maxUnpaidMonths)).plusDays(1);
    }

    /** The invoice of the month, created once (a replayed step gets the same invoice); empty if not billable. */
    @Transactional
    public Optional<PremiumInvoice> issue(String pksNumber, LocalDate month) {
        LocalDate first = month.withDayOfMonth(1);
        String number = PremiumInvoice.number(pksNumber, first);
        Optional<PremiumInvoice> existing = invoices.find(number);
        if (existing.isPresent()) {
            return existing;
        }
        Agreement a = agreements.find(pksNumber).orElseThrow(() -> new NotFoundException("PKS " + pksNumber + " tidak ditemukan"));
        if (a.status() != PksStatus.ACTIVE || first.isAfter(a.endDate()) || first.plusMonths(1).isBefore(a.startDate().plusDays(1))) {
            return Optional.empty();
        }
        invoices.insert(number, pksNumber, a.regencyCode(), first, a.premiumPerMonth(), dueDate(first));
        return invoices.find(number);
    }

    /** The first day of the next month to bill within the PKS period, or empty after the last. */
    public Optional<LocalDate> nextMonth(String pksNumber, LocalDate month) {
        Agreement a = agreements.find(pksNumber).orElseThrow();
        LocalDate next = month.withDayOfMonth(1).plusMonths(1);
        return next.isAfter(a.endDate()) ? Optional.empty() : Optional.of(next);
    }

    /** Dinsos records the payment: the members gain the month; arrears paid in the window restore lapsed members. */
    @Transactional
    public PremiumInvoice recordPayment(String invoiceNumber, LocalDate paidOn, String reference, String userId,
                                        LocalDate today) {
        PremiumInvoice i = get(invoiceNumber);
        if (!PremiumInvoice.UNPAID.equals(i.status())) {
            throw ValidationException.of("invoiceNumber", "pembayaran " + invoiceNumber + " sudah dicatat");
        }
        LocalDate day = paidOn == null ? today : paidOn;
        if (day.isAfter(today)) {
            throw ValidationException.of("paidOn", "tanggal bayar tidak boleh di masa depan");
        }
        if (day.isBefore(i.periodMonth().minusMonths(1))) {
            throw ValidationException.of("paidOn", "tanggal bayar terlalu jauh sebelum bulan tagihan");
        }
        String status = day.isAfter(i.dueDate()) ? PremiumInvoice.PAID_LATE : PremiumInvoice.PAID;
        invoices.markPaid(invoiceNumber, status, day, reference, userId);
        invoices.creditContributionMonth(invoiceNumber, i.periodMonth(), day);
        invoices.restoreMembers(invoiceNumber, day.minusMonths(restoreWindowMonths), day);
        return get(invoiceNumber);
    }

    @Transactional
    public PremiumInvoice remind(String invoiceNumber) {
        invoices.markReminded(invoiceNumber);
        return get(invoiceNumber);
    }

    @Transactional
    public PremiumInvoice escalate(String invoiceNumber) {
        invoices.markEscalated(invoiceNumber);
        return get(invoiceNumber);
    }

    /** More than N consecutive overdue months of the regency from this invoice: its still-active members lapse. */
    @Transactional
    public int applyLapse(String invoiceNumber, LocalDate day) {
        PremiumInvoice i = get(invoiceNumber);
        if (!PremiumInvoice.UNPAID.equals(i.status())
                || invoices.consecutiveUnpaidFrom(i.regencyCode(), PremiumInvoice.programSuffix(i.pksNumber()),
                i.periodMonth(), day) <= maxUnpaidMonths) {
            return 0;
        }
        return invoices.lapseMembers(invoiceNumber, day);
    }

    /**
     * A member who died is not billed for the months after death: every UNPAID invoice of a month after the month
     * of death loses the member (count and amount recomputed); every invoice of such a month already paid keeps its
     * history and gets a credit of one month's premium (rupiah) for the member, owed back to the payer. Returns the
     * corrected invoice numbers (both kinds); a repeated call corrects nothing twice.
     */
    @Transactional
    public java.util.List<String> excludeAfterDeath(String membershipNumber, LocalDate dateOfDeath) {
        LocalDate first = dateOfDeath.withDayOfMonth(1).plusMonths(1);
        java.util.List<String> corrected = new java.util.ArrayList<>(invoices.removeMemberFromUnpaidFrom(membershipNumber, first));
        corrected.addAll(invoices.creditPaidFrom(membershipNumber, first, "DIED"));
        return corrected;
    }
}
