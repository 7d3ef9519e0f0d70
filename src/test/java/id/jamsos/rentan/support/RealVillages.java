package id.jamsos.rentan.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The real villages of the three program regencies, read from the list the application ships (not from ../shared). */
public final class RealVillages {
    /** Kepmendagri 300.2.2-2138/2025 for Kapuas, Sukamara and Kubu Raya, as shipped in src/main/resources. */
    public static final String LIST = "/regions/wilayah-6203-6208-6112-2025.csv";

    private RealVillages() {
    }

    /** @return the 10-digit village codes, without dots, in the file's order (386 for the 2025 decree) */
    public static List<String> codes() {
        try (InputStream in = RealVillages.class.getResourceAsStream(LIST)) {
            String csv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return csv.lines().skip(1).map(l -> l.substring(0, l.indexOf(',')).replace(".", "").replace("\uFEFF", ""))
                    .filter(c -> c.length() == 10).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
