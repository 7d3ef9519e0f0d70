package id.jamsos.rentan.web;

import id.jamsos.rentan.common.ValidationException;
import id.jamsos.rentan.region.Region;
import id.jamsos.rentan.region.RegionLevel;
import id.jamsos.rentan.region.RegionRepository;

/**
 * Query parameters of the list and export endpoints, read as text so that every bad value is answered with
 * a 400 naming the parameter and an Indonesian rule, not a generic conversion error.
 */
public final class QueryParams {
    static final int MIN_YEAR = 2000;
    static final int MAX_YEAR = 2100;

    private QueryParams() {
    }

    /** A known regency (4-digit Kemendagri code); anything else is bad input, before any access check. */
    public static Region regency(String value, RegionRepository regions) {
        if (value == null || value.isBlank()) {
            throw ValidationException.of("regencyCode", "kode kabupaten wajib diisi (4 digit, misalnya 6203)");
        }
        String code = value.trim();
        if (!code.matches("\\d{4}")) {
            throw ValidationException.of("regencyCode", "kode kabupaten harus 4 digit (misalnya 6203), bukan '"
                    + abbreviate(code) + "'");
        }
        return regions.find(code).filter(r -> r.level() == RegionLevel.REGENCY)
                .orElseThrow(() -> ValidationException.of("regencyCode", "kabupaten " + code + " tidak dikenal"));
    }

    /** An optional year (null when absent or empty). */
    public static Integer year(String value) {
        return year("year", value);
    }

    /** An optional year named {@code field} in the refusal (e.g. {@code fiscalYear}); null when absent or empty. */
    public static Integer year(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String y = value.trim();
        if (!y.matches("\\d{4}") || Integer.parseInt(y) < MIN_YEAR || Integer.parseInt(y) > MAX_YEAR) {
            throw ValidationException.of(field, "tahun harus 4 digit antara " + MIN_YEAR + " dan " + MAX_YEAR
                    + ", bukan '" + abbreviate(y) + "'");
        }
        return Integer.parseInt(y);
    }

    /** An optional positive id (null when absent or empty). */
    public static Long id(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        if (!v.matches("\\d{1,18}") || Long.parseLong(v) < 1) {
            throw ValidationException.of(field, field + " harus berupa angka bulat positif, bukan '" + abbreviate(v) + "'");
        }
        return Long.parseLong(v);
    }

    /** An optional true/false flag (false when absent or empty). */
    public static boolean flag(String field, String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.trim().toLowerCase()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ValidationException.of(field, field + " harus true atau false, bukan '" + abbreviate(value) + "'");
        };
    }

    /**
     * A full NIK searched for (required): 16 digits; blanks and dots an official types between groups are dropped.
     * The refusal never repeats the value (a NIK is personal data), only how many digits it had.
     */
    public static String nik(String value) {
        String v = value == null ? "" : value.replaceAll("[\\s.]", "");
        if (v.isEmpty()) {
            throw ValidationException.of("nik", "NIK wajib diisi: 16 angka");
        }
        if (!v.matches("\\d{16}")) {
            throw ValidationException.of("nik", "NIK harus tepat 16 angka (yang diisi: " + Math.min(v.length(), 99)
                    + " karakter" + (v.matches("\\d*") ? "" : ", bukan hanya angka") + ")");
        }
        return v;
    }

    private static String abbreviate(String s) {
        return s.length() > 20 ? s.substring(0, 20) + "…" : s;
    }
}
