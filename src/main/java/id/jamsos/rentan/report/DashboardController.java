package id.jamsos.rentan.report;

import id.jamsos.rentan.common.Formats;
import id.jamsos.rentan.common.ValidationException;
import id.jamsos.rentan.common.excel.XlsxDownload;
import id.jamsos.rentan.identity.CurrentOfficial;
import id.jamsos.rentan.identity.RegionAccessPolicy;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.jamsos.rentan.common.Formats;
import java.time.LocalDate;
import java.time.Clock;

/**
 * Data of "Dasbor Jaminan Sosial" ({@code /dasbor}): {@code GET /api/dashboard?regencyCode=6203} as JSON and each
 * chart's figures as Excel, {@code GET /api/dashboard/<cakupan|peserta|antrean|anggaran|klaim>.xlsx?regencyCode=}.
 * Any official of the regency may read it (supervisor, Sekda, Bupati, Dinsos, ...), another regency is 403; as every
 * /api GET it also accepts the webapp login, which is how the page reads it.
 */
@RestController
public class DashboardController {
    private final DashboardService dashboards;
    private final RegionAccessPolicy policy;
    private final Clock clock;

    /** @param clock the application's WIB clock ({@code config.ClockConfig}): the day in a download's file name */
    public DashboardController(DashboardService dashboards, RegionAccessPolicy policy, Clock clock) {
        this.clock = clock;
        this.dashboards = dashboards;
        this.policy = policy;
    }

    @GetMapping("/api/dashboard")
    public Dashboard dashboard(@RequestParam(required = false) String regencyCode) {
        return load(regencyCode);
    }

    @GetMapping("/api/dashboard/{chart}.xlsx")
    public ResponseEntity<byte[]> chart(@PathVariable String chart, @RequestParam(required = false) String regencyCode) {
        DashboardExcel.Chart which = DashboardExcel.Chart.of(chart);
        Dashboard d = load(regencyCode);
        return XlsxDownload.attachment(DashboardExcel.write(d, which),
                XlsxDownload.filename("dasbor-" + which.urlName() + "-" + d.regencyCode(),
                        LocalDate.now(clock.withZone(Formats.WIB))));
    }

    private Dashboard load(String regencyCode) {
        if (regencyCode == null || !regencyCode.matches("\\d{4}")) {
            throw ValidationException.of("regencyCode", "kode kabupaten wajib diisi, 4 digit (misalnya 6203)");
        }
        policy.requireRegency(CurrentOfficial.get(), regencyCode);
        return dashboards.of(regencyCode);
    }
}
