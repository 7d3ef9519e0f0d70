package id.jamsos.rentan.enrollment;

import com.fasterxml.jackson.databind.JsonNode;
import id.jamsos.rentan.support.IntegrationTest;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The members Excel export downloaded over HTTP as the officials of the demo seed, opened with POI. */
class MemberExportIT extends IntegrationTest {
    static final List<String> HEADER = List.of("No.", "Nomor Peserta", "NIK", "Nama", "Desa/Kelurahan", "Kecamatan",
            "Kode Desa", "Status", "Mulai Perlindungan", "Akhir Perlindungan", "Bulan Iuran", "Nomor PKS",
            "Pembayar");

    @Test
    void dinsosDownloadsTheRegencyMembersAsExcel() throws IOException {
        ResponseEntity<byte[]> r = as("dinsos.6203").getForEntity(url("/api/members/export.xlsx?regionCode=6203&status="),
                byte[].class);
        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(r.getHeaders().getContentType().toString())
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(r.getHeaders().getContentDisposition().getFilename()).matches("peserta-6203-\\d{8}\\.xlsx");

        JsonNode api = as("dinsos.6203").getForEntity(url("/api/members?regencyCode=6203&size=1000"), JsonNode.class).getBody();
        List<JsonNode> expected = new ArrayList<>();
        api.get("content").forEach(expected::add);
        assertThat(expected).hasSizeGreaterThanOrEqualTo(20);

        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(r.getBody()))) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Peserta 6203");
            Row head = sheet.getRow(0);
            for (int c = 0; c < HEADER.size(); c++) {
                assertThat(head.getCell(c).getStringCellValue()).isEqualTo(HEADER.get(c));
            }
            assertThat(sheet.getLastRowNum()).isEqualTo(expected.size());
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();

            DataFormatter indonesian = new DataFormatter(new Locale("id", "ID"));
            for (int i = 0; i < expected.size(); i++) {
                JsonNode m = expected.get(i);
                Row row = sheet.getRow(i + 1);
                assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(i + 1d);
                assertThat(row.getCell(1).getStringCellValue()).isEqualTo(m.get("membershipNumber").asText());
                String nik = row.getCell(2).getStringCellValue();
                assertThat(nik).isEqualTo(m.get("nikMasked").asText()).contains("*").hasSize(16);
                assertThat(row.getCell(3).getStringCellValue()).isEqualTo(m.get("name").asText());
                assertThat(row.getCell(6).getStringCellValue()).isEqualTo(m.get("villageCode").asText()).startsWith("6203");
                assertThat(row.getCell(4).getStringCellValue()).matches("(Desa|Kel\\.) .+");
                assertThat(row.getCell(7).getStringCellValue()).isEqualTo(switch (m.get("status").asText()) {
                    case "ACTIVE" -> "Aktif";
                    case "LAPSED" -> "Nonaktif";
                    default -> "Berakhir";
                });
                Cell start = row.getCell(8);
                assertThat(start.getCellType()).isEqualTo(CellType.NUMERIC);
                LocalDate coverageStart = LocalDate.parse(m.get("coverageStart").asText());
                assertThat(start.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(coverageStart);
                assertThat(indonesian.formatCellValue(start))
                        .isEqualTo(String.format("%02d-%02d-%04d", coverageStart.getDayOfMonth(),
                                coverageStart.getMonthValue(), coverageStart.getYear()));
                assertThat(row.getCell(10).getNumericCellValue()).isEqualTo(m.get("contributionMonths").asDouble());
                // Members filed by other tests may have no PKS (the field is then absent in JSON, blank in Excel).
                Cell pks = row.getCell(11);
                assertThat(pks == null ? "" : pks.getStringCellValue()).isEqualTo(m.path("pksNumber").asText(""));
            }
        }
    }

    @Test
    void villageExportHoldsOnlyThatVillage() throws IOException {
        // Selat Hilir, a real village (Kemendagri 6203011007) where demo members live (issue 18).
        ResponseEntity<byte[]> r = as("lurah.6203011007")
                .getForEntity(url("/api/members/export.xlsx?regionCode=6203011007&status=ACTIVE"), byte[].class);
        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.OK);
        long count = as("dinsos.6203").getForEntity(url("/api/members?regencyCode=6203011007&status=ACTIVE"),
                JsonNode.class).getBody().get("totalElements").asLong();
        assertThat(count).isPositive();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(r.getBody()))) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo((int) count);
            for (int i = 1; i <= count; i++) {
                assertThat(sheet.getRow(i).getCell(6).getStringCellValue()).isEqualTo("6203011007");
                assertThat(sheet.getRow(i).getCell(4).getStringCellValue()).isEqualTo("Kel. Selat Hilir");
                assertThat(sheet.getRow(i).getCell(5).getStringCellValue()).isEqualTo("Selat");
                assertThat(sheet.getRow(i).getCell(7).getStringCellValue()).isEqualTo("Aktif");
            }
        }
    }

    @Test
    void supervisorAndCamatExportTheirOwnArea() throws IOException {
        ResponseEntity<byte[]> supervisor = as("supervisor.6203").getForEntity(
                url("/api/members/export.xlsx?regionCode=620301"), byte[].class);
        assertThat(supervisor.getStatusCode()).isEqualTo(HttpStatus.OK);
        ResponseEntity<byte[]> camat = as("camat.620301").getForEntity(
                url("/api/members/export.xlsx?regionCode=620301"), byte[].class);
        assertThat(camat.getStatusCode()).isEqualTo(HttpStatus.OK);
        long count = as("dinsos.6203").getForEntity(url("/api/members?regencyCode=620301"), JsonNode.class)
                .getBody().get("totalElements").asLong();
        try (XSSFWorkbook a = new XSSFWorkbook(new ByteArrayInputStream(supervisor.getBody()));
             XSSFWorkbook b = new XSSFWorkbook(new ByteArrayInputStream(camat.getBody()))) {
            assertThat(a.getSheetAt(0).getLastRowNum()).isEqualTo((int) count);
            assertThat(b.getSheetAt(0).getLastRowNum()).isEqualTo((int) count);
            for (int i = 1; i <= count; i++) {
                assertThat(a.getSheetAt(0).getRow(i).getCell(5).getStringCellValue()).isEqualTo("Selat");
            }
        }
        ResponseEntity<JsonNode> otherKecamatan = as("camat.620301").getForEntity(
                url("/api/members/export.xlsx?regionCode=620302"), JsonNode.class);
        assertThat(otherKecamatan.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void anotherRegencyIsRefused() {
        ResponseEntity<JsonNode> r = as("dinsos.6208").getForEntity(url("/api/members/export.xlsx?regionCode=6203"),
                JsonNode.class);
        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(r.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        assertThat(r.getBody().get("detail").asText()).contains("6203");

        // A Lurah sees the own village only, not the kecamatan around it.
        ResponseEntity<JsonNode> lurah = as("lurah.6203011001").getForEntity(
                url("/api/members/export.xlsx?regionCode=620301"), JsonNode.class);
        assertThat(lurah.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void badParametersAreExplainedInIndonesian() {
        ResponseEntity<JsonNode> region = as("dinsos.6203").getForEntity(url("/api/members/export.xlsx?regionCode=62"),
                JsonNode.class);
        assertThat(region.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(region.getBody().toString()).contains("regionCode").contains("10 digit");

        ResponseEntity<JsonNode> status = as("dinsos.6203").getForEntity(
                url("/api/members/export.xlsx?regionCode=6203&status=HIDUP"), JsonNode.class);
        assertThat(status.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(status.getBody().toString()).contains("status").contains("ACTIVE, LAPSED, ENDED");
    }
}
