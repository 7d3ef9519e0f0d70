package id.jamsos.rentan.budget;

import com.fasterxml.jackson.databind.JsonNode;
import id.jamsos.rentan.common.Formats;
import id.jamsos.rentan.support.IntegrationTest;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13, "Coverage % needs the population": the vulnerable-worker population per regency and kecamatan is data
 * with its year and source (CSV/XLSX import), /api/coverage always answers population and coveragePercent
 * (CONTRACT), and the demo shows Kapuas at about 43% (DOMAIN "Regions": ~43% covered in 2025).
 */
class VulnerablePopulationIT extends IntegrationTest {
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    BudgetEvaluationRepository evaluations;

    static final int YEAR = LocalDate.now(Formats.WIB).getYear();

    ResponseEntity<JsonNode> upload(String user, String name, byte[] content) {
        MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return name;
            }
        });
        HttpHeaders h = new HttpHeaders();
        h.setContentType(MediaType.MULTIPART_FORM_DATA);
        return as(user).postForEntity(url("/api/vulnerable-population/import"), new HttpEntity<>(body, h), JsonNode.class);
    }

    @Test
    void aCsvAsExcelWritesItIsImportedWithItsSourceAndFeedsCoverage() {
        // The figure of the year being budgeted (next year), the one coverage reads ("latest up to next year"):
        // a budget evaluation typed for that year (BudgetStartFormBrowserIT) is replaced by the import, not shadowing it.
        int year = YEAR + 1;
        // ';' separator, BOM, CRLF, a quoted source with a line break and a thousands separator in the number.
        String csv = "\uFEFFkode_wilayah;tahun;jumlah;sumber\r\n"
                + "61.12;" + year + ";\"20.000\";\"BPS Sakernas Agustus " + year + ";\nolah Dinsos\"\r\n"
                + "611201;" + year + ";3000;Survei Dinsos Kubu Raya\r\n";
        ResponseEntity<JsonNode> r = upload("dinsos.6112", "penduduk-rentan.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(r.getStatusCode()).as(String.valueOf(r.getBody())).isEqualTo(HttpStatus.OK);
        assertThat(r.getBody().get("rows").asInt()).isEqualTo(2);
        assertThat(evaluations.populationFigure("6112", year).orElseThrow().source())
                .isEqualTo("BPS Sakernas Agustus " + year + ";\nolah Dinsos");

        // Imported again: replaced, not duplicated.
        ResponseEntity<JsonNode> again = upload("dinsos.6112", "penduduk-rentan.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(again.getBody().get("added").asInt()).isZero();
        assertThat(again.getBody().get("updated").asInt()).isEqualTo(2);

        JsonNode cov = as("supervisor.6112").getForObject(url("/api/coverage/6112"), JsonNode.class);
        assertThat(cov.get("population").asInt()).isEqualTo(20_000);
        long members = cov.get("members").asLong();
        // DOMAIN "Coverage indicator": members ÷ vulnerable-worker population × 100.
        assertThat(cov.get("coveragePercent").decimalValue()).isEqualByComparingTo(
                BigDecimal.valueOf(members * 100).divide(BigDecimal.valueOf(20_000), 2, RoundingMode.HALF_UP));
        assertThat(cov.get("populationSource").asText()).startsWith("BPS Sakernas");
        JsonNode k = null;
        for (JsonNode n : cov.get("byKecamatan")) {
            if (n.get("kecamatanCode").asText().equals("611201")) {
                k = n;
            }
        }
        assertThat(k).isNotNull();
        assertThat(k.get("population").asInt()).isEqualTo(3000);
        assertThat(k.has("coveragePercent")).isTrue();
        // A kecamatan without a figure still carries the contract fields, as null.
        for (JsonNode n : cov.get("byKecamatan")) {
            assertThat(n.has("population")).isTrue();
            assertThat(n.has("coveragePercent")).isTrue();
        }
    }

    @Test
    void anXlsxIsImportedAndBadRowsRefuseTheWholeFileNamingRowAndColumn() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet s = wb.createSheet("Data");
            String[][] rows = {{"regionCode", "year", "population", "source"},
                    {"611202", String.valueOf(YEAR), "2500", "BPS"},
                    {"9999", String.valueOf(YEAR), "10", "BPS"},
                    {"611203", "dua ribu", "-5", ""}};
            for (int i = 0; i < rows.length; i++) {
                var row = s.createRow(i);
                for (int c = 0; c < rows[i].length; c++) {
                    row.createCell(c).setCellValue(rows[i][c]);
                }
            }
            wb.write(out);
        }
        ResponseEntity<JsonNode> bad = upload("dinsos.6112", "data.xlsx", out.toByteArray());
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(bad.getHeaders().getContentType().toString()).contains("problem+json");
        String text = bad.getBody().toString();
        assertThat(text).contains("\"row\":3").contains("regionCode").contains("\"row\":4").contains("year")
                .contains("population").contains("source");
        // Nothing written: the good row of the refused file is not recorded.
        assertThat(evaluations.populationFigure("611202", YEAR)).isEmpty();

        ByteArrayOutputStream good = new ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            var s = wb.createSheet("Data");
            var h = s.createRow(0);
            h.createCell(0).setCellValue("kode_wilayah");
            h.createCell(1).setCellValue("tahun");
            h.createCell(2).setCellValue("jumlah");
            h.createCell(3).setCellValue("sumber");
            var r = s.createRow(1);
            r.createCell(0).setCellValue("611202");
            r.createCell(1).setCellValue(YEAR);
            r.createCell(2).setCellValue(2500);
            r.createCell(3).setCellValue("Survei Dinsos");
            wb.write(good);
        }
        assertThat(upload("dinsos.6112", "data.xlsx", good.toByteArray()).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(evaluations.populationFigure("611202", YEAR).orElseThrow().population()).isEqualTo(2500);
    }

    @Test
    void anotherRegencysFiguresAreForbidden() {
        String csv = "kode_wilayah,tahun,jumlah,sumber\n6112," + YEAR + ",1,BPS\n";
        assertThat(upload("dinsos.6203", "x.csv", csv.getBytes(StandardCharsets.UTF_8)).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(upload("lurah.6203011001", "x.csv", "kode_wilayah,tahun,jumlah,sumber\n6203,2025,1,BPS\n"
                .getBytes(StandardCharsets.UTF_8)).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void theDemoSeedsKapuasSoItsCoverageIsAboutFortyThreePercent() {
        // DOMAIN "Regions": "~43% of its vulnerable workers were covered in 2025"; scaled to the 27 demo members
        // (24 of Dinsos, 3 of village 6203011001's APBDes program, issue 16).
        var f = evaluations.populationFigure("6203", YEAR - 1).orElseThrow();
        assertThat(f.population()).isEqualTo(63);
        assertThat(f.source()).contains("Demo");
        int demoMembers = jdbc.queryForObject("select count(*) from member where regency_code = '6203' "
                + "and membership_number like '6203000%'", Integer.class);
        assertThat(BudgetCalculator.coveragePercent(demoMembers, f.population())).isEqualByComparingTo("42.86");
    }
}
