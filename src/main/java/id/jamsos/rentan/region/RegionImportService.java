package id.jamsos.rentan.region;

import id.jamsos.rentan.common.CsvTable;
import id.jamsos.rentan.common.FieldError;
import id.jamsos.rentan.common.TextRules;
import id.jamsos.rentan.common.ValidationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Imports the official Kemendagri region list (Kepmendagri 300.2.2-2138/2025 and its successors): CSV
 * {@code code,name} read by {@link CsvTable} (',' or ';', BOM, CRLF, quoted cells), codes dotted
 * {@code 62.03.01.2001} or plain {@code 6203012001}. The whole national list (about 91,600 rows) imports in one call
 * and one transaction, with batched JDBC.
 * <ul>
 *   <li>Idempotent: a code already there with the same name is {@code unchanged}, a new name {@code updated}.</li>
 *   <li>A row that breaks a rule (a row whose parent is unknown, nor in the file, nor in the table, too) is reported
 *       with its Excel row number (header = row 1), field and reason. By default the file is all or nothing: any
 *       such row refuses the file (400, every row listed) and nothing is written. With {@code skipInvalid} the
 *       valid rows are imported and the others counted {@code rejected} and listed in the answer.</li>
 *   <li>{@code completeDecree}: the file is the whole newer decree, so every code in force that it no longer lists
 *       is marked retired (never deleted: NIKs issued there stay valid). Skipped when any row was rejected, because
 *       the rejected row may hold a code that still exists.</li>
 *   <li>Names: typographic apostrophes (’ ‘ ʼ `) are stored as ', letters, digits, space and . ' - / ( ) , only.</li>
 * </ul>
 * Tenants and groups are not made here: {@link RegionsAdded} tells identity, which makes them only for the
 * program's regencies ({@link ProgramRegencyRepository}).
 */
@Service
public class RegionImportService {
    private static final Logger log = LoggerFactory.getLogger(RegionImportService.class);
    private static final Pattern DOTTED = Pattern.compile("\\d{2}(\\.\\d{2}(\\.\\d{2}(\\.\\d{4})?)?)?");
    private static final Pattern PLAIN = Pattern.compile("\\d{2}|\\d{4}|\\d{6}|\\d{10}");
    private static final int MAX_NAME = 200;
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N} .'\\-/(),]+");

    private final RegionRepository regions;
    private final ApplicationEventPublisher events;

    public RegionImportService(RegionRepository regions, ApplicationEventPublisher events) {
        this.regions = regions;
        this.events = events;
    }

    /** Imports all or nothing, without retiring anything (a partial list, e.g. one province). */
    @Transactional
    public RegionImportResult importCsv(InputStream csv) {
        return importCsv(csv, false, false);
    }

    /**
     * @param csv            the file; refused as a whole (400) when unreadable: not UTF-8, no {@code code,name}
     *                       header, a quote left open; and when a row is invalid unless {@code skipInvalid}
     * @param completeDecree the file is the complete decree: retire the codes in force it does not list
     * @param skipInvalid    import the valid rows, count and list the invalid ones as rejected
     */
    @Transactional
    public RegionImportResult importCsv(InputStream csv, boolean completeDecree, boolean skipInvalid) {
        long start = System.currentTimeMillis();
        CsvTable table = CsvTable.read(csv);
        checkHeader(table.header());
        List<FieldError> rejections = new ArrayList<>();
        Map<String, Row> incoming = new HashMap<>();
        for (CsvTable.Row row : table.rows()) {
            Row r = check(row, incoming, rejections);
            if (r != null) {
                incoming.put(r.code(), r);
            }
        }
        Map<String, Region> existing = regions.all();
        // Parents before children, so a rejected parent rejects its children too.
        List<Row> ordered = new ArrayList<>(incoming.values());
        ordered.sort(Comparator.comparingInt((Row r) -> r.code().length()).thenComparing(Row::code));
        Set<String> accepted = new HashSet<>();
        List<Region> added = new ArrayList<>();
        List<Region> renamed = new ArrayList<>();
        int unchanged = 0;
        for (Row r : ordered) {
            String parent = RegionLevel.parentOf(r.code());
            if (parent != null && !accepted.contains(parent) && !existing.containsKey(parent)) {
                rejections.add(new FieldError(r.rowNo(), "code", "induk wilayah " + parent + " untuk kode "
                        + r.code() + " tidak dikenal (tidak ada di berkas maupun di daftar wilayah)"));
                continue;
            }
            accepted.add(r.code());
            Region old = existing.get(r.code());
            if (old == null) {
                added.add(new Region(r.code(), r.name(), RegionLevel.ofCode(r.code()), parent));
            } else if (!old.name().equals(r.name()) || old.retired()) {
                renamed.add(new Region(r.code(), r.name(), old.level(), old.parentCode()));
            } else {
                unchanged++;
            }
        }
        if (!skipInvalid && !rejections.isEmpty()) {
            rejections.sort(Comparator.comparing(FieldError::row));
            throw new ValidationException(rejections);
        }
        regions.insertAll(added);
        regions.renameAll(renamed);
        int retired = 0;
        String note = null;
        if (completeDecree && !rejections.isEmpty()) {
            note = "Kode yang tidak ada di berkas tidak ditandai tidak berlaku karena ada baris yang ditolak: "
                    + "perbaiki baris tersebut lalu impor ulang";
        } else if (completeDecree) {
            List<String> gone = existing.values().stream()
                    .filter(e -> !e.retired() && !accepted.contains(e.code())).map(Region::code).sorted().toList();
            regions.retireAll(gone);
            retired = gone.size();
        }
        if (!added.isEmpty()) {
            // Tenants and groups of new regions in the program's regencies: identity, in this transaction.
            events.publishEvent(new RegionsAdded(added));
        }
        rejections.sort(Comparator.comparing(FieldError::row));
        log.info("Region import: {} rows, {} added, {} updated, {} unchanged, {} rejected, {} retired in {} ms",
                table.rows().size(), added.size(), renamed.size(), unchanged, rejections.size(), retired,
                System.currentTimeMillis() - start);
        return new RegionImportResult(added.size(), renamed.size(), unchanged, rejections.size(), retired,
                rejections, note);
    }

    private record Row(int rowNo, String code, String name) {
    }

    private static void checkHeader(List<String> header) {
        if (header.size() < 2 || !"code".equals(header.get(0).trim().toLowerCase(Locale.ROOT))
                || !"name".equals(header.get(1).trim().toLowerCase(Locale.ROOT))) {
            throw ValidationException.of("file", "baris judul harus 'code,name' (kode wilayah, nama wilayah)");
        }
    }

    /** The row's code and name when valid; otherwise null and one rejection (field and reason). */
    private static Row check(CsvTable.Row row, Map<String, Row> seen, List<FieldError> rejections) {
        int rowNo = row.number();
        String raw = row.cell(0) == null ? "" : row.cell(0).trim();
        // One space for any run of white space (a line break typed with Alt+Enter in the name cell).
        String name = TextRules.normalizeApostrophes(row.cell(1) == null ? "" : row.cell(1).trim().replaceAll("\\s+", " "));
        String problemField = "code";
        String problem = null;
        if (raw.isEmpty()) {
            problem = "kode wilayah wajib diisi (format: code,name)";
        } else if (row.cells().stream().skip(2).anyMatch(c -> !c.isBlank())) {
            problemField = "name";
            problem = "kolom berlebih: nama yang memuat ',' atau ';' harus diapit tanda kutip (\"...\")";
        } else if (!(DOTTED.matcher(raw).matches() || PLAIN.matcher(raw).matches())) {
            problem = "kode '" + abbreviate(raw) + "' tidak valid: harus 2, 4, 6 atau 10 digit (boleh bertitik, mis. 62.03.01.2001)";
        } else if (name.isEmpty()) {
            problemField = "name";
            problem = "nama wilayah wajib diisi";
        } else if (name.length() > MAX_NAME) {
            problemField = "name";
            problem = "nama wilayah maksimal " + MAX_NAME + " karakter";
        } else if (name.startsWith("=") || name.startsWith("+") || name.startsWith("@")) {
            problemField = "name";
            problem = "nama wilayah tidak boleh diawali '=', '+' atau '@' (rumus)";
        } else if (!NAME.matcher(name).matches()) {
            problemField = "name";
            problem = "nama wilayah hanya boleh berisi huruf, angka, spasi dan . ' - / ( ) ,";
        } else {
            String code = raw.replace(".", "");
            Row first = seen.get(code);
            if (first != null) {
                problem = "kode " + code + " ganda: sudah ada di baris " + first.rowNo();
            } else {
                return new Row(rowNo, code, name);
            }
        }
        rejections.add(new FieldError(rowNo, problemField, problem));
        return null;
    }

    private static String abbreviate(String s) {
        return s.length() > 20 ? s.substring(0, 20) + "…" : s;
    }
}
