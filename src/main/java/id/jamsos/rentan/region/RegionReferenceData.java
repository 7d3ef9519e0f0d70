package id.jamsos.rentan.region;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * At start, imports the region lists the application ships ({@code src/main/resources/regions/}: the real
 * kecamatan and villages of the program's regencies, Kepmendagri 300.2.2-2138/2025) through
 * {@link RegionImportService}, before identity makes tenants and groups. Idempotent: an unchanged list changes
 * nothing. A shipped list with an invalid row stops the start (all or nothing): reference data must be right.
 */
@Component
@Order(5)
public class RegionReferenceData implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(RegionReferenceData.class);

    private final RegionSettings settings;
    private final RegionImportService imports;
    private final ResourceLoader resources;

    public RegionReferenceData(RegionSettings settings, RegionImportService imports, ResourceLoader resources) {
        this.settings = settings;
        this.imports = imports;
        this.resources = resources;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!settings.loadReferenceData()) {
            return;
        }
        for (String location : settings.referenceData()) {
            RegionImportResult r = load(location);
            log.info("Reference regions {}: {} added, {} updated, {} unchanged", location, r.added(), r.updated(),
                    r.unchanged());
        }
    }

    /** Imports one shipped list (a classpath: location), never retiring anything. */
    public RegionImportResult load(String location) {
        try (InputStream in = resources.getResource(location).getInputStream()) {
            return imports.importCsv(in, false, false);
        } catch (IOException e) {
            throw new UncheckedIOException("Reference region list " + location + " cannot be read", e);
        }
    }
}
