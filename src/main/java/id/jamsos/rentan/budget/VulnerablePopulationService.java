package id.jamsos.rentan.budget;

import id.jamsos.rentan.common.FieldError;
import id.jamsos.rentan.common.Formats;
import id.jamsos.rentan.common.ValidationException;
import id.jamsos.rentan.identity.Official;
import id.jamsos.rentan.identity.RegionAccessPolicy;
import id.jamsos.rentan.identity.Role;
import id.jamsos.rentan.region.Region;
import id.jamsos.rentan.region.RegionLevel;
import id.jamsos.rentan.region.RegionRepository;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The vulnerable-worker population per regency and per kecamatan (issue 13; DOMAIN "Coverage indicator":
 * members ÷ vulnerable-worker population × 100), kept as data with its year and source, imported from the CSV or
 * XLSX file Dinsos receives (BPS, Dinsos survey). Columns (header row, any order, Indonesian or English names):
 * {@code kode_wilayah|regionCode} (4-digit regency or 6-digit kecamatan, dots allowed), {@code tahun|year},
 * {@code jumlah|population} (workers, whole number, "11.628" allowed), {@code sumber|source} (required).
 * Every row is checked before anything is written; one bad row refuses the file with all rows' problems
 * (row numbers as Excel shows them, header = row 1). Only Dinsos of the row's regency (or an administrator)
 * may record its figures. A figure of the same region and year is replaced.
 */
@Service
public class VulnerablePopulationService {
    /** @param rows figures in the file; added new region-years; updated replaced ones */
    public record ImportResult(int rows, int added, int updated) {
    }

    private static final Map<String, String> HEADERS = Map.ofEntries(
            Map.entry("kode_wilayah", "regionCode"), Map.entry("kodewilayah", "regionCode"),
            Map.entry("regioncode", "regionCode"), Map.entry("kode", "regionCode"),
            Map.entry("tahun", "year"), Map.entry("year", "year"),
            Map.entry("jumlah", "population"), Map.entry("population", "population"),
            Map.entry("jumlah_pekerja_rentan", "population"),
            Map.entry("sumber", "source"), Map.entry("source", "source"));

    private final BudgetEvaluationRepository evaluations;
    private final RegionRepository regions;
    private final RegionAccessPolicy policy;
    private final Clock clock;

    /** @param clock the application's WIB clock ({@code config.ClockConfig}): "this year" a figure's year is checked against */
    public VulnerablePopulationService(BudgetEvaluationRepository evaluations, RegionRepository regions,
                                       RegionAccessPolicy policy, Clock clock) {
        this.clock = clock;
        this.evaluations = evaluations;
        this.regions = regions;
        this.policy = policy;
    }

    @Transactional
    public ImportResult importFile(String fileName, byte[] content, Official by) {
        List<Map<String, String>> rows = parse(fileName == null ? "" : fileName, content);
        List<FieldError> errors = new ArrayList<>();
        List<BudgetEvaluationRepository.PopulationFigure> figures = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int thisYear = LocalDate.now(clock.withZone(Formats.WIB)).getYear();
        for (Map<String, String> r : rows) {
            int rowNo = Integer.parseInt(r.get("#"));
            String code = trim(r.get("regionCode")).replace(".", "");
            Region region = null;
            if (code.isEmpty()) {
                errors.add(new FieldError(rowNo, "regionCode", "kode wilayah wajib diisi"));
            } else if (!code.matches("\\d{4}|\\d{6}")) {
                errors.add(new FieldError(rowNo, "regionCode", "kode wilayah '" + code
                        + "' harus kode kabupaten (4 digit) atau kecamatan (6 digit)"));
            } else {
                region = regions.find(code).orElse(null);
                if (region == null || (region.level() != RegionLevel.REGENCY && region.level() != RegionLevel.KECAMATAN)) {
                    errors.add(new FieldError(rowNo, "regionCode", "kabupaten/kecamatan " + code + " tidak dikenal"));
                    region = null;
                }
            }
            Integer year = whole(r.get("year"));
            if (year == null || year < 2000 || year > thisYear + 2) {
                errors.add(new FieldError(rowNo, "year", "tahun wajib bilangan bulat antara 2000 dan " + (thisYear + 2)));
            }
            Integer population = whole(r.get("population"));
            if (population == null || population <= 0) {
                errors.add(new FieldError(rowNo, "population", "jumlah pekerja rentan wajib bilangan bulat lebih dari 0"));
            }
            String source = trim(r.get("source"));
            if (source.isEmpty()) {
                errors.add(new FieldError(rowNo, "source", "sumber data wajib diisi (mis. BPS Sakernas 2025)"));
            } else if (source.length() > 300) {
                errors.add(new FieldError(rowNo, "source", "sumber data paling banyak 300 karakter"));
            }
            if (region != null && year != null && !seen.add(code + "/" + year)) {
                errors.add(new FieldError(rowNo, "regionCode", "wilayah " + code + " tahun " + year + " muncul dua kali"));
            }
            if (region != null) {
                // Region rule for every row: a Dinsos official records figures of their own regency only.
                policy.requireRole(by, Role.DINSOS, region.regencyCode());
            }
            if (region != null && year != null && population != null && population > 0 && !source.isEmpty()
                    && source.length() <= 300) {
                figures.add(new BudgetEvaluationRepository.PopulationFigure(code, year, population, source));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        int added = 0;
        for (BudgetEvaluationRepository.PopulationFigure f : figures) {
            if (evaluations.savePopulation(f.regionCode(), f.year(), f.population(), f.source(), by.userId())) {
                added++;
            }
        }
        return new ImportResult(figures.size(), added, figures.size() - added);
    }

    /** Rows keyed by column ("regionCode", "year", "population", "source") and "#" = the row number in Excel. */
    static List<Map<String, String>> parse(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            throw ValidationException.of("file", "Berkas kosong");
        }
        boolean xlsx = fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx") || (content.length > 1 && content[0] == 'P' && content[1] == 'K');
        List<List<String>> table = xlsx ? xlsx(content) : csv(content);
        if (table.isEmpty()) {
            throw ValidationException.of("file", "Berkas tidak berisi baris judul kolom");
        }
        List<String> header = table.get(0);
        Map<Integer, String> columns = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String key = HEADERS.get(trim(header.get(i)).toLowerCase(Locale.ROOT).replace(' ', '_'));
            if (key != null) {
                columns.put(i, key);
            }
        }
        List<String> missing = new ArrayList<>(List.of("regionCode", "year", "population", "source"));
        missing.removeAll(columns.values());
        if (!missing.isEmpty()) {
            throw ValidationException.of("file", "kolom wajib tidak ada: " + String.join(", ", missing)
                    + " (judul kolom: kode_wilayah, tahun, jumlah, sumber)");
        }
        List<Map<String, String>> rows = new ArrayList<>();
        for (int r = 1; r < table.size(); r++) {
            List<String> values = table.get(r);
            if (values.stream().allMatch(v -> v == null || v.isBlank())) {
                continue;
            }
            Map<String, String> row = new LinkedHashMap<>();
            row.put("#", String.valueOf(r + 1));
            columns.forEach((i, key) -> row.put(key, i < values.size() ? values.get(i) : null));
            rows.add(row);
        }
        if (rows.isEmpty()) {
            throw ValidationException.of("file", "Berkas tidak berisi data");
        }
        return rows;
    }

    private static List<List<String>> csv(byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        int eol = text.indexOf('\n');
        String first = eol < 0 ? text : text.substring(0, eol);
        char sep = first.indexOf(';') >= 0 && first.indexOf(',') < 0 ? ';' : ',';
        try (CSVParser p = CSVFormat.RFC4180.builder().setDelimiter(sep).get().parse(new StringReader(text))) {
            List<List<String>> out = new ArrayList<>();
            for (CSVRecord rec : p) {
                out.add(rec.toList());
            }
            return out;
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw ValidationException.of("file", "Berkas CSV tidak dapat dibaca: " + e.getMessage());
        }
    }

    private static List<List<String>> xlsx(byte[] content) {
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            Sheet sheet = wb.getSheetAt(0);
            DataFormatter fmt = new DataFormatter(Locale.ROOT);
            List<List<String>> out = new ArrayList<>();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> values = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                        Cell cell = row.getCell(c);
                        values.add(cell == null ? null : fmt.formatCellValue(cell));
                    }
                }
                out.add(values);
            }
            return out;
        } catch (IOException | RuntimeException e) {
            throw ValidationException.of("file", "Berkas Excel tidak dapat dibaca");
        }
    }

    private static Integer whole(String s) {
        String v = trim(s);
        if (v.matches("\\d{1,3}(\\.\\d{3})+")) {
            v = v.replace(".", "");
        }
        if (!v.matches("\\d{1,9}")) {
            return null;
        }
        return Integer.valueOf(v);
    }

    private static String trim(String s) {
        return s == null ? "" : s.strip();
    }
}
