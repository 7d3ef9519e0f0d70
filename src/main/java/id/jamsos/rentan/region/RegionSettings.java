package id.jamsos.rentan.region;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;

/**
 * {@code jamsos.region.*}: the official region lists shipped with the application ({@code referenceData}, classpath
 * resources in the {@code code,name} format of the Kemendagri import) and whether they are imported at start
 * ({@code loadReferenceData}: on in production, off in the demo, whose villages are made up).
 */
@ConfigurationProperties(prefix = "jamsos.region")
public record RegionSettings(Boolean loadReferenceData, List<String> referenceData) {
    public RegionSettings {
        loadReferenceData = loadReferenceData != null && loadReferenceData;
        referenceData = referenceData == null ? List.of() : List.copyOf(referenceData);
    }
}
