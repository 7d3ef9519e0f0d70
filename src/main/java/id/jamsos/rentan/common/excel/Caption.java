package id.jamsos.rentan.common.excel;

import java.util.List;
import java.util.Objects;

/**
 * Text around a sheet's table: title lines above the header row (e.g. the heading of a decree annex) and
 * footer lines after the last row (totals, a signature block). Both are plain text outside the auto-filter,
 * so filtering or sorting the table never moves them.
 */
public record Caption(List<String> title, List<String> footer) {
    public static final Caption NONE = new Caption(List.of(), List.of());

    public Caption {
        title = List.copyOf(Objects.requireNonNull(title, "title"));
        footer = List.copyOf(Objects.requireNonNull(footer, "footer"));
    }

    public static Caption title(String... lines) {
        return new Caption(List.of(lines), List.of());
    }

    public Caption withFooter(List<String> lines) {
        return new Caption(title, lines);
    }
}
