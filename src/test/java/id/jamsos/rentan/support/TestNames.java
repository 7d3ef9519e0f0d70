package id.jamsos.rentan.support;

/** Generated worker names for bulk test data: names are letters only (digits are refused by the name rule). */
public final class TestNames {
    private TestNames() {
    }

    /** 0 → "A", 25 → "Z", 26 → "Ba", ...: a distinct letters-only suffix for every number. */
    public static String letters(int n) {
        StringBuilder s = new StringBuilder();
        int v = n;
        do {
            s.append((char) ('a' + v % 26));
            v /= 26;
        } while (v > 0);
        String r = s.reverse().toString();
        return Character.toUpperCase(r.charAt(0)) + r.substring(1);
    }
}
