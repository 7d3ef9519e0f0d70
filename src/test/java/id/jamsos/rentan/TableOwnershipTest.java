package id.jamsos.rentan;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One owner per table (issue 15, docs/DEVELOPING.md "Layout"): every SQL statement that writes one of our tables
 * ({@code insert into}, {@code update … set}, {@code delete from}, {@code merge into}) stands in the package of the
 * one feature that owns the table, in its repository (or, where a lower feature reaches it through an interface it
 * owns, in the owner's implementation of that interface, e.g. {@code verification.CandidatesForEnrollment}). Other
 * features call the owner. Camunda's own tables ({@code act_*}) are the engine's and are never written by our SQL.
 */
class TableOwnershipTest {
    static final Path MAIN = Path.of("src/main/java/id/jamsos/rentan");
    static final Pattern WRITE = Pattern.compile(
            "(?i)\\b(?:insert\\s+into|merge\\s+into|delete\\s+from)\\s+([a-z_][a-z0-9_]*)|\\bupdate\\s+([a-z_][a-z0-9_]*)\\s+set\\b");

    /** Table → the classes (path below {@code id/jamsos/rentan}) whose SQL writes it. */
    static Map<String, Set<String>> writers() throws IOException {
        Map<String, Set<String>> writers = new TreeMap<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String source = Files.readString(f);
                Matcher m = WRITE.matcher(source);
                while (m.find()) {
                    String table = (m.group(1) != null ? m.group(1) : m.group(2)).toLowerCase();
                    writers.computeIfAbsent(table, t -> new TreeSet<>()).add(MAIN.relativize(f).toString());
                }
            }
        }
        return writers;
    }

    @Test
    void everyTableIsWrittenByItsOwningFeatureOnly() throws IOException {
        Map<String, Set<String>> writers = writers();
        assertThat(writers).as("SQL writes found in src/main/java").containsKeys("member", "candidate", "claim",
                "pks_agreement", "premium_invoice", "outbox_message");
        List<String> shared = new ArrayList<>();
        writers.forEach((table, classes) -> {
            Set<String> packages = new TreeSet<>();
            classes.forEach(c -> packages.add(c.substring(0, c.indexOf('/'))));
            if (packages.size() > 1) {
                shared.add(table + " is written by " + classes + ": keep the SQL in its owning feature's repository, call it from the others");
            }
        });
        assertThat(shared).isEmpty();
    }

    @Test
    void noCodeOfOursWritesTheEnginesTables() throws IOException {
        assertThat(writers().keySet()).noneMatch(t -> t.startsWith("act_"));
    }
}
