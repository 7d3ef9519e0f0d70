package id.jamsos.rentan.claim;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Beasiswa for the children of a member who died: at most {@code maxChildren} children under {@code maxAge},
 * eldest first; per level a yearly amount for at most some years (DMN), and a total cap per claim.
 */
public final class BeasiswaRules {
    /** A child heir as the claim knows it. */
    public record ChildHeir(long heirId, String name, LocalDate birthDate) {
    }

    /** What a selected child already received: years per level and rupiah in total. */
    public record ChildHistory(long childId, String name, LocalDate birthDate, Map<String, Integer> yearsByLevel) {
    }

    public record YearPayment(long amount, String reason) {
    }

    private final ClaimDecisions decisions;
    private final int maxChildren;
    private final int maxAge;
    private final long totalCap;

    public BeasiswaRules(ClaimDecisions decisions, int maxChildren, int maxAge, long totalCap) {
        this.decisions = decisions;
        this.maxChildren = maxChildren;
        this.maxAge = maxAge;
        this.totalCap = totalCap;
    }

    public boolean underMaxAge(LocalDate birthDate, LocalDate on) {
        return Period.between(birthDate, on).getYears() < maxAge;
    }

    /** The children who receive beasiswa: under the age limit on {@code on}, eldest first, at most maxChildren. */
    public List<ChildHeir> select(List<ChildHeir> children, LocalDate on) {
        return children.stream().filter(c -> underMaxAge(c.birthDate(), on))
                .sorted(Comparator.comparing(ChildHeir::birthDate).thenComparing(ChildHeir::heirId))
                .limit(maxChildren).toList();
    }

    /**
     * The amount for one child and school year. {@code level} is TK, SD, SMP, SMA, PT or anything else for
     * "not in school, married or working" (nothing paid); {@code claimPaidSoFar} counts both children.
     */
    public YearPayment yearPayment(ChildHistory child, String level, LocalDate checkDate, long claimPaidSoFar) {
        return yearPayment(child, level, checkDate, claimPaidSoFar, null);
    }

    /** As above, with the level table of the claim's tenant (regency) when one is deployed for it. */
    public YearPayment yearPayment(ChildHistory child, String level, LocalDate checkDate, long claimPaidSoFar,
                                   String tenantId) {
        if (!underMaxAge(child.birthDate(), checkDate)) {
            return new YearPayment(0, child.name() + " sudah berusia " + maxAge + " tahun");
        }
        var rate = level == null ? java.util.Optional.<ClaimDecisions.LevelRate>empty() : decisions.level(level, tenantId);
        if (rate.isEmpty()) {
            return new YearPayment(0, child.name() + " tidak bersekolah pada tahun ajaran ini");
        }
        int used = child.yearsByLevel().getOrDefault(level, 0);
        if (used >= rate.get().maxYears()) {
            return new YearPayment(0, child.name() + ": jatah jenjang " + level + " (" + rate.get().maxYears()
                    + " tahun) sudah habis");
        }
        long left = totalCap - claimPaidSoFar;
        if (left <= 0) {
            return new YearPayment(0, "batas total beasiswa sudah tercapai");
        }
        long amount = Math.min(rate.get().amountPerYear(), left);
        return new YearPayment(amount, child.name() + ": jenjang " + level + " tahun ke-" + (used + 1));
    }

    /** Another school year follows while a child is still under the age limit then and the total cap is not reached. */
    public boolean continues(List<ChildHistory> children, LocalDate nextCheck, long claimPaidSoFar) {
        return claimPaidSoFar < totalCap && children.stream().anyMatch(c -> underMaxAge(c.birthDate(), nextCheck));
    }

    /** The next school-year start strictly after {@code after}. */
    public static LocalDate nextSchoolYearStart(LocalDate after, MonthDay start) {
        LocalDate candidate = start.atYear(after.getYear());
        return candidate.isAfter(after) ? candidate : start.atYear(after.getYear() + 1);
    }
}
