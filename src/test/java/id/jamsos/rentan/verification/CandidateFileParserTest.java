package id.jamsos.rentan.verification;

import id.jamsos.rentan.common.ValidationException;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class CandidateFileParserTest {

    static List<CandidateRow> csv(String text) throws Exception {
        return CandidateFileParser.parse("calon.csv", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void csvWithQuotesAnyColumnOrderAndBlankLines() throws Exception {
        // Row numbers as Excel shows the file: header = row 1, the blank line is row 3.
        List<CandidateRow> rows = csv("\uFEFFname,nik,birthDate,sex,villageCode,category,address\n"
                + "\"Sari, Dewi\",6203015205800001,1980-05-12,F,6203011001,PETANI,\"RT 1 \"\"Gang Mawar\"\"\"\n"
                + "\n"
                + "Budi,6203011205800002,1980-05-12,M,6203011001,NELAYAN,\n");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).isEqualTo(new CandidateRow(2, "6203015205800001", "Sari, Dewi", "1980-05-12", "F",
                "6203011001", "PETANI", "RT 1 \"Gang Mawar\"", null, null, null));
        assertThat(rows.get(1).rowNo()).isEqualTo(4);
        assertThat(rows.get(1).address()).isEmpty();
    }

    @Test
    void quotedLineBreakInAnAddressStaysInItsRow() throws Exception {
        // Alt+Enter in an Excel cell: CRLF line ends, a quoted LF inside the address; no phantom row.
        List<CandidateRow> rows = csv("nik;name;birthDate;sex;villageCode;category;address\r\n"
                + "6203011205800002;Budi;1980-05-12;M;6203011001;OJEK;\"Jl. Mawar 1\nRT 01 RW 02\"\r\n"
                + "6203015205800001;Sari;1980-05-12;F;6203011001;PETANI;Jl. Melati\r\n");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).address()).isEqualTo("Jl. Mawar 1\nRT 01 RW 02");
        assertThat(rows.get(1).rowNo()).isEqualTo(3);
        assertThat(rows.get(1).nik()).isEqualTo("6203015205800001");
    }

    @Test
    void typographicApostropheInANameIsStoredPlain() throws Exception {
        List<CandidateRow> rows = csv("nik,name,birthDate,sex,villageCode,category\n"
                + "6203011205800002,Ma\u2019ruf Amin,1980-05-12,M,6203011001,OJEK\n");
        assertThat(rows.get(0).name()).isEqualTo("Ma'ruf Amin");
    }

    @Test
    void semicolonSeparatedCsvAsExcelSavesIt() throws Exception {
        List<CandidateRow> rows = csv("nik;name;birthDate;sex;villageCode;category\n6203011205800002;Budi;1980-05-12;M;6203011001;OJEK\n");
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.nik()).isEqualTo("6203011205800002");
            assertThat(r.category()).isEqualTo("OJEK");
        });
    }

    @Test
    void missingColumnsAreNamed() {
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> csv("nik,name\n1,2\n"));
        assertThat(e.errors()).extracting(f -> f.message()).anySatisfy(m -> assertThat(m).contains("'birthDate'"))
                .anySatisfy(m -> assertThat(m).contains("'villageCode'"));
    }

    @Test
    void otherFileTypesAreRefused() {
        ValidationException e = catchThrowableOfType(ValidationException.class,
                () -> CandidateFileParser.parse("calon.pdf", new ByteArrayInputStream(new byte[]{1})));
        assertThat(e.errors()).singleElement().satisfies(f -> assertThat(f.field()).isEqualTo("file"));
    }

    @Test
    void xlsxRefusesNikCellsTypedAsNumbers() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("Calon");
            String[] head = {"nik", "name", "birthDate", "sex", "villageCode", "category"};
            Row h = s.createRow(0);
            for (int i = 0; i < head.length; i++) {
                h.createCell(i).setCellValue(head[i]);
            }
            for (int r = 1; r <= 2; r++) {
                Row row = s.createRow(r);
                if (r == 1) {
                    row.createCell(0).setCellValue("6203011205800002"); // text: fine
                } else {
                    // Excel keeps 15 significant digits: 6203011205800002 typed as a number is 6203011205800000.
                    row.createCell(0).setCellValue(6203011205800000d);
                }
                row.createCell(1).setCellValue("Budi");
                row.createCell(2).setCellValue("1980-05-12");
                row.createCell(3).setCellValue("M");
                row.createCell(4).setCellValue("6203011001");
                row.createCell(5).setCellValue("PETANI");
            }
            wb.write(out);
        }
        ValidationException e = catchThrowableOfType(ValidationException.class,
                () -> CandidateFileParser.parse("calon.xlsx", new ByteArrayInputStream(out.toByteArray())));
        assertThat(e.errors()).singleElement().satisfies(f -> {
            assertThat(f.row()).isEqualTo(3); // Excel row 3: header is row 1
            assertThat(f.field()).isEqualTo("nik");
            assertThat(f.message()).contains("Teks").contains("15 digit");
        });
    }

    @Test
    void xlsxReadsTextNiksAndDateCellsWithExcelRowNumbers() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("Calon");
            String[] head = {"nik", "name", "birthDate", "sex", "villageCode", "category", "email"};
            Row h = s.createRow(0);
            for (int i = 0; i < head.length; i++) {
                h.createCell(i).setCellValue(head[i]);
            }
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd-mm-yyyy"));
            Row r = s.createRow(1);
            r.createCell(0).setCellValue("6203011205800002"); // a Text cell, as the template formats it
            r.createCell(1).setCellValue("Budi");
            r.createCell(2).setCellValue(LocalDate.of(1980, 5, 12));
            r.getCell(2).setCellStyle(date);
            r.createCell(3).setCellValue("M");
            r.createCell(4).setCellValue("6203011001");
            r.createCell(5).setCellValue("PETANI");
            s.createRow(2); // empty row is skipped
            wb.write(out);
        }
        List<CandidateRow> rows = CandidateFileParser.parse("Calon.XLSX", new ByteArrayInputStream(out.toByteArray()));
        assertThat(rows).containsExactly(new CandidateRow(2, "6203011205800002", "Budi", "1980-05-12", "M", "6203011001",
                "PETANI", null, null, null, null));
    }
}
