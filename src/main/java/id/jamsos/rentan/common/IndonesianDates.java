package id.jamsos.rentan.common;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as officials write and read them: day first, {@code dd-mm-yyyy} ("05-02-2019" is 5 February 2019),
 * whatever language the browser runs in. Reading also takes "5-2-2019", "05/02/2019", "05.02.2019" and the
 * ISO form "2019-02-05" (engine-rest, the API, a browser date picker), with or without a time after it.
 */
public final class IndonesianDates {
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})([T ].*)?");

    private IndonesianDates() {
    }

    /**
     * Reads a date; null or blank gives null. Refuses (IllegalArgumentException with an Indonesian message) a
     * two-digit year, month-first input that is no valid day-first date ("12-31-2019"), and impossible dates
     * ("31-02-2019").
     */
    public static LocalDate parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String s = text.trim();
        try {
            Matcher m = DAY_FIRST.matcher(s);
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
            }
            m = ISO.matcher(s);
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            }
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("tanggal tidak valid: " + s + " tidak ada di kalender (dd-mm-yyyy)");
        }
        throw new IllegalArgumentException("tanggal tidak valid: tulis dd-mm-yyyy, mis. 05-02-2019");
    }

    /** 2019-02-05 → "05-02-2019"; null → "". */
    public static String format(LocalDate date) {
        return date == null ? "" : String.format("%02d-%02d-%04d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }
}
