package id.jamsos.rentan.boundary;

/**
 * One row of {@code process_binding}: the record a process instance serves.
 *
 * @param processInstanceId the Camunda process instance
 * @param processKey        its definition key, e.g. {@code claim-payout}
 * @param recordKind        kind of record, e.g. {@code claim}
 * @param recordId          the record's id as text, e.g. {@code KLM-6203-2026-000001} or a batch id {@code 17}
 * @param regencyCode       the regency (4 digits) the record belongs to
 */
public record ProcessBinding(String processInstanceId, String processKey, String recordKind, String recordId,
                             String regencyCode) {
    /** The record id as a number (batch ids). */
    public long recordIdAsLong() {
        return Long.parseLong(recordId);
    }
}
