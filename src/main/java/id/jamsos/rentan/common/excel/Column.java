package id.jamsos.rentan.common.excel;

import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Function;

/**
 * One column of an export: header, type, width in characters and how to read the value from a row.
 * Values: TEXT any object (toString), RUPIAH and INTEGER a whole Number, PERCENT (in points) and DECIMAL
 * any Number, DATE a LocalDate; null gives an empty cell.
 */
public record Column<T>(String header, ColumnType type, int width, Function<? super T, ?> value) {
    public Column {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        if (width < 1 || width > 255) {
            throw new IllegalArgumentException("column width must be 1..255 characters: " + width);
        }
    }

    public static <T> Column<T> text(String header, int width, Function<? super T, ?> value) {
        return new Column<>(header, ColumnType.TEXT, width, value);
    }

    public static <T> Column<T> rupiah(String header, int width, Function<? super T, ? extends Number> value) {
        return new Column<>(header, ColumnType.RUPIAH, width, value);
    }

    public static <T> Column<T> date(String header, int width, Function<? super T, LocalDate> value) {
        return new Column<>(header, ColumnType.DATE, width, value);
    }

    public static <T> Column<T> integer(String header, int width, Function<? super T, ? extends Number> value) {
        return new Column<>(header, ColumnType.INTEGER, width, value);
    }

    public static <T> Column<T> percent(String header, int width, Function<? super T, ? extends Number> value) {
        return new Column<>(header, ColumnType.PERCENT, width, value);
    }

    public static <T> Column<T> decimal(String header, int width, Function<? super T, ? extends Number> value) {
        return new Column<>(header, ColumnType.DECIMAL, width, value);
    }
}
