package id.jamsos.rentan.pks;

import java.time.LocalDate;

/**
 * What a PKS's lifecycle does to its members, owned here and implemented by enrollment, the owner of the
 * {@code member} tables (pks sits below enrollment: it reaches members through this interface, never by SQL).
 */
public interface AgreementMembers {
    /**
     * ACTIVE members of the previous PKS of the program move to the new one, oldest membership first, and are covered
     * until the new PKS's end (without it, a death in the new year would be "after the membership ended").
     *
     * @param coverageEnd the new PKS's end date (WIB, its last covered day)
     * @param limit       the new PKS's free quota (members); 0 or less moves nobody
     * @return how many moved
     */
    int carryOver(String fromPks, String toPks, LocalDate coverageEnd, int limit);

    /**
     * At expiry, members still on the PKS (ACTIVE or LAPSED, not carried over) end with it: ENDED, reason
     * PKS_EXPIRED, coverage until {@code endDate} (WIB, the last covered day), history effective the day after.
     *
     * @return how many ended
     */
    int endWith(String pksNumber, LocalDate endDate);
}
