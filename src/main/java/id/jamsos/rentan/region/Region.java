package id.jamsos.rentan.region;

public record Region(String code, String name, RegionLevel level, String parentCode) {

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
