package id.jamsos.rentan.support;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.concurrent.ThreadLocalRandom;

/**
 * A membership number and a NIK that no {@code member} row holds yet, for tests that insert members directly
 * (dashboards, searches, boundary attacks). Several tests draw numbers from overlapping ranges on the one test
 * database of a run (e.g. {@code <regency>97} + five digits); a number drawn from the clock alone collided with
 * another test's member now and then ({@code member_pkey}). This draws until both are free.
 *
 * @param serial           the drawn serial, 0..99,999: suffix for the test's other keys (claim numbers, names)
 * @param membershipNumber {@code membershipPrefix} (6 digits) + the serial in 5 digits: 11 digits
 * @param nik              {@code nikPrefix} (12 digits) + 1..9,999 from the serial in 4 digits: 16 digits
 */
public record FreshMember(long serial, String membershipNumber, String nik) {
    /**
     * @param membershipPrefix six digits, e.g. {@code 620397}
     * @param nikPrefix        twelve digits, e.g. the kecamatan code and a birth date {@code 620301150586}
     * @throws IllegalStateException when 1,000 draws found nothing free
     */
    public static FreshMember draw(JdbcTemplate jdbc, String membershipPrefix, String nikPrefix) {
        for (int attempt = 0; attempt < 1000; attempt++) {
            long n = ThreadLocalRandom.current().nextLong(100_000);
            FreshMember m = new FreshMember(n, membershipPrefix + String.format("%05d", n),
                    nikPrefix + String.format("%04d", 1 + n % 9999));
            Integer taken = jdbc.queryForObject("select count(*) from member where membership_number = ? or nik = ?",
                    Integer.class, m.membershipNumber(), m.nik());
            if (taken != null && taken == 0) {
                return m;
            }
        }
        throw new IllegalStateException("no free membership number under " + membershipPrefix);
    }
}
