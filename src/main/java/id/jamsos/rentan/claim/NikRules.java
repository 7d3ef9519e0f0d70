package id.jamsos.rentan.claim;

import java.time.DateTimeException;
import java.time.LocalDate;

/** NIK: PP KK CC DDMMYY NNNN, day + 40 for women; day 00, month 00/&gt;12 or an impossible date is invalid. */
public final class NikRules {
    private NikRules() {
    }

    /** @return null when valid, else the Indonesian reason */
    public static String problem(String nik) {
        if (nik == null || !nik.matches("\\d{16}")) {
            return "NIK harus 16 digit angka";
        }
        int day = Integer.parseInt(nik.substring(6, 8));
        int month = Integer.parseInt(nik.substring(8, 10));
        int yy = Integer.parseInt(nik.substring(10, 12));
        if (day > 40) {
            day -= 40;
        }
        if (day < 1 || day > 31 || month < 1 || month > 12) {
            return "bagian tanggal lahir NIK tidak valid (tanggal 01-31, perempuan 41-71; bulan 01-12)";
        }
        // The two-digit year may be 19yy or 20yy: 29 February is valid if either century allows it.
        if (!validDate(1900 + yy, month, day) && !validDate(2000 + yy, month, day)) {
            return "tanggal lahir dalam NIK tidak ada di kalender";
        }
        if ("0000".equals(nik.substring(12))) {
            return "nomor urut NIK dimulai dari 0001";
        }
        return null;
    }

    private static boolean validDate(int y, int m, int d) {
        try {
            LocalDate.of(y, m, d);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
