package id.jamsos.rentan.report;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import static id.jamsos.rentan.verification.VerificationProcessKeys.TASK_APPROVE_KECAMATAN;
import static id.jamsos.rentan.verification.VerificationProcessKeys.TASK_FINALIZE;
import static id.jamsos.rentan.verification.VerificationProcessKeys.TASK_VERIFY_VILLAGE;
import static org.assertj.core.api.Assertions.assertThat;

/** How a finished task is attributed to a kecamatan, and how a line's task figures add up. */
class CoverageBacklogRulesTest {

    @Test
    void villageAndKecamatanTasksBelongToTheKecamatanOfTheirCandidateGroup() {
        assertThat(CoverageBacklogService.kecamatanOf(TASK_VERIFY_VILLAGE, "lurah-6203011001")).isEqualTo("620301");
        assertThat(CoverageBacklogService.kecamatanOf(TASK_APPROVE_KECAMATAN, "camat-620317")).isEqualTo("620317");
        // The Dinsos task is regency-level; groups of another role or shape say nothing about a kecamatan.
        assertThat(CoverageBacklogService.kecamatanOf(TASK_FINALIZE, "dinsos-6203")).isNull();
        assertThat(CoverageBacklogService.kecamatanOf(TASK_VERIFY_VILLAGE, "camat-620301")).isNull();
        assertThat(CoverageBacklogService.kecamatanOf(TASK_APPROVE_KECAMATAN, "lurah-6203011001")).isNull();
        assertThat(CoverageBacklogService.kecamatanOf(TASK_VERIFY_VILLAGE, "lurah-620301")).isNull();
        assertThat(CoverageBacklogService.kecamatanOf(TASK_VERIFY_VILLAGE, "camunda-admin")).isNull();
        assertThat(CoverageBacklogService.kecamatanOf(TASK_VERIFY_VILLAGE, null)).isNull();
    }

    @Test
    void averageIsTotalDurationOverCountAndLateMeansEndedAfterTheDueDate() {
        Instant due = Instant.parse("2026-11-10T09:00:00Z");
        TaskTally kecamatan = new TaskTally();
        assertThat(kecamatan.averageDays()).isNull();
        kecamatan.completed(Duration.ofDays(1).toMillis(), Date.from(due), Date.from(due.minusSeconds(60)));
        kecamatan.completed(Duration.ofDays(2).toMillis(), Date.from(due), Date.from(due));
        kecamatan.completed(Duration.ofHours(105).toMillis(), Date.from(due), Date.from(due.plusSeconds(1)));
        kecamatan.completed(Duration.ofHours(3).toMillis(), null, Date.from(due));
        assertThat(kecamatan.completed).isEqualTo(4);
        // Exactly at the due date is on time; without a due date never late.
        assertThat(kecamatan.late).isEqualTo(1);
        // (24 + 48 + 105 + 3) h / 4 = 45 h = 1.875 days
        assertThat(kecamatan.averageDays()).isEqualByComparingTo(new BigDecimal("1.9"));

        TaskTally other = new TaskTally();
        other.open = 3;
        other.overdue = 1;
        other.completed(Duration.ofDays(10).toMillis(), Date.from(due), Date.from(due.plusSeconds(3600)));
        TaskTally total = new TaskTally();
        total.add(kecamatan);
        total.add(other);
        assertThat(total.open).isEqualTo(3);
        assertThat(total.overdue).isEqualTo(1);
        assertThat(total.completed).isEqualTo(5);
        assertThat(total.late).isEqualTo(2);
        // Weighted: (180 + 240) h / 5 = 84 h = 3.5 days, not the mean of 1.9 and 10.
        assertThat(total.averageDays()).isEqualByComparingTo(new BigDecimal("3.5"));
    }
}
