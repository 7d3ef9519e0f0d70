package id.jamsos.rentan.premium;

import java.time.LocalDate;

/** One month's premium of one PKS: its active members on the 1st × premium. */
public record PremiumInvoice(String invoiceNumber, String pksNumber, String regencyCode, LocalDate periodMonth,
                             int memberCount, long premiumPerMonth, long amount, LocalDate dueDate, String status,
                             LocalDate paidOn, String paymentReference) {
    public static final String UNPAID = "UNPAID";
    public static final String PAID = "PAID";
    public static final String PAID_LATE = "PAID_LATE";

    /**
     * {@code IUR-<regency>-<yyyy>-<MM>} for the Dinsos program's PKS ({@code PKS-<regency>-<year>}); another payer's
     * program (issue 16) adds its PKS suffix, e.g. {@code IUR-6208-2026-09-OPD_APBD}, {@code IUR-6203-2026-01-DESA_APBDES-6203011001}.
     * One PKS per program at a time (no overlap), so regency, program and month identify the invoice.
     */
    public static String number(String pksNumber, LocalDate month) {
        return "IUR-" + pksNumber.substring(4, 8) + "-" + month.getYear() + "-" + String.format("%02d", month.getMonthValue())
                + programSuffix(pksNumber);
    }

    /** "" for the Dinsos program, else the part after {@code PKS-<regency>-<year>}, e.g. {@code -OPD_APBD}. */
    public static String programSuffix(String pksNumber) {
        return pksNumber.length() > 13 ? pksNumber.substring(13) : "";
    }

}
