package id.jamsos.rentan.budget;

/** Claims paid in a regency, owned by the claim feature; read through this port so budget does not depend on it. */
public interface ClaimStatistics {

    record Paid(int count, long total) {
        public static final Paid NONE = new Paid(0, 0);
    }

    Paid paidClaims(String regencyCode);
}
