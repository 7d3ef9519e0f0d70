package id.jamsos.rentan.common;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Locale;

/** How officials read dates and money: dd-MM-yyyy in WIB, Rp42.000.000 (dot as thousands separator). */
public final class Formats {
    public static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private Formats() {
    }

    public static String date(LocalDate d) {
        return d == null ? "-" : DATE.format(d);
    }

    public static String date(Date d) {
        return d == null ? "-" : DATE.format(d.toInstant().atZone(WIB).toLocalDate());
    }

    public static String rupiah(long amount) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(new Locale("id", "ID"));
        symbols.setGroupingSeparator('.');
        DecimalFormat f = new DecimalFormat("#,##0", symbols);
        return (amount < 0 ? "-Rp" : "Rp") + f.format(Math.abs(amount));
    }

    /** NIK masked for mails and other regions' eyes: first 6 (kecamatan) and last 2 digits stay. */
    public static String maskNik(String nik) {
        if (nik == null || nik.length() < 8) {
            return "****";
        }
        return nik.substring(0, 6) + "*".repeat(nik.length() - 8) + nik.substring(nik.length() - 2);
    }
}
