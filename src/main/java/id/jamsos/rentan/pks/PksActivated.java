package id.jamsos.rentan.pks;

/**
 * Published in the transaction that makes a PKS ACTIVE (issue 16), so that features above pks (verification) can
 * hand the candidates deferred for want of quota in that program to Dinsos again, without pks depending on them.
 *
 * @param pksNumber   the PKS that became ACTIVE
 * @param regencyCode its regency (4 digits)
 */
public record PksActivated(String pksNumber, String regencyCode) {
}
