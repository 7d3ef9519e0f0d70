package id.jamsos.rentan.common;

import java.util.ArrayList;
import java.util.List;

/** One line of a CSV file as officials' Excel writes it: ',' or ';' separated, fields may be quoted with "" inside. */
public final class CsvLine {
    private CsvLine() {
    }

    /** ';' when the header uses it and no ',' (Excel with an Indonesian locale), else ','. */
    public static char separatorOf(String header) {
        return header.indexOf(';') >= 0 && header.indexOf(',') < 0 ? ';' : ',';
    }

    public static List<String> split(String line, char sep) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cur.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == sep) {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }
}
