package id.jamsos.rentan.verification;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The candidate upload template (XLSX): the upload's columns ({@link CandidateRow#COLUMNS}) with one made-up example
 * row. NIK, village code and phone columns are formatted as Text, so a NIK typed later keeps its 16 digits (Excel
 * keeps 15 significant digits of a number; the import refuses numeric NIK cells); {@code category} offers the
 * category codes as a drop-down (from a hidden sheet "Kategori") and refuses other values.
 */
public final class CandidateTemplate {
    /** Rows (after the header) that get the text format and the drop-down: the intake's row limit. */
    static final int ROWS = 20_000;
    static final String BIRTH_DATE = "birthDate";
    static final Set<String> TEXT_COLUMNS = Set.of("nik", "villageCode", "phone");
    static final String CATEGORY_SHEET = "Kategori";

    private CandidateTemplate() {
    }

    public static byte[] build() {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("Calon peserta");
            CellStyle text = wb.createCellStyle();
            text.setDataFormat(wb.createDataFormat().getFormat("@"));
            // Dates as dates (issue 14): the birth date column is a day-first date, as Indonesians write it.
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("dd-mm-yyyy"));
            CellStyle head = wb.createCellStyle();
            Font bold = wb.createFont();
            bold.setBold(true);
            head.setFont(bold);
            List<String> example = List.of("6203010101900001", "Contoh Nama Pekerja", "1990-01-01", "M",
                    "6203011001", "PETANI", "RT 01 RW 02, Jl. Contoh No. 1", "081200000000", "", "");
            Row header = sheet.createRow(0);
            Row row = sheet.createRow(1);
            for (int c = 0; c < CandidateRow.COLUMNS.length; c++) {
                String name = CandidateRow.COLUMNS[c];
                header.createCell(c).setCellValue(name);
                header.getCell(c).setCellStyle(head);
                // Text format for the whole column (new cells too) and for every cell of the example row; the
                // birth date column is a date column (the parser reads date cells and dd-mm-yyyy text alike).
                CellStyle style = name.equals(BIRTH_DATE) ? date : text;
                sheet.setDefaultColumnStyle(c, style);
                sheet.setColumnWidth(c, (name.equals("address") ? 36 : name.equals("name") ? 28 : 18) * 256);
                if (name.equals(BIRTH_DATE)) {
                    row.createCell(c).setCellValue(LocalDate.parse(example.get(c)));
                } else {
                    row.createCell(c).setCellValue(example.get(c));
                }
                row.getCell(c).setCellStyle(style);
            }
            Sheet categories = wb.createSheet(CATEGORY_SHEET);
            Category[] values = Category.values();
            for (int i = 0; i < values.length; i++) {
                Row r = categories.createRow(i);
                r.createCell(0).setCellValue(values[i].name());
                r.createCell(1).setCellValue(values[i].label());
            }
            wb.setSheetHidden(wb.getSheetIndex(categories), true);
            int categoryColumn = List.of(CandidateRow.COLUMNS).indexOf("category");
            DataValidationHelper dv = sheet.getDataValidationHelper();
            DataValidation validation = dv.createValidation(
                    dv.createFormulaListConstraint(CATEGORY_SHEET + "!$A$1:$A$" + values.length),
                    new CellRangeAddressList(1, ROWS, categoryColumn, categoryColumn));
            validation.setShowErrorBox(true);
            validation.createErrorBox("Kategori tidak dikenal", "Pilih kategori dari daftar (kode seperti PETANI)");
            validation.setSuppressDropDownArrow(true); // XSSF: true shows the arrow
            sheet.addValidationData(validation);
            sheet.createFreezePane(0, 1);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
