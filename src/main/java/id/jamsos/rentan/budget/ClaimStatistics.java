package id.jamsos.rentan.budget;

/** Claims paid in a regency, owned by the claim feature; read through this port so budget does not depend on it. */
public interface ClaimStatistics {

    /** @param count claims with status PAID; @param total rupiah transferred for the regency's claims */
    record Paid(int count, long total) {
    }

    /** The regency's paid claims; throws when they cannot be read (never answers zeros instead). */
    Paid paidClaims(String regencyCode);
}
