package id.jamsos.rentan.common;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IndonesianDatesTest {
    @ParameterizedTest
    @CsvSource({"05-02-2019,2019-02-05", "5-2-2019,2019-02-05", "05/02/2019,2019-02-05", "05.02.2019,2019-02-05",
            "2019-02-05,2019-02-05", "2019-02-05T00:00:00.000+0700,2019-02-05", "' 31-12-2026 ',2026-12-31", "29-02-2024,2024-02-29"})
    void readsDayFirstAndIso(String text, LocalDate expected) {
        assertThat(IndonesianDates.parse(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"12-31-2019", "31-02-2019", "29-02-2023", "05-02-19", "2019/02/05", "5 Februari 2019", "abc"})
    void refusesMonthFirstImpossibleAndShortYears(String text) {
        assertThatThrownBy(() -> IndonesianDates.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("dd-mm-yyyy");
    }

    @Test
    void blankIsNoDate() {
        assertThat(IndonesianDates.parse(null)).isNull();
        assertThat(IndonesianDates.parse(" ")).isNull();
    }

    @Test
    void showsDayFirstWithDashes() {
        assertThat(IndonesianDates.format(LocalDate.of(2019, 2, 5))).isEqualTo("05-02-2019");
        assertThat(IndonesianDates.format(LocalDate.of(2026, 12, 31))).isEqualTo("31-12-2026");
        assertThat(IndonesianDates.format(null)).isEmpty();
    }
}
