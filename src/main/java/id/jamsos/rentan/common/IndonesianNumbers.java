package id.jamsos.rentan.common;

import java.util.regex.Pattern;

/**
 * Whole numbers and rupiah amounts as Indonesians write them: a dot groups thousands ("48.500",
 * "4.888.800.000", "Rp1.008.000.000"), a comma would start decimals. Used by every number and amount field of
 * the forms (start forms and task forms) and by {@link Formats} for display.
 */
public final class IndonesianNumbers {
    /** Plain digits, or groups of three after the first 1–3 digits ("1.008.000"). */
    private static final Pattern WHOLE = Pattern.compile("\\d+|\\d{1,3}(\\.\\d{3})+");

    private IndonesianNumbers() {
    }

    /**
     * Reads a whole number (count or rupiah): "48500", "48.500", "Rp 4.888.800.000", surrounding blanks ignored.
     * Refuses (IllegalArgumentException with an Indonesian message) decimals ("48,5"), misplaced dots ("4.85"),
     * signs, letters and numbers beyond {@code Long.MAX_VALUE}; null or blank gives null.
     */
    public static Long parseWhole(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String s = text.trim();
        if (s.regionMatches(true, 0, "Rp", 0, 2)) {
            s = s.substring(2).trim();
        }
        if (s.contains(",")) {
            throw new IllegalArgumentException("harus bilangan bulat tanpa desimal (koma tidak dipakai), mis. 48.500");
        }
        if (!WHOLE.matcher(s).matches()) {
            throw new IllegalArgumentException("harus bilangan bulat dengan titik pemisah ribuan, mis. 48.500 atau 48500");
        }
        try {
            return Long.parseLong(s.replace(".", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("angka terlalu besar");
        }
    }

    /** 48500 → "48.500", 4888800000 → "4.888.800.000", -1200 → "-1.200". */
    public static String format(long value) {
        String digits = Long.toString(Math.abs(value));
        StringBuilder out = new StringBuilder();
        int lead = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        out.append(digits, 0, lead);
        for (int i = lead; i < digits.length(); i += 3) {
            out.append('.').append(digits, i, i + 3);
        }
        return (value < 0 ? "-" : "") + out;
    }

    /** An amount in rupiah as shown to officials: "Rp4.888.800.000". */
    public static String rupiah(long value) {
        return "Rp" + format(value);
    }
}
