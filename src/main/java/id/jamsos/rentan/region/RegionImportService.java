package id.jamsos.rentan.region;

import id.jamsos.rentan.common.CsvTable;
import id.jamsos.rentan.common.FieldError;
import id.jamsos.rentan.common.ValidationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Imports the official Kemendagri region list (Kepmendagri 300.2.2-2138/2025 and its successors): CSV
 * {@code code,name} read by {@link CsvTable} (',' or ';', BOM, CRLF, quoted cells), codes dotted
 * {@code 62.03.01.2001} or plain {@code 6203012001}. The whole national list (about 91,600 rows) imports in one call
 * and one transaction, with batched JDBC.
 * <ul>
 *   <li>Idempotent: a code already there with the same name is {@code unchanged}, a new name {@code updated}.</li>
 *   <li>A row that breaks a rule (a row whose parent is unknown, nor in the file, nor in the table, too) is reported
 *       with its Excel row number (header = row 1), field and reason. By default the file is all or nothing: any
 *       such row refuses the file (400, every row listed) and nothing is written. With {@code skipInvalid} the
 *       valid rows are imported and the others counted {@code rejected} and listed in the answer.</li>
 *   <li>{@code completeDecree}: the file is the whole newer decree, so every code in force that it no longer lists
 *       is marked retired (never deleted: NIKs issued there stay valid). Skipped when any row was rejected, because
 *       the rejected row may hold a code that still exists.</li>
 *   <li>Names: typographic apostrophes (’ ‘ ʼ `) are stored as ', letters, digits, space and . ' - / ( ) , only.</li>
 * </ul>
 * Tenants and groups are not made here: {@link RegionsAdded} tells identity, which makes them only for the
 * program's regencies ({@link ProgramRegencyRepository}).
 */
@Service
public class RegionImportService {
    private static final Logger log = LoggerFactory.getLogger(RegionImportService.class);

    private final RegionRepository regions;
    private final ApplicationEventPublisher events;

    public RegionImportService(RegionRepository regions, ApplicationEventPublisher events) {
        this.regions = regions;
        this.events = events;
    }

    /** Imports all or nothing, without retiring anything (a partial list, e.g. one province). */
    @Transactional
    public RegionImportResult importCsv(InputStream csv) {
        return importCsv(csv, false, false);
    }

    /**
     * @param csv            the file; refused as a whole (400) when unreadable: not UTF-8, no {@code code,name}
     *                       header, a quote left open; and when a row is invalid unless {@code skipInvalid}
     * @param completeDecree the file is the complete decree: retire the codes in force it does not list
     * @param skipInvalid    import the valid rows, count and list the invalid ones as rejected
     */
    @Transactional
    public RegionImportResult importCsv(InputStream csv, boolean completeDecree, boolean skipInvalid) {
        long start = System.currentTimeMillis();
        CsvTable table = CsvTable.read(csv);
        RegionImportRules.checkHeader(table.header());
        List<FieldError> rejections = new ArrayList<>();
        Map<String, RegionImportRules.Row> incoming = new HashMap<>();
        for (CsvTable.Row row : table.rows()) {
            RegionImportRules.Row r = RegionImportRules.check(row, incoming, rejections);
            if (r != null) {
                incoming.put(r.code(), r);
            }
        }
        Map<String, Region> existing = regions.all();
        RegionImportRules.Plan plan = RegionImportRules.plan(incoming, existing, rejections);
        rejections.sort(Comparator.comparing(FieldError::row));
        if (!skipInvalid && !rejections.isEmpty()) {
            throw new ValidationException(rejections);
        }
        regions.insertAll(plan.added());
        regions.renameAll(plan.renamed());
        int retired = 0;
        String note = null;
        if (completeDecree && !rejections.isEmpty()) {
            note = "Kode yang tidak ada di berkas tidak ditandai tidak berlaku karena ada baris yang ditolak: "
                    + "perbaiki baris tersebut lalu impor ulang";
        } else if (completeDecree) {
            List<String> gone = plan.retiredFrom(existing);
            regions.retireAll(gone);
            retired = gone.size();
        }
        if (!plan.added().isEmpty()) {
            // Tenants and groups of new regions in the program's regencies: identity, in this transaction.
            events.publishEvent(new RegionsAdded(plan.added()));
        }
        log.info("Region import: {} rows, {} added, {} updated, {} unchanged, {} rejected, {} retired in {} ms",
                table.rows().size(), plan.added().size(), plan.renamed().size(), plan.unchanged(), rejections.size(),
                retired, System.currentTimeMillis() - start);
        return new RegionImportResult(plan.added().size(), plan.renamed().size(), plan.unchanged(), rejections.size(),
                retired, rejections, note);
    }
}
