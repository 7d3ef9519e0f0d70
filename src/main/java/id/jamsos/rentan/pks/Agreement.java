package id.jamsos.rentan.pks;

import java.time.LocalDate;

/**
 * A PKS between a payer of a regency and its BPJS branch, for a period within one fiscal year (issue 16: several
 * programs per regency, one per payer). The program is the regency plus {@link #program()}; agreements of the same
 * program follow each other year after year.
 *
 * @param payer       a {@link Payer} name ({@code DINSOS_APBD} for rows of before issue 16)
 * @param payerName   the paying office for {@code OPD_APBD} (e.g. "Kesbangpol"), else null
 * @param villageCode the paying village (10 digits) for {@code DESA_APBDES}, else null
 */
public record Agreement(String pksNumber, String regencyCode, int fiscalYear, int quota, long budget,
                        long premiumPerMonth, LocalDate startDate, LocalDate endDate, PksStatus status,
                        String payer, String segment, String gapReason, String payerName, String villageCode) {

    /** An agreement of the regency's Dinsos program (the form of every agreement before issue 16). */
    public Agreement(String pksNumber, String regencyCode, int fiscalYear, int quota, long budget,
                     long premiumPerMonth, LocalDate startDate, LocalDate endDate, PksStatus status,
                     String payer, String segment, String gapReason) {
        this(pksNumber, regencyCode, fiscalYear, quota, budget, premiumPerMonth, startDate, endDate, status, payer,
                segment, gapReason, null, null);
    }

    /** The Dinsos program's business key {@code PKS-<regency>-<fiscalYear>} (CONTRACT). */
    public static String number(String regencyCode, int fiscalYear) {
        return "PKS-" + regencyCode + "-" + fiscalYear;
    }

    /**
     * The business key of a program's PKS: {@code PKS-<regency>-<fiscalYear>} for {@code DINSOS_APBD},
     * {@code PKS-<regency>-<fiscalYear>-<payer>} otherwise, {@code -<villageCode>} added for a village.
     */
    public static String number(String regencyCode, int fiscalYear, Payer payer, String villageCode) {
        return number(regencyCode, fiscalYear) + programSuffix(payer, villageCode);
    }

    /** "" for Dinsos, "-OPD_APBD", "-PROVINSI_APBD", "-DESA_APBDES-6203011001". */
    public static String programSuffix(Payer payer, String villageCode) {
        return switch (payer) {
            case DINSOS_APBD -> "";
            case DESA_APBDES -> "-" + payer.name() + "-" + villageCode;
            default -> "-" + payer.name();
        };
    }

    /** The payer as an enum ({@code DINSOS_APBD} for an unknown legacy value). */
    public Payer payerKind() {
        return Payer.parse(payer).orElse(Payer.DINSOS_APBD);
    }

    /** The program within the regency: {@code DINSOS_APBD}, {@code OPD_APBD}, {@code DESA_APBDES-6203011001}, ... */
    public String program() {
        String suffix = programSuffix(payerKind(), villageCode);
        return suffix.isEmpty() ? Payer.DINSOS_APBD.name() : suffix.substring(1);
    }

    /** Same regency and same program (the agreements that follow each other). */
    public boolean sameProgram(Agreement other) {
        return regencyCode.equals(other.regencyCode()) && program().equals(other.program());
    }

    public boolean isDinsos() {
        return payerKind() == Payer.DINSOS_APBD;
    }

    /**
     * Whether the program is expected to continue with a next PKS: the Dinsos program always; another payer's only
     * when the PKS covers its whole fiscal year. A PKS for part of a year (the Pilkada officers' period of duty,
     * 01-09 to 31-12) ends with its members' coverage: no gap warning, no renewal timer.
     */
    public boolean renews() {
        return isDinsos() || (startDate.equals(LocalDate.of(fiscalYear, 1, 1))
                && endDate.equals(LocalDate.of(fiscalYear, 12, 31)));
    }

    /** Who pays, in Indonesian: "Dinas Sosial", "Kesbangpol", "Desa 6203011001", "Pemerintah provinsi". */
    public String payerTitle() {
        return switch (payerKind()) {
            case DINSOS_APBD -> "Dinas Sosial";
            case OPD_APBD -> payerName == null ? "Perangkat daerah" : payerName;
            case DESA_APBDES -> "Desa " + villageCode;
            case PROVINSI_APBD -> "Pemerintah provinsi";
        };
    }

    /** Who signs for the payer: "Kepala Dinas Sosial", "Kepala Kesbangpol", "Kepala Desa", "Kepala Dinas Sosial Provinsi". */
    public String signerTitle() {
        return switch (payerKind()) {
            case DINSOS_APBD -> "Kepala Dinas Sosial";
            case OPD_APBD -> "Kepala " + payerTitle();
            case DESA_APBDES -> "Kepala Desa";
            case PROVINSI_APBD -> "Kepala Dinas Sosial Provinsi";
        };
    }

    /** The program as officials read it: "PKS-6208-2026-OPD_APBD (Kesbangpol, APBD kabupaten)". */
    public String programTitle() {
        String fund = switch (payerKind()) {
            case DESA_APBDES -> "APBDes";
            case PROVINSI_APBD -> "APBD provinsi";
            default -> "APBD kabupaten";
        };
        return pksNumber + " (" + payerTitle() + ", " + fund + ")";
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(startDate) && !day.isAfter(endDate);
    }

    /** Whether the periods of the two agreements share at least one day. */
    public boolean overlaps(LocalDate from, LocalDate to) {
        return !startDate.isAfter(to) && !endDate.isBefore(from);
    }
}
