package id.jamsos.rentan.identity;

import id.jamsos.rentan.common.ValidationException;
import id.jamsos.rentan.region.RegionRepository;
import org.springframework.stereotype.Component;

/**
 * The one place where /api decides whether an official may see or change a record of a region.
 * A grant covers its own region and everything inside it (a camat sees the villages of his kecamatan).
 */
@Component
public class RegionAccessPolicy {
    private final RegionRepository regions;

    public RegionAccessPolicy(RegionRepository regions) {
        this.regions = regions;
    }

    /** An unknown region code is bad input (400 naming the field), not a refusal. */
    private void requireKnown(String field, String code) {
        if (code == null || code.isBlank()) {
            throw ValidationException.of(field, "wajib diisi");
        }
        if (!code.matches("\\d{2}|\\d{4}|\\d{6}|\\d{10}") || regions.find(code).isEmpty()) {
            throw ValidationException.of(field, "kode wilayah '" + (code.length() > 20 ? code.substring(0, 20) + "…" : code)
                    + "' tidak dikenal (kode Kemendagri tanpa titik)");
        }
    }

    /** The record's region lies inside one of the official's regions. */
    public boolean covers(Official official, String regionCode) {
        if (official.admin()) {
            return true;
        }
        return regionCode != null && official.grants().stream().anyMatch(g -> regionCode.startsWith(g.regionCode()));
    }

    public void requireCovers(Official official, String regionCode) {
        if (!covers(official, regionCode)) {
            throw new RegionAccessDeniedException("Data wilayah " + regionCode + " di luar wilayah kewenangan "
                    + official.userId());
        }
    }

    /** Regency-wide records (PKS, coverage, claims): any official of that regency, at any level. */
    public void requireRegency(Official official, String regencyCode) {
        requireKnown("regencyCode", regencyCode);
        if (official.admin()) {
            return;
        }
        if (regencyCode == null || !official.regencyCodes().contains(regencyCode)) {
            throw new RegionAccessDeniedException("Data kabupaten " + regencyCode + " di luar wilayah kewenangan "
                    + official.userId());
        }
    }

    /** The official holds the role for the regency (or a region in it, for village/kecamatan roles). */
    public void requireRole(Official official, Role role, String regencyCode) {
        requireKnown("regencyCode", regencyCode);
        if (official.admin()) {
            return;
        }
        boolean ok = official.grants().stream().anyMatch(g -> g.role() == role && g.regencyCode().equals(regencyCode));
        if (!ok) {
            throw new RegionAccessDeniedException("Pengguna " + official.userId() + " bukan " + role.title()
                    + " kabupaten " + regencyCode);
        }
    }

    public void requireAdmin(Official official) {
        if (!official.admin()) {
            throw new RegionAccessDeniedException("Hanya administrator yang boleh melakukan ini");
        }
    }
}
