package id.jamsos.rentan.region;

/**
 * A Kemendagri region: province (2 digits), regency (4), kecamatan (6) or village/kelurahan (10), codes without
 * dots. {@code retired} when a newer decree no longer lists the code (kept for NIKs issued there and history).
 */
public record Region(String code, String name, RegionLevel level, String parentCode, boolean retired) {

    /** A region in force. */
    public Region(String code, String name, RegionLevel level, String parentCode) {
        this(code, name, level, parentCode, false);
    }

    /** Regency (4 digits) of this region; null for a province. */
    public String regencyCode() {
        return code.length() >= 4 ? code.substring(0, 4) : null;
    }

    /** "Kec. Selat" / "Desa Sei Asam" style label, as officials read it in task names. */
    public String label() {
        return switch (level) {
            case KECAMATAN -> "Kec. " + name;
            case VILLAGE -> (code.charAt(6) == '1' ? "Kel. " : "Desa ") + name;
            default -> name;
        };
    }
}
