package id.jamsos.rentan.premium;

import id.jamsos.rentan.common.Formats;
import id.jamsos.rentan.web.QueryParams;
import id.jamsos.rentan.common.excel.XlsxDownload;
import id.jamsos.rentan.identity.CurrentOfficial;
import id.jamsos.rentan.identity.RegionAccessPolicy;
import id.jamsos.rentan.region.Region;
import id.jamsos.rentan.region.RegionRepository;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Premium invoices of a regency, as JSON and as Excel. Regency-wide records like the PKS they belong to:
 * any official of the regency (RegionAccessPolicy.requireRegency). Amounts in whole rupiah.
 */
@RestController
@RequestMapping("/api/premium-invoices")
public class PremiumInvoiceController {
    private final PremiumInvoiceRepository invoices;
    private final RegionRepository regions;
    private final RegionAccessPolicy policy;

    private final id.jamsos.rentan.pks.AgreementRepository agreements;
    private final Clock clock;

    /**
     * @param clock the application's WIB clock ({@code config.ClockConfig}): "today" that makes an invoice overdue and
     *              dates the file
     */
    public PremiumInvoiceController(PremiumInvoiceRepository invoices, RegionRepository regions, RegionAccessPolicy policy,
                                    id.jamsos.rentan.pks.AgreementRepository agreements, Clock clock) {
        this.agreements = agreements;
        this.clock = clock;
        this.invoices = invoices;
        this.regions = regions;
        this.policy = policy;
    }

    /**
     * One invoice as JSON; amounts in whole rupiah.
     *
     * @param creditAmount premium paid for members who had died before the month (owed back to the payer), else 0
     */
    public record InvoiceView(String invoiceNumber, String pksNumber, String regencyCode, YearMonth period,
                              int memberCount, long premiumPerMonth, long amount, LocalDate dueDate, String status,
                              LocalDate paidOn, String paymentReference, boolean overdue, long creditAmount,
                              String payer, String billedTo) {
        static InvoiceView of(PremiumInvoice i, LocalDate today, long credit, id.jamsos.rentan.pks.Agreement pks) {
            return new InvoiceView(i.invoiceNumber(), i.pksNumber(), i.regencyCode(), YearMonth.from(i.periodMonth()),
                    i.memberCount(), i.premiumPerMonth(), i.amount(), i.dueDate(), i.status(), i.paidOn(),
                    i.paymentReference(), InvoiceWorkbook.overdue(i, today), credit,
                    pks == null ? "DINSOS_APBD" : pks.payer(), pks == null ? "Dinas Sosial" : pks.payerTitle());
        }
    }

    /** The PKS of each invoice (issue 16: the program's payer the invoice is addressed to). */
    private java.util.function.Function<String, id.jamsos.rentan.pks.Agreement> pksLookup() {
        java.util.Map<String, id.jamsos.rentan.pks.Agreement> cache = new java.util.HashMap<>();
        return n -> cache.computeIfAbsent(n, k -> agreements.find(k).orElse(null));
    }

    /** {@code year} (optional): the invoices of that year's months; without it all years. */
    @GetMapping
    public List<InvoiceView> list(@RequestParam(required = false) String regencyCode,
                                  @RequestParam(required = false) String year) {
        Region regency = QueryParams.regency(regencyCode, regions);
        Integer y = QueryParams.year(year);
        policy.requireRegency(CurrentOfficial.get(), regency.code());
        LocalDate today = LocalDate.now(clock.withZone(Formats.WIB));
        List<PremiumInvoice> found = invoices.byRegency(regency.code(), y);
        java.util.Map<String, Long> credits = invoices.creditTotals(found.stream().map(PremiumInvoice::invoiceNumber).toList());
        var pks = pksLookup();
        return found.stream().map(i -> InvoiceView.of(i, today, credits.getOrDefault(i.invoiceNumber(), 0L),
                pks.apply(i.pksNumber()))).toList();
    }

    @GetMapping("/export.xlsx")
    public ResponseEntity<byte[]> export(@RequestParam(required = false) String regencyCode,
                                         @RequestParam(required = false) String year) {
        Region regency = QueryParams.regency(regencyCode, regions);
        Integer y = QueryParams.year(year);
        policy.requireRegency(CurrentOfficial.get(), regency.code());
        LocalDate today = LocalDate.now(clock.withZone(Formats.WIB));
        List<InvoiceWorkbook.Line> lines = new ArrayList<>();
        var pks = pksLookup();
        for (PremiumInvoice i : invoices.byRegency(regency.code(), y)) {
            var a = pks.apply(i.pksNumber());
            lines.add(new InvoiceWorkbook.Line(lines.size() + 1, i, today, a == null ? "Dinas Sosial" : a.payerTitle()));
        }
        String base = "tagihan-iuran-" + regency.code() + (y == null ? "" : "-" + y);
        return XlsxDownload.attachment(InvoiceWorkbook.write(regency.name(), y, today, lines), XlsxDownload.filename(base, today));
    }
}
