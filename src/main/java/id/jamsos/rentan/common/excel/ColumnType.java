package id.jamsos.rentan.common.excel;

/** What a column holds, and so how Excel stores and shows it. */
public enum ColumnType {
    /** Text, stored as a string; values starting with = + - @ are kept as plain text (no formula). */
    TEXT("@"),
    /** Whole rupiah as a number, shown as Rp42.000.000 by an Indonesian Excel (grouping per reader's locale). */
    RUPIAH("\"Rp\"#,##0"),
    /** A calendar date (LocalDate), shown dd-mm-yyyy as officials write dates. */
    DATE("dd-mm-yyyy"),
    /** A whole number (count, months), no grouping. */
    INTEGER("0"),
    /**
     * A percentage given in points (43.12 for 43,12 %), stored as the fraction Excel calculates with (0.4312)
     * and shown with two decimals: 43,12% in an Indonesian Excel.
     */
    PERCENT("0.00%"),
    /** A number with one decimal (an average of days), shown 2,5 in an Indonesian Excel. */
    DECIMAL("0.0");

    private final String format;

    ColumnType(String format) {
        this.format = format;
    }

    /** The Excel number format code of the column's cells. */
    public String format() {
        return format;
    }
}
