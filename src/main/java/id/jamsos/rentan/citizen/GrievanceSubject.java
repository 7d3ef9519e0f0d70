package id.jamsos.rentan.citizen;

/** What an objection is about (contract: {@code CANDIDATE_REJECTED|CLAIM|MEMBERSHIP|OTHER}), with its Indonesian text. */
public enum GrievanceSubject {
    CANDIDATE_REJECTED("Usulan peserta ditolak"),
    CLAIM("Klaim"),
    MEMBERSHIP("Kepesertaan"),
    OTHER("Lainnya");

    private final String text;

    GrievanceSubject(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }
}
