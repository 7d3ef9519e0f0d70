package id.jamsos.rentan.region;

/** Kemendagri levels, told apart by the length of the code without dots. */
public enum RegionLevel {
    PROVINCE(2), REGENCY(4), KECAMATAN(6), VILLAGE(10);

    private final int codeLength;

    RegionLevel(int codeLength) {
        this.codeLength = codeLength;
    }

    public int codeLength() {
        return codeLength;
    }

    public static RegionLevel ofCode(String code) {
        for (RegionLevel l : values()) {
            if (l.codeLength == code.length()) {
                return l;
            }
        }
        return null;
    }

    /** The code of the region one level up, or null for a province. */
    public static String parentOf(String code) {
        return switch (code.length()) {
            case 4 -> code.substring(0, 2);
            case 6 -> code.substring(0, 4);
            case 10 -> code.substring(0, 6);
            default -> null;
        };
    }
}
