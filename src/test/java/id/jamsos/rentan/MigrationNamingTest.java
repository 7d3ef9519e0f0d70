package id.jamsos.rentan;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Flyway migrations in production (docs/DEVELOPING.md, "Migrations"): the six migrations that ran before the
 * timestamp scheme stay byte for byte as they are (an edited applied migration fails Flyway's validation on every
 * deployed database); every other migration is {@code V<yyyyMMddHHmm>__<feature>_<what>.sql} with a real date and
 * time, and no two files share a version (Flyway compares versions as numbers: V1 and V01 are the same).
 */
class MigrationNamingTest {
    static final Path DIR = Path.of("src/main/resources/db/migration");

    /** Applied in production under the old ranges per feature; SHA-256 of the text with \n line ends. */
    static final Map<String, String> APPLIED = Map.of(
            "V1__foundation.sql", "5ddae2e1ec404421eb2e2d6d6558159c608f72161e8a0f81f3f7a866bbbc21c9",
            "V2__reference_regions.sql", "5ffd78a3bd1fa59df5fb3b308fc1935470ada0b36153ba6287ad1b0158e58498",
            "V100__verification.sql", "f73c31b62b70d8a06bb968e64d84b684205506408c6725a7633031348eb4e67e",
            "V200__budget_pks_premium.sql", "6a6a1cc70a876a7e1b8fe35ce005f7a033e42f83454eeb7006c4840e66385716",
            "V300__claim.sql", "fa31b767f7adf6f22eaacf74b74c9797c91d418f0609cd8abe31f2a2ecf85017",
            "V400__report_indexes.sql", "48b462961b8a0e711edbef8f0e6178e21739000fe68cd1a4b214a92f805464fb");

    static final Pattern TIMESTAMPED = Pattern.compile("V(\\d{12})__([a-z][a-z0-9]*(?:_[a-z0-9]+)+)\\.sql");
    static final Pattern ANY_VERSION = Pattern.compile("V([0-9][0-9._]*?)__.*");
    static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMddHHmm").withResolverStyle(ResolverStyle.STRICT);
    /** The scheme started in December 2026; an older stamp is a typo or a range number in disguise. */
    static final LocalDateTime SCHEME_START = LocalDateTime.of(2026, 11, 1, 0, 0);

    @Test
    void appliedMigrationsAreUntouched() throws IOException {
        for (Map.Entry<String, String> m : APPLIED.entrySet()) {
            Path file = DIR.resolve(m.getKey());
            assertThat(file).as("applied migration " + m.getKey() + " must stay (renaming it reruns it)").exists();
            assertThat(sha256(file)).as(m.getKey() + " was edited after it ran in production: add a new migration instead")
                    .isEqualTo(m.getValue());
        }
    }

    @Test
    void newMigrationsAreTimestampedAndNoVersionRepeats() throws IOException {
        List<String> problems = new ArrayList<>();
        Map<BigInteger, String> versions = new HashMap<>();
        try (Stream<Path> files = Files.list(DIR)) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                if (!APPLIED.containsKey(name)) {
                    Matcher t = TIMESTAMPED.matcher(name);
                    if (!t.matches()) {
                        problems.add(name + ": new migrations are V<yyyyMMddHHmm>__<feature>_<what>.sql, "
                                + "e.g. V202612011030__boundary_process_binding.sql");
                    } else {
                        try {
                            LocalDateTime stamp = LocalDateTime.parse(t.group(1), STAMP);
                            if (stamp.isBefore(SCHEME_START)) {
                                problems.add(name + ": timestamp " + stamp + " is before the scheme began (" + SCHEME_START + ")");
                            }
                        } catch (DateTimeParseException e) {
                            problems.add(name + ": " + t.group(1) + " is no date and time yyyyMMddHHmm");
                        }
                    }
                }
                Matcher v = ANY_VERSION.matcher(name);
                if (v.matches()) {
                    BigInteger version = new BigInteger(v.group(1).replaceAll("[._]", ""));
                    String other = versions.putIfAbsent(version, name);
                    if (other != null) {
                        problems.add(name + ": version " + version + " is used by " + other + " already");
                    }
                }
            }
        }
        assertThat(versions).as("versions found").hasSizeGreaterThanOrEqualTo(APPLIED.size());
        assertThat(problems).isEmpty();
    }

    @Test
    void theRulesRejectWhatTheyShould() {
        assertThat(TIMESTAMPED.matcher("V202612011030__boundary_process_binding.sql").matches()).isTrue();
        assertThat(TIMESTAMPED.matcher("V500__grievance.sql").matches()).isFalse();
        assertThat(TIMESTAMPED.matcher("V202612011030__boundary.sql").matches()).as("feature and what").isFalse();
        assertThat(TIMESTAMPED.matcher("V2026120110__boundary_binding.sql").matches()).as("minutes missing").isFalse();
        assertThat(TIMESTAMPED.matcher("V202612011030_boundary_binding.sql").matches()).as("one underscore").isFalse();
        assertThat(TIMESTAMPED.matcher("V202612011030__Boundary_Binding.sql").matches()).isFalse();
    }

    private static String sha256(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
