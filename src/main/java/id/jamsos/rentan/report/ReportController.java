package id.jamsos.rentan.report;

import id.jamsos.rentan.common.ValidationException;
import id.jamsos.rentan.common.excel.XlsxWriter;
import id.jamsos.rentan.identity.CurrentOfficial;
import id.jamsos.rentan.identity.RegionAccessPolicy;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.format.DateTimeFormatter;

/** Reports for supervisors and the regency's officials, as JSON and as Excel files with the same figures. */
@RestController
@RequestMapping("/api/reports")
public class ReportController {
    static final int DEFAULT_HISTORY_DAYS = 90;
    /** Verification history is kept 365 days (historyTimeToLive of candidate- and kecamatan-verification). */
    static final int MAX_HISTORY_DAYS = 365;
    private static final DateTimeFormatter FILE_DATE = DateTimeFormatter.ofPattern("yyyyMMdd");

    private final CoverageBacklogService reports;
    private final RegionAccessPolicy policy;

    public ReportController(CoverageBacklogService reports, RegionAccessPolicy policy) {
        this.reports = reports;
        this.policy = policy;
    }

    /**
     * Coverage and verification backlog per kecamatan of a regency; {@code days}: history window of the completed
     * tasks (default 90). Any official of the regency may read it (supervisor, Dinsos, Kadinsos, ...).
     */
    @GetMapping("/coverage-backlog")
    public CoverageBacklogReport coverageBacklog(@RequestParam(required = false) String regencyCode,
                                                 @RequestParam(required = false) Integer days) {
        return load(regencyCode, days);
    }

    /** The same report as an Excel file, e.g. laporan-cakupan-6203-20261121.xlsx. */
    @GetMapping("/coverage-backlog.xlsx")
    public ResponseEntity<byte[]> coverageBacklogXlsx(@RequestParam(required = false) String regencyCode,
                                                      @RequestParam(required = false) Integer days) {
        CoverageBacklogReport report = load(regencyCode, days);
        byte[] file = CoverageBacklogExcel.write(report);
        String filename = "laporan-cakupan-" + report.regencyCode() + "-" + report.generatedAt().format(FILE_DATE) + ".xlsx";
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(XlsxWriter.CONTENT_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
                .body(file);
    }

    private CoverageBacklogReport load(String regencyCode, Integer days) {
        if (regencyCode == null || !regencyCode.matches("\\d{4}")) {
            throw ValidationException.of("regencyCode", "kode kabupaten wajib diisi, 4 digit (misalnya 6203)");
        }
        if (days != null && (days < 1 || days > MAX_HISTORY_DAYS)) {
            throw ValidationException.of("days", "jumlah hari riwayat harus 1 sampai " + MAX_HISTORY_DAYS);
        }
        policy.requireRegency(CurrentOfficial.get(), regencyCode);
        return reports.report(regencyCode, days == null ? DEFAULT_HISTORY_DAYS : days);
    }
}
