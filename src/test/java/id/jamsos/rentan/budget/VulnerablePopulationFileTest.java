package id.jamsos.rentan.budget;

import id.jamsos.rentan.common.ValidationException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reading the population file as officials' Excel writes it; row numbers as Excel shows them (header = 1). */
class VulnerablePopulationFileTest {
    static List<Map<String, String>> parse(String csv) {
        return VulnerablePopulationService.parse("p.csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void quotedLineBreaksBomSemicolonsAndBlankLines() {
        List<Map<String, String>> rows = parse("\uFEFFKode Wilayah;Tahun;Jumlah;Sumber\r\n\r\n"
                + "6203;2025;11.628;\"BPS\r\nSakernas\"\r\n620301;2025;900;Dinsos\r\n");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).containsEntry("#", "3").containsEntry("regionCode", "6203")
                .containsEntry("population", "11.628").containsEntry("source", "BPS\r\nSakernas");
        assertThat(rows.get(1)).containsEntry("#", "4").containsEntry("regionCode", "620301");
    }

    @Test
    void aMissingColumnIsNamed() {
        assertThatThrownBy(() -> parse("kode_wilayah,tahun,jumlah\n6203,2025,1\n"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("source");
    }
}
