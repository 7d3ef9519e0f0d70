package id.jamsos.rentan.premium;

import java.time.LocalDate;

/** One month's premium of one PKS: its active members on the 1st × premium. */
public record PremiumInvoice(String invoiceNumber, String pksNumber, String regencyCode, LocalDate periodMonth,
                             int memberCount, long premiumPerMonth, long amount, LocalDate dueDate, String status,
                             LocalDate paidOn, String paymentReference) {
    public static final String UNPAID = "UNPAID";
    public static final String PAID = "PAID";
    public static final String PAID_LATE = "PAID_LATE";

    public static String number(String pksNumber, LocalDate month) {
        // One PKS per regency at a time (no overlap), so regency and month identify the invoice.
        return "IUR-" + pksNumber.substring(4, 8) + "-" + month.getYear() + "-" + String.format("%02d", month.getMonthValue());
    }
}
