package id.jamsos.rentan.verification;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 13 "Excel cells as officials type them": the template keeps NIKs as text and offers the categories. */
class CandidateTemplateTest {

    @Test
    void nikVillageAndPhoneColumnsAreTextAndCategoryIsADropDown() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(CandidateTemplate.build()))) {
            XSSFSheet sheet = wb.getSheet("Calon peserta");
            List<String> columns = List.of(CandidateRow.COLUMNS);
            for (String name : List.of("nik", "villageCode", "phone")) {
                int c = columns.indexOf(name);
                assertThat(sheet.getColumnStyle(c).getDataFormatString()).as(name).isEqualTo("@");
                assertThat(sheet.getRow(1).getCell(c).getCellStyle().getDataFormatString()).as(name).isEqualTo("@");
            }
            assertThat(sheet.getRow(1).getCell(columns.indexOf("nik")).getStringCellValue()).hasSize(16);
            // Dates as dates (issue 14): the birth date column and the example's cell are day-first dates.
            int birth = columns.indexOf("birthDate");
            assertThat(sheet.getColumnStyle(birth).getDataFormatString()).isEqualTo("dd-mm-yyyy");
            assertThat(sheet.getRow(1).getCell(birth).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(java.time.LocalDate.of(1990, 1, 1));
            List<? extends DataValidation> validations = sheet.getDataValidations();
            assertThat(validations).singleElement().satisfies(v -> {
                assertThat(v.getValidationConstraint().getFormula1()).isEqualTo("Kategori!$A$1:$A$" + Category.values().length);
                int category = columns.indexOf("category");
                assertThat(v.getRegions().getCellRangeAddresses()).singleElement().satisfies(r -> {
                    assertThat(r.getFirstColumn()).isEqualTo(category);
                    assertThat(r.getLastColumn()).isEqualTo(category);
                    assertThat(r.getFirstRow()).isEqualTo(1);
                });
            });
            XSSFSheet categories = wb.getSheet("Kategori");
            assertThat(wb.isSheetHidden(wb.getSheetIndex(categories))).isTrue();
            assertThat(categories.getRow(0).getCell(0).getStringCellValue()).isEqualTo(Category.values()[0].name());
        }
    }

    @Test
    void theTemplateAsDownloadedIsReadBackWithItsBirthDate() throws Exception {
        List<CandidateRow> rows = CandidateFileParser.parse("templat.xlsx",
                new ByteArrayInputStream(CandidateTemplate.build()));
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.nik()).isEqualTo("6203010101900001");
            assertThat(r.birthDate()).isEqualTo("1990-01-01");
        });
    }
}
