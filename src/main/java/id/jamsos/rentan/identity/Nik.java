package id.jamsos.rentan.identity;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;

/**
 * The 16-digit population number {@code PP KK CC DDMMYY NNNN}: kecamatan of first registration
 * (Kemendagri), day of birth (+40 for women), month, two-digit year, serial from 0001 (Permendagri 95/2019 on
 * SIAK; DOMAIN "NIK"). The one NIK rule of the application: candidates and heirs are checked by {@link #problem},
 * with one set of messages.
 */
public record Nik(String value) {
    /** Message: not exactly 16 digits (spaces, letters, 15 or 17 digits). */
    public static final String MSG_DIGITS = "NIK harus tepat 16 digit angka";
    /** Message: day or month part impossible (day 00/32–40/72+, month 00/13+). */
    public static final String MSG_DATE_PART = "Bagian tanggal lahir NIK tidak sah (tanggal 01–31 untuk laki-laki, "
            + "41–71 untuk perempuan, bulan 01–12)";
    /** Message: a day that is not in the calendar (31 April, 29 February of a year not divisible by 4). */
    public static final String MSG_CALENDAR = "Tanggal lahir dalam NIK tidak ada di kalender";
    /** Message: serial 0000. */
    public static final String MSG_SERIAL = "Nomor urut NIK (4 digit terakhir) dimulai dari 0001";

    /**
     * The problem with a NIK as typed, or null when it is well formed. Checks the form only (16 digits, a date part
     * that exists in the calendar for a man or a woman, serial from 0001); whether its kecamatan exists is checked
     * against the region table by the caller. 29 February is valid only when the two-digit year is divisible by 4
     * (both 19yy and 20yy are then leap years, 1900 aside, 2000 counting).
     */
    public static String problem(String nik) {
        if (!hasSixteenDigits(nik)) {
            return MSG_DIGITS;
        }
        Nik n = new Nik(nik);
        if (n.sex().isEmpty() || n.month() < 1 || n.month() > 12) {
            return MSG_DATE_PART;
        }
        if (!n.hasValidDayMonth()) {
            return MSG_CALENDAR;
        }
        if (n.serial() == 0) {
            return MSG_SERIAL;
        }
        return null;
    }

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
     * Whether day, month and two-digit year form a date in the calendar; 29 February only when the two-digit year
     * is divisible by 4 (19yy and 20yy agree on it, except 1900, which a NIK "00" may mean for 2000 as well).
     */
    public boolean hasValidDayMonth() {
        if (sex().isEmpty() || month() < 1 || month() > 12) {
            return false;
        }
        try {
            MonthDay.of(month(), dayOfBirth());
        } catch (DateTimeException e) {
            return false;
        }
        return !(month() == 2 && dayOfBirth() == 29 && twoDigitYear() % 4 != 0);
    }

    /** The NIK's date part denotes exactly this birth date (day, month and year modulo 100). */
    public boolean matchesBirthDate(LocalDate birthDate) {
        return hasValidDayMonth() && birthDate.getDayOfMonth() == dayOfBirth()
                && birthDate.getMonthValue() == month() && birthDate.getYear() % 100 == twoDigitYear();
    }
}
