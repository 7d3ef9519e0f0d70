package id.jamsos.rentan.verification;

import id.jamsos.rentan.common.FieldError;
import id.jamsos.rentan.common.CsvTable;
import id.jamsos.rentan.common.ValidationException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads CSV ({@link CsvTable}: comma or semicolon, quoted fields with line breaks, BOM, CRLF) and XLSX with a
 * header row into raw candidate rows numbered as Excel shows them (header = row 1). Refuses an XLSX whose NIK
 * cells are numbers (one error per row), a missing required column, a file that is neither.
 */
public final class CandidateFileParser {
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(CandidateFileParser.class);

    /** The refusal of a NIK cell Excel holds as a number (or formula): its 16th digit is already lost. */
    static final String NUMERIC_NIK = "sel NIK berformat angka: Excel hanya menyimpan 15 digit sehingga digit terakhir "
            + "NIK berubah menjadi 0. Format kolom NIK sebagai Teks (klik kanan > Format Cells > Text), ketik ulang "
            + "NIK, lalu unggah lagi";

    private CandidateFileParser() {
    }

    public static List<CandidateRow> parse(String filename, InputStream in) throws IOException {
        String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx")) {
            return xlsx(in);
        }
        if (name.endsWith(".csv") || name.endsWith(".txt")) {
            return csv(in);
        }
        throw ValidationException.of("file", "Berkas harus CSV (.csv) atau Excel (.xlsx)");
    }

    /** CSV through {@link CsvTable}: row numbers as Excel shows them (header = row 1). */
    static List<CandidateRow> csv(InputStream in) {
        CsvTable table = CsvTable.read(in);
        Map<String, Integer> cols = columns(table.header());
        List<CandidateRow> rows = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            rows.add(toRow(row.number(), row.cells(), cols));
        }
        return rows;
    }

    static List<CandidateRow> xlsx(InputStream in) throws IOException {
        try (Workbook wb = WorkbookFactory.create(in)) {
            Sheet sheet = wb.getSheetAt(0);
            DataFormatter fmt = new DataFormatter(Locale.ROOT);
            Row head = sheet.getRow(sheet.getFirstRowNum());
            if (head == null) {
                throw ValidationException.of("file", "Lembar kerja kosong: baris judul kolom tidak ada");
            }
            List<String> names = new ArrayList<>();
            for (int c = 0; c < head.getLastCellNum(); c++) {
                names.add(fmt.formatCellValue(head.getCell(c)));
            }
            Map<String, Integer> cols = columns(names);
            List<CandidateRow> rows = new ArrayList<>();
            List<FieldError> numericNiks = new ArrayList<>();
            Integer nikColumn = cols.get("nik");
            for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                List<String> values = new ArrayList<>();
                boolean any = false;
                for (int c = 0; c < Math.max(names.size(), row.getLastCellNum()); c++) {
                    String v = cell(row.getCell(c), fmt);
                    any |= v != null && !v.isBlank();
                    values.add(v);
                }
                if (!any) {
                    continue;
                }
                int excelRow = r + 1; // POI counts from 0, Excel from 1 (header = row 1)
                Cell nikCell = row.getCell(nikColumn);
                if (nikCell != null && (nikCell.getCellType() == CellType.NUMERIC
                        || nikCell.getCellType() == CellType.FORMULA)) {
                    numericNiks.add(new FieldError(excelRow, "nik", NUMERIC_NIK));
                }
                rows.add(toRow(excelRow, values, cols));
            }
            if (!numericNiks.isEmpty()) {
                // Excel keeps 15 significant digits: a 16-digit NIK typed as a number has already lost its last one.
                throw new ValidationException(numericNiks);
            }
            return rows;
        } catch (ValidationException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // Hostile or broken content (random bytes, XXE, billion laughs, zip bomb, truncated zip): POI refuses it
            // with one of many exception types. It is bad input, answered 400 naming the file, and not a server fault.
            log.info("Unreadable XLSX refused: {}", e.toString());
            throw ValidationException.of("file", "Berkas Excel tidak dapat dibaca (rusak, bukan .xlsx, atau berisi "
                    + "struktur yang tidak diizinkan); simpan ulang dari Excel sebagai .xlsx");
        }
    }

    private static String cell(Cell cell, DataFormatter fmt) {
        if (cell == null) {
            return null;
        }
        // Dates typed as Excel dates become ISO; other numbers (phone typed as a number) in plain digits.
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        if (cell.getCellType() == CellType.NUMERIC) {
            return new java.math.BigDecimal(cell.getNumericCellValue()).toPlainString();
        }
        return fmt.formatCellValue(cell);
    }

    private static Map<String, Integer> columns(List<String> header) {
        Map<String, Integer> cols = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String h = header.get(i) == null ? "" : header.get(i).trim();
            for (String known : CandidateRow.COLUMNS) {
                if (known.equalsIgnoreCase(h)) {
                    cols.put(known, i);
                }
            }
        }
        List<FieldError> missing = new ArrayList<>();
        for (String required : new String[]{"nik", "name", "birthDate", "sex", "villageCode", "category"}) {
            if (!cols.containsKey(required)) {
                missing.add(FieldError.of("file", "Kolom '" + required + "' tidak ada di baris judul"));
            }
        }
        if (!missing.isEmpty()) {
            throw new ValidationException(missing);
        }
        return cols;
    }

    private static CandidateRow toRow(int rowNo, List<String> v, Map<String, Integer> cols) {
        return new CandidateRow(rowNo, get(v, cols, "nik"), get(v, cols, "name"), get(v, cols, "birthDate"),
                get(v, cols, "sex"), get(v, cols, "villageCode"), get(v, cols, "category"), get(v, cols, "address"),
                get(v, cols, "phone"), get(v, cols, "email"), get(v, cols, "dtksId"));
    }

    private static String get(List<String> v, Map<String, Integer> cols, String name) {
        Integer i = cols.get(name);
        return i == null || i >= v.size() ? null : v.get(i);
    }

}
