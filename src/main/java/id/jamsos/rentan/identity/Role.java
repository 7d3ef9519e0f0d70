package id.jamsos.rentan.identity;

import id.jamsos.rentan.region.RegionLevel;

/** Roles of the contract; group ids are {@code <role>-<regionCode>}, demo user ids {@code <role>.<regionCode>}. */
public enum Role {
    LURAH(RegionLevel.VILLAGE, "Lurah/Kepala Desa"),
    CAMAT(RegionLevel.KECAMATAN, "Camat"),
    DINSOS(RegionLevel.REGENCY, "Dinas Sosial"),
    KADINSOS(RegionLevel.REGENCY, "Kepala Dinas Sosial"),
    HUKUM(RegionLevel.REGENCY, "Bagian Hukum"),
    TAPD(RegionLevel.REGENCY, "TAPD"),
    SEKDA(RegionLevel.REGENCY, "Sekretaris Daerah"),
    BPJS(RegionLevel.REGENCY, "Petugas BPJS Ketenagakerjaan"),
    KACAB(RegionLevel.REGENCY, "Kepala Kantor Cabang BPJS Ketenagakerjaan"),
    SUPERVISOR(RegionLevel.REGENCY, "Pengawas");

    private final RegionLevel level;
    private final String title;

    Role(RegionLevel level, String title) {
        this.level = level;
        this.title = title;
    }

    public String id() {
        return name().toLowerCase();
    }

    public RegionLevel level() {
        return level;
    }

    public String title() {
        return title;
    }

    /**
     * The Camunda group of this role in a region, {@code <role>-<regionCode>} (CONTRACT "Who"), e.g.
     * {@code dinsos-6203}, {@code lurah-6203011001}. The one place Java builds a group id; {@link #parseGroup} reads
     * one back. The models write the same format in {@code camunda:candidateGroups} (checked by BpmnConventionsTest).
     *
     * @param regionCode Kemendagri code of this role's level (4, 6 or 10 digits), not checked here
     */
    public String groupId(String regionCode) {
        return id() + "-" + regionCode;
    }

    public String demoUserId(String regionCode) {
        return id() + "." + regionCode;
    }

    /** Parses "camat-620301" into (CAMAT, "620301"); null for any other group (camunda-admin, ...). */
    public static Grant parseGroup(String groupId) {
        int dash = groupId.indexOf('-');
        if (dash < 1) {
            return null;
        }
        String role = groupId.substring(0, dash);
        String code = groupId.substring(dash + 1);
        for (Role r : values()) {
            if (r.id().equals(role) && code.length() == r.level.codeLength() && code.chars().allMatch(Character::isDigit)) {
                return new Grant(r, code);
            }
        }
        return null;
    }

    public record Grant(Role role, String regionCode) {
        public String regencyCode() {
            return regionCode.substring(0, 4);
        }
    }
}
