package id.jamsos.rentan.pks;

import java.time.LocalDate;

/** A PKS between a regency (payer) and its BPJS branch for one fiscal year. */
public record Agreement(String pksNumber, String regencyCode, int fiscalYear, int quota, long budget,
                        long premiumPerMonth, LocalDate startDate, LocalDate endDate, PksStatus status,
                        String payer, String segment, String gapReason) {

    public static String number(String regencyCode, int fiscalYear) {
        return "PKS-" + regencyCode + "-" + fiscalYear;
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(startDate) && !day.isAfter(endDate);
    }
}
