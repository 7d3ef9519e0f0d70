package id.jamsos.rentan.region;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.util.List;

/**
 * {@code jamsos.region.*} (application.yml, the demo profile overrides {@code load-reference-data}).
 *
 * @param regencies         the program's regencies, 4-digit Kemendagri codes (comma-separated in YAML), e.g. 6203
 * @param loadReferenceData whether the official lists of {@code referenceData} are imported at start (on in
 *                          production, off in the demo, whose villages are made up)
 * @param referenceData     classpath resources in the {@code code,name} format of the Kemendagri import
 */
@Validated
@ConfigurationProperties(prefix = "jamsos.region", ignoreUnknownFields = false)
public record RegionSettings(@NotEmpty List<@Pattern(regexp = "\\d{4}") String> regencies,
                             @NotNull Boolean loadReferenceData,
                             @NotNull List<String> referenceData) {
    public RegionSettings {
        regencies = List.copyOf(regencies == null ? List.of() : regencies);
        referenceData = referenceData == null ? null : List.copyOf(referenceData);
    }
}
