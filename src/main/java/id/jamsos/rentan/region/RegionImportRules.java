package id.jamsos.rentan.region;

import id.jamsos.rentan.common.CsvTable;
import id.jamsos.rentan.common.FieldError;
import id.jamsos.rentan.common.TextRules;
import id.jamsos.rentan.common.ValidationException;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules of a region list import, pure (no database): the header, each row's code and name, and the plan of
 * what the rows change against the regions already known. {@link RegionImportService} reads the file, asks these
 * rules, and writes. Rules and sources: see {@link RegionImportService}.
 */
final class RegionImportRules {
    private static final Pattern DOTTED = Pattern.compile("\\d{2}(\\.\\d{2}(\\.\\d{2}(\\.\\d{4})?)?)?");
    private static final Pattern PLAIN = Pattern.compile("\\d{2}|\\d{4}|\\d{6}|\\d{10}");
    private static final int MAX_NAME = 200;
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N} .'\\-/(),]+");

    private RegionImportRules() {
    }

    /** One valid row of the file: its Excel row number (header = row 1), the plain 2/4/6/10-digit code, the name. */
    record Row(int rowNo, String code, String name) {
    }

    static void checkHeader(List<String> header) {
        if (header.size() < 2 || !"code".equals(header.get(0).trim().toLowerCase(Locale.ROOT))
                || !"name".equals(header.get(1).trim().toLowerCase(Locale.ROOT))) {
            throw ValidationException.of("file", "baris judul harus 'code,name' (kode wilayah, nama wilayah)");
        }
    }

    /** The row's code and name when valid; otherwise null and one rejection (field and reason). */
    static Row check(CsvTable.Row row, Map<String, Row> seen, List<FieldError> rejections) {
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

    /**
     * What importing the checked rows would change, parents before children so that a rejected parent rejects
     * its children too: the new regions, the renamed (or un-retired) ones, how many stay as they are, and every
     * code the file keeps in force. A row whose parent is neither accepted nor known is added to {@code rejections}.
     */
    record Plan(List<Region> added, List<Region> renamed, int unchanged, Set<String> accepted) {
        /** The codes in force that a complete decree no longer lists: they are to be retired, never deleted. */
        List<String> retiredFrom(Map<String, Region> existing) {
            return existing.values().stream().filter(e -> !e.retired() && !accepted.contains(e.code()))
                    .map(Region::code).sorted().toList();
        }
    }

    static Plan plan(Map<String, Row> incoming, Map<String, Region> existing, List<FieldError> rejections) {
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
        return new Plan(added, renamed, unchanged, accepted);
    }
}
