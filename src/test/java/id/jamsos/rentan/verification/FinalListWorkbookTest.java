package id.jamsos.rentan.verification;

import id.jamsos.rentan.pks.Agreement;
import id.jamsos.rentan.pks.PksStatus;
import id.jamsos.rentan.region.Region;
import id.jamsos.rentan.region.RegionLevel;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The SK Bupati annex built from rows in memory and read back with POI as an Indonesian Excel shows it. */
class FinalListWorkbookTest {
    static final List<String> HEADER = List.of("No.", "NIK", "Nama", "Jenis Kelamin", "Tanggal Lahir", "Alamat",
            "Desa/Kelurahan", "Kecamatan", "Kode Desa", "Kategori Pekerjaan", "Nomor Peserta (KPJ)", "Nomor PKS", "Status");
    static final DataFormatter INDONESIAN = new DataFormatter(new Locale("id", "ID"));
    static final Region SELAT = new Region("620301", "Selat", RegionLevel.KECAMATAN, "6203");
    static final Region SELAT_HILIR = new Region("6203011001", "Selat Hilir", RegionLevel.VILLAGE, "620301");
    static final Region PULAU_TELO = new Region("6203012001", "Pulau Telo Baru", RegionLevel.VILLAGE, "620301");
    static final Agreement PKS_2027 = new Agreement("PKS-6203-2027", "6203", 2027, 5000, 5000L * 16_800 * 12, 16_800,
            LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31), PksStatus.ACTIVE, "DINSOS_APBD", "PEMERINTAH_APBD", null);

    static CandidateRepository.Candidate candidate(long id, String nik, String name, LocalDate birth, String sex,
                                                   String village, String category, String address,
                                                   CandidateStatus status, String pks, String membership) {
        return new CandidateRepository.Candidate(id, 7, (int) id, nik, name, birth, sex, village, village.substring(0, 6),
                "6203", category, address, null, null, null, null, null, status, null, pks, membership);
    }

    static XSSFWorkbook open(byte[] bytes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    static String text(Row row, int c) {
        Cell cell = row.getCell(c);
        return cell == null ? "" : INDONESIAN.formatCellValue(cell);
    }

    @Test
    void annexHasTheDecreeHeadingFullNiksIndonesianLabelsAndTheSignatureBlock() throws IOException {
        List<FinalListWorkbook.Line> lines = List.of(
                new FinalListWorkbook.Line(1, candidate(11, "6203015505850001", "Siti Aminah", LocalDate.of(1985, 5, 15),
                        "F", "6203011001", "PEDAGANG_PASAR", "RT 02, Selat Hilir", CandidateStatus.ENROLLED,
                        "PKS-6203-2027", "62039900001"), SELAT_HILIR, SELAT),
                new FinalListWorkbook.Line(2, candidate(12, "6203011207810303", "=Budi Santoso", LocalDate.of(1981, 7, 12),
                        "M", "6203012001", "PETANI", null, CandidateStatus.APPROVED, "PKS-6203-2027", null), PULAU_TELO, SELAT),
                // A village not (yet) in the imported list keeps its code instead of a name.
                new FinalListWorkbook.Line(3, candidate(13, "6203010101900004", "Rahmat", LocalDate.of(1990, 1, 1), "M",
                        "6203019999", "KADER_POSYANDU", "Jl. Trans", CandidateStatus.APPROVED, "PKS-6203-2027", null), null, SELAT));
        byte[] bytes = FinalListWorkbook.write(new FinalListWorkbook.Heading("Kabupaten Kapuas", List.of(PKS_2027), false, null),
                lines);

        try (XSSFWorkbook wb = open(bytes)) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Lampiran SK");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("LAMPIRAN KEPUTUSAN BUPATI KAPUAS");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).startsWith("NOMOR ....").contains("TANGGAL ....");
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue())
                    .isEqualTo("TENTANG PENETAPAN PESERTA JAMINAN SOSIAL KETENAGAKERJAAN (JKK DAN JKM) BAGI PEKERJA RENTAN "
                            + "YANG IURANNYA DIBAYAR OLEH PEMERINTAH KABUPATEN KAPUAS TAHUN 2027");
            assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo(
                    "Daftar Peserta Tahun 2027 – PKS-6203-2027 – sumber dana: APBD Kabupaten Kapuas melalui Dinas Sosial");

            Row head = sheet.getRow(5);
            for (int c = 0; c < HEADER.size(); c++) {
                assertThat(head.getCell(c).getStringCellValue()).isEqualTo(HEADER.get(c));
            }
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 6);
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A6:M9");

            Row siti = sheet.getRow(6);
            assertThat(siti.getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(siti.getCell(0).getNumericCellValue()).isEqualTo(1d);
            assertThat(siti.getCell(1).getCellType()).isEqualTo(CellType.STRING);
            assertThat(siti.getCell(1).getStringCellValue()).isEqualTo("6203015505850001");
            assertThat(text(siti, 2)).isEqualTo("Siti Aminah");
            assertThat(text(siti, 3)).isEqualTo("Perempuan");
            Cell birth = siti.getCell(4);
            assertThat(birth.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(birth)).isTrue();
            assertThat(birth.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(1985, 5, 15));
            assertThat(text(siti, 4)).isEqualTo("15-05-1985");
            assertThat(text(siti, 5)).isEqualTo("RT 02, Selat Hilir");
            assertThat(text(siti, 6)).isEqualTo("Kel. Selat Hilir");
            assertThat(text(siti, 7)).isEqualTo("Selat");
            assertThat(text(siti, 8)).isEqualTo("6203011001");
            assertThat(text(siti, 9)).isEqualTo("Pedagang pasar");
            assertThat(text(siti, 10)).isEqualTo("62039900001");
            assertThat(text(siti, 11)).isEqualTo("PKS-6203-2027");
            assertThat(text(siti, 12)).isEqualTo("Terdaftar di BPJS Ketenagakerjaan");

            Row budi = sheet.getRow(7);
            // A name that looks like a formula stays text (quote prefix), never a formula.
            assertThat(budi.getCell(2).getCellType()).isEqualTo(CellType.STRING);
            assertThat(budi.getCell(2).getStringCellValue()).isEqualTo("=Budi Santoso");
            assertThat(budi.getCell(2).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(text(budi, 3)).isEqualTo("Laki-laki");
            assertThat(text(budi, 4)).isEqualTo("12-07-1981");
            assertThat(budi.getCell(5).getCellType()).isEqualTo(CellType.BLANK);
            assertThat(text(budi, 6)).isEqualTo("Desa Pulau Telo Baru");
            assertThat(text(budi, 9)).isEqualTo("Petani");
            assertThat(budi.getCell(10).getCellType()).isEqualTo(CellType.BLANK);
            assertThat(text(budi, 12)).isEqualTo("Ditetapkan, menunggu pendaftaran BPJS");

            Row rahmat = sheet.getRow(8);
            assertThat(text(rahmat, 6)).isEqualTo("6203019999");
            assertThat(text(rahmat, 9)).isEqualTo("Kader posyandu");

            // Footer: count by sex and the Bupati's signature block, below an empty row.
            assertThat(text(sheet.getRow(10), 0)).isEqualTo("Jumlah: 3 orang (2 laki-laki, 1 perempuan)");
            assertThat(text(sheet.getRow(12), 0)).isEqualTo("BUPATI KAPUAS,");
            assertThat(text(sheet.getRow(15), 0)).isEqualTo("(........................................)");
        }
    }

    @Test
    void draftIsMarkedAndNamesTheBatch() throws IOException {
        List<FinalListWorkbook.Line> lines = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            lines.add(new FinalListWorkbook.Line(i + 1, candidate(20 + i, "620301010190000" + i, "Calon " + (char) ('A' + i),
                    LocalDate.of(1990, 1, 1), "M", "6203011001", "NELAYAN", "RT 1", CandidateStatus.AWAITING_FINAL, null, null),
                    SELAT_HILIR, SELAT));
        }
        byte[] bytes = FinalListWorkbook.write(new FinalListWorkbook.Heading("Kabupaten Kapuas", List.of(PKS_2027), true, 17L),
                lines);
        try (XSSFWorkbook wb = open(bytes)) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Draf Lampiran");
            assertThat(text(sheet.getRow(0), 0)).startsWith("DRAF – BELUM DITETAPKAN");
            assertThat(text(sheet.getRow(1), 0)).isEqualTo("LAMPIRAN KEPUTUSAN BUPATI KAPUAS");
            assertThat(text(sheet.getRow(4), 0)).endsWith("– kiriman nomor 17");
            assertThat(text(sheet.getRow(6), 1)).isEqualTo("NIK");
            for (int i = 0; i < 3; i++) {
                Row row = sheet.getRow(7 + i);
                assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(i + 1d);
                assertThat(text(row, 11)).isEmpty();
                assertThat(text(row, 12)).isEqualTo("Menunggu penetapan Dinsos");
                assertThat(text(row, 9)).isEqualTo("Nelayan");
            }
        }
    }

    @Test
    void emptyListWithoutPksStillHasHeadingHeaderAndZeroCount() throws IOException {
        byte[] bytes = FinalListWorkbook.write(new FinalListWorkbook.Heading("Kabupaten Kubu Raya", List.of(), false, null),
                List.of());
        try (XSSFWorkbook wb = open(bytes)) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertThat(text(sheet.getRow(0), 0)).isEqualTo("LAMPIRAN KEPUTUSAN BUPATI KUBU RAYA");
            assertThat(text(sheet.getRow(2), 0)).endsWith("PEMERINTAH KABUPATEN KUBU RAYA TAHUN ........");
            assertThat(text(sheet.getRow(3), 0)).isEqualTo("Daftar Peserta Tahun ........");
            assertThat(text(sheet.getRow(5), 0)).isEqualTo("No.");
            assertThat(text(sheet.getRow(7), 0)).isEqualTo("Jumlah: 0 orang (0 laki-laki, 0 perempuan)");
        }
    }

    @Test
    void everyStatusAndCategoryHasAnIndonesianLabel() {
        for (CandidateStatus s : CandidateStatus.values()) {
            assertThat(FinalListWorkbook.statusLabel(s)).isNotBlank().doesNotContain("_");
        }
        for (Category c : Category.values()) {
            assertThat(FinalListWorkbook.categoryLabel(c.name())).isEqualTo(c.label());
        }
        assertThat(FinalListWorkbook.categoryLabel("LAINNYA")).isEqualTo("LAINNYA");
        assertThat(FinalListWorkbook.headOfRegion("Kabupaten Sukamara")).isEqualTo("BUPATI SUKAMARA");
        assertThat(FinalListWorkbook.headOfRegion("Kota Pontianak")).isEqualTo("WALI KOTA PONTIANAK");
    }
}
