package id.jamsos.rentan.common;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WorkingDaysTest {
    private final WorkingDays days = new WorkingDays(List.of(LocalDate.of(2026, 8, 17), LocalDate.of(2026, 12, 25)));

    @Test
    void weekendsAndHolidaysAreNotWorkingDays() {
        assertThat(days.isWorkingDay(LocalDate.of(2026, 11, 21))).isFalse(); // Saturday
        assertThat(days.isWorkingDay(LocalDate.of(2026, 11, 22))).isFalse(); // Sunday
        assertThat(days.isWorkingDay(LocalDate.of(2026, 8, 17))).isFalse();  // Hari Kemerdekaan, Monday
        assertThat(days.isWorkingDay(LocalDate.of(2026, 11, 23))).isTrue();
    }

    @Test
    void dueDateMovesToNextWorkingDay() {
        assertThat(days.onOrAfter(LocalDate.of(2026, 11, 15))).isEqualTo(LocalDate.of(2026, 11, 16)); // Sunday -> Monday
        assertThat(days.onOrAfter(LocalDate.of(2026, 8, 15))).isEqualTo(LocalDate.of(2026, 8, 18)); // Sat, Sun, holiday
        assertThat(days.onOrAfter(LocalDate.of(2026, 10, 15))).isEqualTo(LocalDate.of(2026, 10, 15));
    }

    @Test
    void threeWorkingDaysSkipWeekendAndHoliday() {
        assertThat(days.plusWorkingDays(LocalDate.of(2026, 11, 20), 3)).isEqualTo(LocalDate.of(2026, 11, 25));
        assertThat(days.plusWorkingDays(LocalDate.of(2026, 12, 23), 3)).isEqualTo(LocalDate.of(2026, 12, 29));
    }
}
