package id.jamsos.rentan.claim;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.OptionalInt;

/** Legal order of heirs and equal shares in whole rupiah. */
public final class HeirRules {
    private HeirRules() {
    }

    /** The first priority group that has at least one heir (1 spouse/children ... 5 will), if any. */
    public static OptionalInt firstPresentGroup(Collection<Relation> relations) {
        return relations.stream().mapToInt(Relation::group).min();
    }

    /** Splits an amount equally; the rupiah left over by the division go to the first shares, one each. */
    public static List<Long> split(long amount, int parts) {
        if (parts < 1) {
            throw new IllegalArgumentException("parts must be >= 1");
        }
        long base = amount / parts;
        long rest = amount % parts;
        List<Long> shares = new ArrayList<>(parts);
        for (int i = 0; i < parts; i++) {
            shares.add(base + (i < rest ? 1 : 0));
        }
        return shares;
    }
}
