package id.jamsos.rentan.citizen;

import id.jamsos.rentan.identity.CurrentOfficial;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.LinkedHashMap;
import java.util.Map;

/** {@code POST /api/death-reports}: a Lurah/Kepala Desa or Dinas Sosial reports a death (201; 409 when reported before). */
@RestController
@RequestMapping("/api/death-reports")
public class DeathReportController {
    private final DeathReportService service;

    public DeathReportController(DeathReportService service) {
        this.service = service;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    public Map<String, Object> report(@RequestBody DeathReportRequest body) {
        DeathReport r = service.report(body == null ? new DeathReportRequest(null, null, null, null, null, null) : body,
                CurrentOfficial.get(), DeathReportService.SOURCE_API);
        DeathReport now = service.get(r.reportNumber());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("reportNumber", now.reportNumber());
        out.put("outcome", now.outcome());
        out.put("membershipNumber", now.membershipNumber());
        out.put("dateOfDeath", now.dateOfDeath());
        out.put("message", now.member()
                ? "Kepesertaan berakhir (meninggal dunia) mulai " + now.dateOfDeath().plusDays(1)
                + "; petugas BPJS Ketenagakerjaan akan membuka klaim bersama ahli waris"
                : "Dicatat. Orang ini bukan peserta program: tidak ada kepesertaan yang diakhiri dan tidak ada klaim");
        if (now.correctedInvoices() != null) {
            out.put("correctedInvoices", now.correctedInvoices().split(","));
        }
        return out;
    }
}
