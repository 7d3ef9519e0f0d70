package id.jamsos.rentan.pks;

/**
 * Published in the transaction that marks a PKS SIGNED, so that features above pks (enrollment) can book the
 * workers who wait for it without pks depending on them.
 */
public record PksSigned(String pksNumber, String regencyCode) {
}
