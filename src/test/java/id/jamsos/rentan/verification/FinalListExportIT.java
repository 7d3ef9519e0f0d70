package id.jamsos.rentan.verification;

import com.fasterxml.jackson.databind.JsonNode;
import id.jamsos.rentan.common.Formats;
import id.jamsos.rentan.support.IntegrationTest;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static id.jamsos.rentan.support.Downloads.assertBadParameter;
import static id.jamsos.rentan.support.Downloads.assertForbidden;
import static id.jamsos.rentan.support.Downloads.header;
import static id.jamsos.rentan.support.Downloads.shown;
import static id.jamsos.rentan.support.Downloads.xlsx;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SK Bupati annex downloaded over HTTP as the demo officials, compared with the candidate API. Each test
 * writes its own batch (candidates in every status, written directly: the verification flow has its own tests).
 */
class FinalListExportIT extends IntegrationTest {
    static final int YEAR = LocalDate.now(Formats.WIB).getYear();
    // Serials 9000–9999 on a birth date no other test uses: NIKs unique in this JVM's database.
    static final AtomicInteger SERIAL = new AtomicInteger(9000 + (int) (System.nanoTime() % 500));

    @Autowired
    CandidateRepository repo;
    @Autowired
    JdbcTemplate jdbc;

    /** A seeded batch: the candidates' ids by NIK, and their intended status. */
    record Seeded(long batchId, Map<String, Long> idByNik, Map<String, CandidateStatus> statusByNik) {
        List<String> niks(CandidateStatus... statuses) {
            Set<CandidateStatus> wanted = Set.of(statuses);
            return statusByNik.entrySet().stream().filter(e -> wanted.contains(e.getValue())).map(Map.Entry::getKey).toList();
        }
    }

    /** Seven candidates over two villages: 2 AWAITING_FINAL, 2 APPROVED, 1 ENROLLED, 1 REJECTED, 1 AWAITING_VILLAGE. */
    Seeded seed(String regency, String villageA, String villageB) {
        Object[][] specs = {
                // name, sex, village, category, status
                {"Wati Lestari", "F", villageB, "PEDAGANG_PASAR", CandidateStatus.APPROVED},
                {"Ahmad Hidayat", "M", villageA, "PETANI", CandidateStatus.APPROVED},
                {"Nur Aisyah", "F", villageA, "KADER_POSYANDU", CandidateStatus.ENROLLED},
                {"Joko Pratama", "M", villageA, "NELAYAN", CandidateStatus.AWAITING_FINAL},
                {"Dewi Sari", "F", villageB, "GURU_NGAJI", CandidateStatus.AWAITING_FINAL},
                {"Rudi Ditolak", "M", villageA, "OJEK", CandidateStatus.REJECTED},
                {"Yusuf Menunggu", "M", villageB, "UMKM", CandidateStatus.AWAITING_VILLAGE}};
        long batchId = repo.insertBatch(regency, "JSON", specs.length, LocalDate.of(YEAR, 1, 1), "uji.ekspor");
        List<CandidateRepository.NewCandidate> rows = new ArrayList<>();
        Map<String, CandidateStatus> statusByNik = new LinkedHashMap<>();
        LocalDate birth = LocalDate.of(1979, 3, 17);
        for (int i = 0; i < specs.length; i++) {
            String sex = (String) specs[i][1];
            String village = (String) specs[i][2];
            String nik = village.substring(0, 6) + String.format("%02d", birth.getDayOfMonth() + ("F".equals(sex) ? 40 : 0))
                    + "0379" + SERIAL.incrementAndGet();
            CandidateStatus status = (CandidateStatus) specs[i][4];
            statusByNik.put(nik, status);
            CandidateRow row = new CandidateRow(i + 1, nik, (String) specs[i][0], birth.toString(), sex, village,
                    (String) specs[i][3], "RT 0" + (i + 1) + ", Jl. Uji Ekspor", null, null, null);
            rows.add(new CandidateRepository.NewCandidate(batchId, row, birth, regency, null,
                    new DtksRegistry.Answer(true, 1, LocalDate.of(YEAR, 1, 1), "terdaftar DTSEN desil 1"), status, null));
        }
        repo.insertCandidates(rows);
        repo.finishBatch(batchId);
        Map<String, Long> idByNik = new LinkedHashMap<>();
        for (long id : repo.acceptedIds(batchId)) {
            idByNik.put(repo.find(id).orElseThrow().nik(), id);
        }
        String pks = "PKS-" + regency + "-" + YEAR;
        statusByNik.forEach((nik, status) -> {
            if (status == CandidateStatus.APPROVED || status == CandidateStatus.ENROLLED) {
                jdbc.update("update candidate set pks_number = ? where id = ?", pks, idByNik.get(nik));
            }
            if (status == CandidateStatus.ENROLLED) {
                jdbc.update("update candidate set membership_number = ? where id = ?",
                        regency + "99" + String.format("%05d", idByNik.get(nik) % 100_000), idByNik.get(nik));
            }
        });
        return new Seeded(batchId, idByNik, statusByNik);
    }

    ResponseEntity<byte[]> download(String user, String query) {
        return as(user).getForEntity(url("/api/candidates/final-list.xlsx?" + query), byte[].class);
    }

    ResponseEntity<JsonNode> refused(String user, String query) {
        return as(user).getForEntity(url("/api/candidates/final-list.xlsx?" + query), JsonNode.class);
    }

    /** Data rows of the annex: after the title block (4 lines, 5 for a draft), an empty row and the header. */
    static List<Row> dataRows(XSSFSheet sheet, int headerRow) {
        List<Row> rows = new ArrayList<>();
        for (int r = headerRow + 1; sheet.getRow(r) != null; r++) {
            rows.add(sheet.getRow(r));
        }
        return rows;
    }

    @Test
    void dinsosDownloadsTheBatchAnnexAndItMatchesTheCandidateApi() throws IOException {
        Seeded s = seed("6203", "6203011001", "6203012001");
        ResponseEntity<byte[]> r = download("dinsos.6203", "regencyCode=6203&batchId=" + s.batchId());
        try (XSSFWorkbook wb = xlsx(r, "lampiran-sk-peserta-6203-kiriman-" + s.batchId() + "-\\d{8}\\.xlsx")) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertThat(shown(sheet.getRow(0), 0)).isEqualTo("LAMPIRAN KEPUTUSAN BUPATI KAPUAS");
            assertThat(shown(sheet.getRow(2), 0)).endsWith("PEMERINTAH KABUPATEN KAPUAS TAHUN " + YEAR);
            assertThat(shown(sheet.getRow(3), 0)).contains("PKS-6203-" + YEAR).endsWith("kiriman nomor " + s.batchId());
            assertThat(header(sheet.getRow(5))).isEqualTo(FinalListWorkbookTest.HEADER);
            List<Row> rows = dataRows(sheet, 5);
            // Approved and enrolled only; the footer follows after one empty row.
            List<String> expected = s.niks(CandidateStatus.APPROVED, CandidateStatus.ENROLLED);
            assertThat(rows).hasSize(expected.size());
            assertThat(shown(sheet.getRow(5 + expected.size() + 2), 0)).isEqualTo("Jumlah: 3 orang (1 laki-laki, 2 perempuan)");

            JsonNode batch = as("dinsos.6203").getForObject(url("/api/batches/" + s.batchId()), JsonNode.class);
            Set<Long> batchIds = new HashSet<>();
            batch.get("candidateIds").forEach(id -> batchIds.add(id.asLong()));
            List<String> order = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                Row row = rows.get(i);
                assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(i + 1d);
                assertThat(row.getCell(1).getCellType()).isEqualTo(CellType.STRING);
                String nik = row.getCell(1).getStringCellValue();
                assertThat(nik).hasSize(16).doesNotContain("*").isIn(expected);
                long id = s.idByNik().get(nik);
                assertThat(batchIds).contains(id);
                JsonNode api = as("dinsos.6203").getForObject(url("/api/candidates/" + id), JsonNode.class);
                assertThat(api.get("nikMasked").asText()).isEqualTo(Formats.maskNik(nik));
                assertThat(shown(row, 2)).isEqualTo(api.get("name").asText());
                assertThat(shown(row, 8)).isEqualTo(api.get("villageCode").asText());
                assertThat(shown(row, 12)).isEqualTo(FinalListWorkbook.statusLabel(CandidateStatus.valueOf(api.get("status").asText())));
                assertThat(row.getCell(4).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(1979, 3, 17));
                assertThat(shown(row, 4)).isEqualTo("17-03-1979");
                assertThat(shown(row, 3)).isIn("Laki-laki", "Perempuan");
                assertThat(shown(row, 3)).isEqualTo(nik.substring(6, 8).equals("57") ? "Perempuan" : "Laki-laki");
                assertThat(shown(row, 7)).isEqualTo("Selat");
                assertThat(shown(row, 11)).isEqualTo("PKS-6203-" + YEAR);
                if (api.get("status").asText().equals("ENROLLED")) {
                    assertThat(shown(row, 10)).matches("620399\\d{5}");
                } else {
                    assertThat(row.getCell(10).getCellType()).isEqualTo(CellType.BLANK);
                }
                order.add(shown(row, 8) + " " + shown(row, 2));
            }
            // Decree order: kecamatan, village, name.
            assertThat(order).isSortedAccordingTo(Comparator.naturalOrder());
            assertThat(order).containsExactly("6203011001 Ahmad Hidayat", "6203011001 Nur Aisyah", "6203012001 Wati Lestari");
            assertThat(shown(rows.get(0), 6)).isEqualTo("Kel. Selat Hilir");
            assertThat(shown(rows.get(2), 6)).isEqualTo("Desa Pulau Telo Baru");
            assertThat(shown(rows.get(0), 9)).isEqualTo("Petani");
            assertThat(shown(rows.get(1), 9)).isEqualTo("Kader posyandu");
        }
    }

    @Test
    void draftListsTheCandidatesAwaitingDinsosUnderTheActivePks() throws IOException {
        Seeded s = seed("6203", "6203021001", "6203022001");
        for (String user : List.of("dinsos.6203", "kadinsos.6203", "supervisor.6203")) {
            ResponseEntity<byte[]> r = download(user, "regencyCode=6203&batchId=" + s.batchId() + "&draft=true");
            try (XSSFWorkbook wb = xlsx(r, "lampiran-sk-peserta-6203-kiriman-" + s.batchId() + "-draf-\\d{8}\\.xlsx")) {
                XSSFSheet sheet = wb.getSheetAt(0);
                assertThat(sheet.getSheetName()).isEqualTo("Draf Lampiran");
                assertThat(shown(sheet.getRow(0), 0)).startsWith("DRAF – BELUM DITETAPKAN");
                // No PKS on the candidates yet: the regency's ACTIVE PKS (demo seed) is the one Dinsos will assign.
                assertThat(shown(sheet.getRow(4), 0)).contains("PKS-6203-" + YEAR);
                List<Row> rows = dataRows(sheet, 6);
                assertThat(rows).extracting(row -> row.getCell(1).getStringCellValue())
                        .containsExactlyInAnyOrderElementsOf(s.niks(CandidateStatus.AWAITING_FINAL));
                for (Row row : rows) {
                    JsonNode api = as(user).getForObject(url("/api/candidates/" + s.idByNik().get(row.getCell(1).getStringCellValue())),
                            JsonNode.class);
                    assertThat(api.get("status").asText()).isEqualTo("AWAITING_FINAL");
                    assertThat(shown(row, 12)).isEqualTo("Menunggu penetapan Dinsos");
                    assertThat(shown(row, 7)).isEqualTo("Kapuas Hilir");
                }
            }
        }
    }

    @Test
    void regencyWideListHoldsEveryApprovedAndEnrolledCandidateOfTheRegency() throws IOException {
        // Kubu Raya: this test's candidates and any other test's (NextPksBookingIT books some there): the list holds
        // exactly the regency's APPROVED and ENROLLED candidates, as the candidate table has them.
        Seeded s = seed("6112", "6112092001", "6112012001");
        List<String> expected = jdbc.queryForList("select nik from candidate where regency_code = '6112' "
                + "and status in ('APPROVED', 'ENROLLED')", String.class);
        assertThat(expected).containsAll(s.niks(CandidateStatus.APPROVED, CandidateStatus.ENROLLED));
        ResponseEntity<byte[]> r = download("supervisor.6112", "regencyCode=6112");
        try (XSSFWorkbook wb = xlsx(r, "lampiran-sk-peserta-6112-\\d{8}\\.xlsx")) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertThat(shown(sheet.getRow(0), 0)).isEqualTo("LAMPIRAN KEPUTUSAN BUPATI KUBU RAYA");
            assertThat(shown(sheet.getRow(3), 0)).doesNotContain("kiriman");
            List<Row> rows = dataRows(sheet, 5);
            assertThat(rows).extracting(row -> row.getCell(1).getStringCellValue())
                    .containsExactlyInAnyOrderElementsOf(expected);
            // Kecamatan Sungai Raya (611201) comes before Sungai Kakap (611209).
            assertThat(shown(rows.get(0), 7)).isEqualTo("Sungai Raya");
            assertThat(shown(rows.get(rows.size() - 1), 7)).isEqualTo("Sungai Kakap");
        }
    }

    @Test
    void otherRegenciesAndVillageOrKecamatanOfficialsAreRefused() {
        Seeded s = seed("6203", "6203011002", "6203011001");
        assertThat(anonymous().getForEntity(url("/api/candidates/final-list.xlsx?regencyCode=6203"), JsonNode.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertForbidden(refused("dinsos.6208", "regencyCode=6203"), "6203");
        assertForbidden(refused("dinsos.6208", "regencyCode=6203&batchId=" + s.batchId() + "&draft=true"), "6203");
        // Full NIKs of the whole regency are not for a Lurah or Camat, even of that regency.
        assertForbidden(refused("lurah.6203011001", "regencyCode=6203"), "6203");
        assertForbidden(refused("camat.620301", "regencyCode=6203&batchId=" + s.batchId()), "6203");
        // Another regency's batch under one's own regency: the same answer as an unknown batch.
        assertBadParameter(refused("dinsos.6208", "regencyCode=6208&batchId=" + s.batchId()), "batchId");
        assertBadParameter(refused("dinsos.6208", "regencyCode=6208&batchId=999999999"), "batchId");
    }

    @Test
    void badParametersAreNamedInProblemJson() {
        for (String q : List.of("", "regencyCode=", "regencyCode=62", "regencyCode=62O3", "regencyCode=9999",
                "regencyCode=620301", "regencyCode=6203'--")) {
            assertBadParameter(refused("dinsos.6203", q), "regencyCode");
        }
        assertThat(refused("dinsos.6203", "regencyCode=9999").getBody().get("detail").asText()).contains("tidak dikenal");
        for (String q : List.of("batchId=abc", "batchId=-1", "batchId=0", "batchId=1.5")) {
            assertBadParameter(refused("dinsos.6203", "regencyCode=6203&" + q), "batchId");
        }
        assertBadParameter(refused("dinsos.6203", "regencyCode=6203&draft=mungkin"), "draft");
        assertThat(refused("dinsos.6203", "regencyCode=6203&draft=ya").getBody().get("detail").asText())
                .contains("true atau false");
    }

    @Test
    void theCandidateByIdEndpointStillAnswersBesideTheExport() {
        Seeded s = seed("6203", "6203011001", "6203011002");
        long id = s.idByNik().values().iterator().next();
        ResponseEntity<JsonNode> one = as("dinsos.6203").getForEntity(url("/api/candidates/" + id), JsonNode.class);
        assertThat(one.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(one.getBody().get("id").asLong()).isEqualTo(id);
        // The literal path wins over /api/candidates/{id}: the export answers, not a failed id conversion.
        ResponseEntity<byte[]> export = download("dinsos.6203", "regencyCode=6203&batchId=" + s.batchId());
        assertThat(export.getStatusCode()).isEqualTo(HttpStatus.OK);
    }
}
