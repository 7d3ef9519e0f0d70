package id.jamsos.rentan.verification;

import id.jamsos.rentan.common.FieldError;
import id.jamsos.rentan.common.CsvLine;
import id.jamsos.rentan.common.ValidationException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads CSV (comma or semicolon, quoted fields) and XLSX with a header row into raw candidate rows. */
public final class CandidateFileParser {
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(CandidateFileParser.class);
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

    static List<CandidateRow> csv(InputStream in) throws IOException {
        try {
            return csvStrict(in);
        } catch (java.nio.charset.CharacterCodingException e) {
            // Excel's "CSV" on Windows is often ANSI/Latin-1: names would arrive garbled, so refuse the file.
            throw ValidationException.of("file", "Berkas CSV harus berenkode UTF-8 (di Excel: Simpan sebagai \"CSV UTF-8\")");
        }
    }

    private static List<CandidateRow> csvStrict(InputStream in) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)));
        String header = reader.readLine();
        if (header == null) {
            throw ValidationException.of("file", "Berkas kosong: baris judul kolom tidak ada");
        }
        if (header.startsWith("\uFEFF")) {
            header = header.substring(1);
        }
        char sep = CsvLine.separatorOf(header);
        Map<String, Integer> cols = columns(CsvLine.split(header, sep));
        List<CandidateRow> rows = new ArrayList<>();
        String line;
        int rowNo = 0;
        while ((line = reader.readLine()) != null) {
            if (line.isBlank()) {
                continue;
            }
            rowNo++;
            rows.add(toRow(rowNo, CsvLine.split(line, sep), cols));
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
            int rowNo = 0;
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
                if (any) {
                    rowNo++;
                    rows.add(toRow(rowNo, values, cols));
                }
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
        // Dates typed as Excel dates become ISO; NIKs typed as numbers keep all 16 digits.
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
