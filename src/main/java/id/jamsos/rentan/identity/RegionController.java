package id.jamsos.rentan.identity;

import id.jamsos.rentan.common.NotFoundException;
import id.jamsos.rentan.common.ValidationException;
import id.jamsos.rentan.region.Region;
import id.jamsos.rentan.region.RegionImportResult;
import id.jamsos.rentan.region.RegionImportService;
import id.jamsos.rentan.region.RegionLevel;
import id.jamsos.rentan.region.RegionRepository;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.util.List;

/**
 * {@code /api/regions} (read by every official) and the administrator's import of the Kemendagri list. It lives in
 * {@code identity}, above {@code region}, because the import is guarded by {@link RegionAccessPolicy} and the
 * groups of added regions are created here ({@link IdentitySetup#onRegionsAdded}); {@code region} itself imports
 * no other package but {@code common}.
 */
@RestController
@RequestMapping("/api")
public class RegionController {
    private final RegionRepository regions;
    private final RegionImportService importService;
    private final RegionAccessPolicy policy;
    private final IdentitySetup identitySetup;

    public RegionController(RegionRepository regions, RegionImportService importService, RegionAccessPolicy policy,
                            IdentitySetup identitySetup) {
        this.regions = regions;
        this.importService = importService;
        this.policy = policy;
        this.identitySetup = identitySetup;
    }

    /** What a join did: the regency, its name and the regions (regency, kecamatan, villages) given groups. */
    public record JoinResult(String regencyCode, String name, int regions) {
    }

    @GetMapping("/regions/{code}")
    public Region get(@PathVariable String code) {
        return regions.find(code).orElseThrow(() -> new NotFoundException("Wilayah " + code + " tidak ditemukan"));
    }

    @GetMapping("/regions")
    public List<Region> children(@RequestParam(defaultValue = "") String parent) {
        return parent.isEmpty() ? regions.byLevel(RegionLevel.REGENCY) : regions.children(parent);
    }

    /**
     * Official Kemendagri list, CSV "code,name" (the national list of about 91,600 rows in one call). Admin only.
     * All or nothing (400 listing every invalid row) unless {@code skipInvalid=true}: then valid rows are imported
     * and invalid ones answered in {@code rejections}. {@code completeDecree=true} retires the codes in force the
     * file no longer lists (docs/regions.md).
     */
    @PostMapping(path = "/admin/regions/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public RegionImportResult importFile(@RequestPart("file") MultipartFile file,
                                         @RequestParam(defaultValue = "false") boolean completeDecree,
                                         @RequestParam(defaultValue = "false") boolean skipInvalid)
            throws IOException {
        policy.requireAdmin(CurrentOfficial.get());
        if (file.isEmpty()) {
            throw ValidationException.of("file", "berkas kosong");
        }
        return importService.importCsv(file.getInputStream(), completeDecree, skipInvalid);
    }

    @PostMapping(path = "/admin/regions/import", consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE})
    public RegionImportResult importBody(@org.springframework.web.bind.annotation.RequestBody byte[] body,
                                         @RequestParam(defaultValue = "false") boolean completeDecree,
                                         @RequestParam(defaultValue = "false") boolean skipInvalid) {
        policy.requireAdmin(CurrentOfficial.get());
        return importService.importCsv(new java.io.ByteArrayInputStream(body), completeDecree, skipInvalid);
    }

    /**
     * A regency joins the program: tenant and groups for it, its kecamatan and villages in force (idempotent).
     * Admin only; 404 for an unknown code, 400 for a code that is no regency in force.
     */
    @PostMapping("/admin/regencies/{code}/join")
    public JoinResult join(@PathVariable String code) {
        policy.requireAdmin(CurrentOfficial.get());
        Region regency = regions.find(code).orElseThrow(() -> new NotFoundException("Wilayah " + code + " tidak ditemukan"));
        if (regency.level() != RegionLevel.REGENCY || regency.retired()) {
            throw ValidationException.of("code", "kode " + code + " bukan kabupaten/kota yang berlaku");
        }
        return new JoinResult(code, regency.name(), identitySetup.joinRegency(code));
    }
}
