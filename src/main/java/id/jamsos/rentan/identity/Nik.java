package id.jamsos.rentan.identity;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;

/**
 * The 16-digit population number {@code PP KK CC DDMMYY NNNN}: kecamatan of first registration
 * (Kemendagri), day of birth (+40 for women), month, two-digit year, serial from 0001.
 */
public record Nik(String value) {

    public static boolean hasSixteenDigits(String s) {
        return s != null && s.length() == 16 && s.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    public static Nik of(String s) {
        if (!hasSixteenDigits(s)) {
            throw new IllegalArgumentException("NIK harus 16 digit angka");
        }
        return new Nik(s);
    }

    public String kecamatanCode() {
        return value.substring(0, 6);
    }

    public String regencyCode() {
        return value.substring(0, 4);
    }

    public int rawDay() {
        return Integer.parseInt(value.substring(6, 8));
    }

    public int month() {
        return Integer.parseInt(value.substring(8, 10));
    }

    public int twoDigitYear() {
        return Integer.parseInt(value.substring(10, 12));
    }

    public int serial() {
        return Integer.parseInt(value.substring(12, 16));
    }

    /** Day 41–71 means female; 1–31 male; anything else is no valid day. */
    public Optional<String> sex() {
        int d = rawDay();
        if (d >= 1 && d <= 31) {
            return Optional.of("M");
        }
        if (d >= 41 && d <= 71) {
            return Optional.of("F");
        }
        return Optional.empty();
    }

    public int dayOfBirth() {
        int d = rawDay();
        return d > 40 ? d - 40 : d;
    }

    /**
     * Whether day and month form a date that exists in some year (29 February counts: the two-digit year
     * alone cannot tell the century, so leap years are checked against the full birth date).
     */
    public boolean hasValidDayMonth() {
        if (sex().isEmpty() || month() < 1 || month() > 12) {
            return false;
        }
        try {
            MonthDay.of(month(), dayOfBirth());
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    /** The NIK's date part denotes exactly this birth date (day, month and year modulo 100). */
    public boolean matchesBirthDate(LocalDate birthDate) {
        return hasValidDayMonth() && birthDate.getDayOfMonth() == dayOfBirth()
                && birthDate.getMonthValue() == month() && birthDate.getYear() % 100 == twoDigitYear();
    }
}
