package id.jamsos.rentan.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The figures behind "Dasbor Jaminan Sosial" for one regency: one chart each. Amounts in whole rupiah, months as
 * their first day (WIB), percentages in points (43.12 for 43,12 %).
 *
 * @param kecamatan coverage and verification backlog per kecamatan (from {@link CoverageBacklogReport})
 * @param members   members covered in each of the last {@link DashboardService#MONTHS} months, oldest first
 * @param budget    the active PKS's absorption; null when the regency has no ACTIVE PKS today
 * @param claims    claims paid per month and claim type in the last {@link DashboardService#MONTHS} months
 * @param byPayer   issue 16: every ACTIVE PKS of the regency today (one per payer's program, Dinsos first) with its
 *                  members and premiums; {@code budget} is the Dinsos program's entry
 */
public record Dashboard(String regencyCode, String regencyName, OffsetDateTime generatedAt, List<Kecamatan> kecamatan,
                        List<MembersInMonth> members, Budget budget, List<ClaimsInMonth> claims, List<PayerBudget> byPayer) {

    /**
     * One program's PKS (issue 16): who pays ({@code payer} code and {@code payerTitle}, e.g. "Kesbangpol"), quota and
     * ACTIVE members, budget, premium invoiced and paid (rupiah), and this month's premium for its members.
     */
    public record PayerBudget(String pksNumber, String payer, String payerTitle, int quota, long members, long budget,
                              long invoiced, long paid, long premiumPerMonth) {
    }

    /**
     * One kecamatan: its vulnerable-worker population (null when not recorded, and then no percentage), ACTIVE
     * members, coverage %, candidates waiting for a verification step, open and overdue verification tasks.
     */
    public record Kecamatan(String code, String name, Integer population, long members, BigDecimal coveragePercent,
                            long awaitingVerification, long openTasks, long overdueTasks) {
    }

    /** Members whose cover ran at some day of the month (started in or before it, not ended before it). */
    public record MembersInMonth(LocalDate month, long members) {
    }

    /**
     * Budget absorption of the ACTIVE PKS: quota (workers) and how many ACTIVE members use it; the PKS budget
     * (rupiah) against the premium invoiced so far and the part of it paid.
     */
    public record Budget(String pksNumber, int fiscalYear, int quota, long quotaUsed, long budget, long invoiced,
                         long paid) {
    }

    /** Claims of a type paid in a month: how many claims got a transfer, and the rupiah transferred. */
    public record ClaimsInMonth(LocalDate month, String type, long claims, long amount) {
    }
}
