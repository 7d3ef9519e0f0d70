package id.jamsos.rentan.budget;

import id.jamsos.rentan.identity.CurrentOfficial;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;

/** {@code POST /api/vulnerable-population/import}: the vulnerable-worker population per regency/kecamatan (CSV, XLSX). */
@RestController
public class VulnerablePopulationController {
    private final VulnerablePopulationService service;

    public VulnerablePopulationController(VulnerablePopulationService service) {
        this.service = service;
    }

    /** 200 with the counts; 400 naming each bad row and column; 403 for a region outside the caller's regencies. */
    @PostMapping(path = "/api/vulnerable-population/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public VulnerablePopulationService.ImportResult importFile(@RequestParam("file") MultipartFile file) throws IOException {
        return service.importFile(file.getOriginalFilename(), file.getBytes(), CurrentOfficial.get());
    }
}
