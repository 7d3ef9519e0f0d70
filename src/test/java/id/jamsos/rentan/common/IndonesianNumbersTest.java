package id.jamsos.rentan.common;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IndonesianNumbersTest {
    @ParameterizedTest
    @CsvSource({"48500,48500", "48.500,48500", "' 48.500 ',48500", "4.888.800.000,4888800000", "Rp4.888.800.000,4888800000",
            "Rp 1.008.000.000,1008000000", "rp16.800,16800", "0,0", "999,999", "1.000,1000"})
    void readsDotThousands(String text, long expected) {
        assertThat(IndonesianNumbers.parseWhole(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"48,5", "48.500,00", "4.85", "48.50.0", ".500", "500.", "-5", "12a", "1 000", "99999999999999999999"})
    void refusesWhatIsNoWholeNumber(String text) {
        assertThatThrownBy(() -> IndonesianNumbers.parseWhole(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("For input string");
    }

    @Test
    void blankIsNoValue() {
        assertThat(IndonesianNumbers.parseWhole(null)).isNull();
        assertThat(IndonesianNumbers.parseWhole("  ")).isNull();
    }

    @ParameterizedTest
    @CsvSource({"0,0", "999,999", "1000,1.000", "48500,48.500", "4888800000,4.888.800.000", "-1200,-1.200", "100000,100.000"})
    void showsDotThousands(long value, String expected) {
        assertThat(IndonesianNumbers.format(value)).isEqualTo(expected);
        assertThat(IndonesianNumbers.parseWhole(expected.replace("-", ""))).isEqualTo(Math.abs(value));
    }

    @Test
    void rupiahHasThePrefix() {
        assertThat(IndonesianNumbers.rupiah(4_888_800_000L)).isEqualTo("Rp4.888.800.000");
    }
}
