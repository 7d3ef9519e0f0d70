package id.jamsos.rentan.common;

import java.util.regex.Pattern;

/**
 * Shared rules for free text that ends up in decrees, Excel sheets and mails: names of people and banks,
 * document numbers. Refusing markup, formulas and SQL-looking text at the door keeps every later output safe.
 * Each method answers the Indonesian problem, or null when the value is fine.
 */
public final class TextRules {
    private static final Pattern PERSON_NAME = Pattern.compile("[\\p{L}][\\p{L} .'\\-,]*");
    private static final Pattern BANK_NAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} .&'\\-()]*");
    private static final Pattern DOCUMENT_NUMBER = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} ./\\-]*");

    private TextRules() {
    }

    /**
     * The apostrophe variants officials' keyboards, Word and the Kemendagri list produce — ’ (U+2019), ‘ (U+2018),
     * ʼ (U+02BC), ` (grave accent), ′ (prime) and ´ (acute) — as the plain ' (U+0027), so "Ma’ruf" and "Ma'ruf" are
     * one name in the rules, the database and every export. Null stays null.
     */
    public static String normalizeApostrophes(String value) {
        if (value == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\u2019' || c == '\u2018' || c == '\u02BC' || c == '`' || c == '\u2032' || c == '\u00B4') {
                if (out == null) {
                    out = new StringBuilder(value);
                }
                out.setCharAt(i, '\'');
            }
        }
        return out == null ? value : out.toString();
    }

    /** A person's name; apostrophe variants are accepted ({@link #normalizeApostrophes}). */
    public static String personName(String value) {
        if (value == null || value.isBlank()) {
            return "wajib diisi";
        }
        value = normalizeApostrophes(value);
        if (value.length() > 200) {
            return "maksimal 200 karakter";
        }
        if (!PERSON_NAME.matcher(value.trim()).matches()) {
            return "hanya boleh huruf, spasi dan tanda . ' - ,";
        }
        return null;
    }

    public static String bankName(String value) {
        if (value == null || value.isBlank()) {
            return "wajib diisi";
        }
        if (value.length() > 100) {
            return "maksimal 100 karakter";
        }
        return BANK_NAME.matcher(value.trim()).matches() ? null : "hanya boleh huruf, angka, spasi dan tanda . & ' - ( )";
    }

    /** Optional document numbers (akta kematian, surat keterangan): null and blank are fine. */
    public static String documentNumber(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > 60) {
            return "maksimal 60 karakter";
        }
        return DOCUMENT_NUMBER.matcher(value.trim()).matches() ? null : "hanya boleh huruf, angka, spasi dan tanda . / -";
    }
}
