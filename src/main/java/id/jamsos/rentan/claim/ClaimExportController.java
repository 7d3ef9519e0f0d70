package id.jamsos.rentan.claim;

import id.jamsos.rentan.common.Formats;
import id.jamsos.rentan.web.QueryParams;
import id.jamsos.rentan.common.ValidationException;
import id.jamsos.rentan.common.excel.XlsxDownload;
import id.jamsos.rentan.identity.CurrentOfficial;
import id.jamsos.rentan.identity.RegionAccessPolicy;
import id.jamsos.rentan.region.Region;
import id.jamsos.rentan.region.RegionRepository;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Claims with amounts as Excel. Same access as {@code GET /api/claims/{claimNumber}}: any official of the regency.
 * The literal {@code /export.xlsx} is more specific than {@code /{claimNumber}}, so Spring never reads it as a
 * claim number (suffix pattern matching is off in Spring 6).
 */
@RestController
@RequestMapping("/api/claims")
public class ClaimExportController {
    private final ClaimRepository claims;
    private final RegionRepository regions;
    private final RegionAccessPolicy policy;
    private final Clock clock;

    /**
     * @param clock the application's WIB clock ({@code config.ClockConfig}): "today" that marks a claim "Lewat
     *              Tenggat" and dates the file
     */
    public ClaimExportController(ClaimRepository claims, RegionRepository regions, RegionAccessPolicy policy, Clock clock) {
        this.claims = claims;
        this.regions = regions;
        this.policy = policy;
        this.clock = clock;
    }

    /** {@code year}: the year the claim was filed (as in its number); {@code status}: a ClaimStatus; both optional. */
    @GetMapping("/export.xlsx")
    // One snapshot for the four queries, so a claim filed meanwhile is either whole or absent.
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public ResponseEntity<byte[]> export(@RequestParam(required = false) String regencyCode,
                                         @RequestParam(required = false) String year,
                                         @RequestParam(required = false) String status) {
        Region regency = QueryParams.regency(regencyCode, regions);
        Integer y = QueryParams.year(year);
        ClaimStatus wanted = parseStatus(status);
        policy.requireRegency(CurrentOfficial.get(), regency.code());

        String code = regency.code();
        Map<String, List<Heir>> heirs = claims.heirsForExport(code, y, wanted);
        Map<String, List<Benefit>> benefits = claims.benefitsForExport(code, y, wanted);
        Map<String, List<Payment>> payments = claims.paymentsForExport(code, y, wanted);
        LocalDate today = LocalDate.now(clock.withZone(Formats.WIB));
        List<ClaimWorkbook.Line> lines = new ArrayList<>();
        for (ClaimRepository.ExportRow row : claims.forExport(code, y, wanted)) {
            String n = row.claim().claimNumber();
            lines.add(new ClaimWorkbook.Line(lines.size() + 1, row, heirs.getOrDefault(n, List.of()),
                    benefits.getOrDefault(n, List.of()), payments.getOrDefault(n, List.of()), today));
        }
        String base = "klaim-" + code + (y == null ? "" : "-" + y) + (wanted == null ? "" : "-" + wanted.name().toLowerCase());
        return XlsxDownload.attachment(ClaimWorkbook.write(regency.name(), y, wanted, today, lines), XlsxDownload.filename(base, today));
    }

    private static ClaimStatus parseStatus(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return ClaimStatus.valueOf(status.trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw ValidationException.of("status", "status harus salah satu dari "
                    + Arrays.stream(ClaimStatus.values()).map(Enum::name).collect(Collectors.joining(", "))
                    + " atau kosong (semua)");
        }
    }
}
