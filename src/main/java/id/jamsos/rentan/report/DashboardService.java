package id.jamsos.rentan.report;

import id.jamsos.rentan.claim.ClaimRepository;
import id.jamsos.rentan.claim.ClaimType;
import id.jamsos.rentan.common.Formats;
import id.jamsos.rentan.enrollment.MemberRepository;
import id.jamsos.rentan.pks.Agreement;
import id.jamsos.rentan.pks.AgreementRepository;
import id.jamsos.rentan.premium.PremiumInvoiceRepository;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Builds the {@link Dashboard} of a regency from the owning features' data: coverage and backlog from
 * {@link CoverageBacklogService}, members from {@code enrollment}, the PKS and its premium invoices, and claim
 * payments. The caller has checked region access; this class answers for any regency code it is given.
 */
@Service
public class DashboardService {
    /** Months shown in the time charts (members, claims), the current month included. */
    public static final int MONTHS = 24;

    private final CoverageBacklogService backlog;
    private final MemberRepository members;
    private final AgreementRepository agreements;
    private final PremiumInvoiceRepository invoices;
    private final ClaimRepository claims;

    public DashboardService(CoverageBacklogService backlog, MemberRepository members, AgreementRepository agreements,
                            PremiumInvoiceRepository invoices, ClaimRepository claims) {
        this.backlog = backlog;
        this.members = members;
        this.agreements = agreements;
        this.invoices = invoices;
        this.claims = claims;
    }

    /** The dashboard of a regency (4-digit Kemendagri code) as of now (engine time, WIB). */
    public Dashboard of(String regencyCode) {
        CoverageBacklogReport report = backlog.report(regencyCode, ReportController.DEFAULT_HISTORY_DAYS);
        OffsetDateTime now = report.generatedAt();
        LocalDate thisMonth = now.toLocalDate().withDayOfMonth(1);
        LocalDate firstMonth = thisMonth.minusMonths(MONTHS - 1);

        List<Dashboard.Kecamatan> kecamatan = report.rows().stream().map(l -> new Dashboard.Kecamatan(
                l.kecamatanCode(), l.kecamatanName(), l.vulnerablePopulation(), nz(l.activeMembers()), l.coveragePercent(),
                nz(l.awaitingVillage()) + nz(l.awaitingKecamatan()) + nz(l.awaitingFinal()), l.openTasks(),
                l.overdueTasks())).toList();

        Dashboard.Budget budget = agreements.activeOn(regencyCode, now.toLocalDate()).map(this::budget).orElse(null);
        return new Dashboard(regencyCode, report.regencyName(), now, kecamatan,
                membersOverTime(regencyCode, firstMonth, thisMonth),
                budget, claimsByMonth(regencyCode, firstMonth), byPayer(regencyCode, now.toLocalDate()));
    }

    /** Every ACTIVE PKS of the regency on the day, Dinsos first (issue 16: members and premiums split by payer). */
    List<Dashboard.PayerBudget> byPayer(String regencyCode, LocalDate day) {
        return agreements.allByRegency(regencyCode, null).stream()
                .filter(a -> a.status() == id.jamsos.rentan.pks.PksStatus.ACTIVE && a.covers(day))
                .sorted(java.util.Comparator.comparing((Agreement a) -> !a.isDinsos()).thenComparing(Agreement::pksNumber))
                .map(a -> {
                    PremiumInvoiceRepository.Totals t = invoices.totals(a.pksNumber());
                    long n = agreements.enrolledCount(a.pksNumber());
                    return new Dashboard.PayerBudget(a.pksNumber(), a.payer(), a.payerTitle(), a.quota(), n, a.budget(),
                            t.invoiced(), t.paid(), n * a.premiumPerMonth());
                }).toList();
    }

    private Dashboard.Budget budget(Agreement a) {
        PremiumInvoiceRepository.Totals t = invoices.totals(a.pksNumber());
        return new Dashboard.Budget(a.pksNumber(), a.fiscalYear(), a.quota(), agreements.enrolledCount(a.pksNumber()),
                a.budget(), t.invoiced(), t.paid());
    }

    /**
     * Members covered in each month from first to last: all starts up to and including the month, less the
     * covers that ended before the month began.
     */
    List<Dashboard.MembersInMonth> membersOverTime(String regencyCode, LocalDate first, LocalDate last) {
        Map<LocalDate, Long> starts = byMonth(members.startsByMonth(regencyCode));
        Map<LocalDate, Long> ends = byMonth(members.endsByMonth(regencyCode));
        return membersOverTime(starts, ends, first, last);
    }

    static List<Dashboard.MembersInMonth> membersOverTime(Map<LocalDate, Long> starts, Map<LocalDate, Long> ends,
                                                          LocalDate first, LocalDate last) {
        List<Dashboard.MembersInMonth> out = new ArrayList<>();
        for (LocalDate m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            LocalDate month = m;
            long started = starts.entrySet().stream().filter(e -> !e.getKey().isAfter(month))
                    .mapToLong(Map.Entry::getValue).sum();
            long ended = ends.entrySet().stream().filter(e -> e.getKey().isBefore(month))
                    .mapToLong(Map.Entry::getValue).sum();
            out.add(new Dashboard.MembersInMonth(month, started - ended));
        }
        return out;
    }

    private static Map<LocalDate, Long> byMonth(List<MemberRepository.MonthCount> counts) {
        Map<LocalDate, Long> map = new TreeMap<>();
        counts.forEach(c -> map.merge(c.month(), c.count(), Long::sum));
        return map;
    }

    /** Claims paid per WIB month and type: every month and both types, zeros included, so the chart has no gaps. */
    List<Dashboard.ClaimsInMonth> claimsByMonth(String regencyCode, LocalDate first) {
        Instant from = first.atStartOfDay(Formats.WIB).toInstant();
        return claimsByMonth(claims.paidTransfers(regencyCode, from), first,
                LocalDate.ofInstant(ClockUtil.now().toInstant(), Formats.WIB).withDayOfMonth(1));
    }

    static List<Dashboard.ClaimsInMonth> claimsByMonth(List<ClaimRepository.PaidTransfer> paid, LocalDate first,
                                                       LocalDate last) {
        record Key(LocalDate month, ClaimType type) {
        }
        Map<Key, long[]> totals = new LinkedHashMap<>();
        Map<Key, Set<String>> claimNumbers = new LinkedHashMap<>();
        for (LocalDate m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            for (ClaimType t : ClaimType.values()) {
                totals.put(new Key(m, t), new long[1]);
                claimNumbers.put(new Key(m, t), new java.util.HashSet<>());
            }
        }
        for (ClaimRepository.PaidTransfer p : paid) {
            Key key = new Key(p.paidAt().atZoneSameInstant(Formats.WIB).toLocalDate().withDayOfMonth(1), p.type());
            Optional.ofNullable(totals.get(key)).ifPresent(t -> t[0] += p.amount());
            Optional.ofNullable(claimNumbers.get(key)).ifPresent(s -> s.add(p.claimNumber()));
        }
        return totals.entrySet().stream().map(e -> new Dashboard.ClaimsInMonth(e.getKey().month(),
                e.getKey().type().name(), claimNumbers.get(e.getKey()).size(), e.getValue()[0])).toList();
    }

    private static long nz(Long n) {
        return n == null ? 0 : n;
    }
}
