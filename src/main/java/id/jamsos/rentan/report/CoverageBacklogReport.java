package id.jamsos.rentan.report;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Coverage and verification backlog of a regency: one line per kecamatan, the regency-level tasks (Dinsos
 * finalisation) and the totals. Task figures are verification tasks ({@code candidate-verification} and the
 * {@code kecamatan-verification} it calls); completed ones are those finished from {@code historyFrom} (the last
 * {@code historyDays} days) to {@code generatedAt}.
 */
public record CoverageBacklogReport(String regencyCode, String regencyName, OffsetDateTime generatedAt,
                                    int historyDays, OffsetDateTime historyFrom, List<Line> rows, Line regencyTasks,
                                    Line totals) {

    /**
     * One line of the report. Coverage and candidate figures are absent (null) where they do not apply (the
     * regency-level tasks) or are not recorded (a kecamatan's vulnerable population, and so its percentage).
     *
     * @param activeMembers         ACTIVE members
     * @param coveragePercent       active members ÷ vulnerable population × 100, two decimals
     * @param awaitingVillage       candidates waiting for the Lurah/Kepala Desa (AWAITING_VILLAGE)
     * @param awaitingKecamatan     candidates waiting for the Camat (AWAITING_KECAMATAN)
     * @param awaitingFinal         candidates waiting for Dinsos to finalise the list (AWAITING_FINAL)
     * @param openTasks             open verification tasks
     * @param overdueTasks          open verification tasks whose due date has passed
     * @param completedTasks        verification tasks completed in the history window
     * @param averageDaysToComplete calendar days from task creation to completion, averaged, one decimal
     * @param completedLate         completed tasks finished after their due date
     */
    public record Line(String kecamatanCode, String kecamatanName, Integer vulnerablePopulation, Long activeMembers,
                       BigDecimal coveragePercent, Long awaitingVillage, Long awaitingKecamatan, Long awaitingFinal,
                       long openTasks, long overdueTasks, long completedTasks, BigDecimal averageDaysToComplete,
                       long completedLate) {
    }
}
