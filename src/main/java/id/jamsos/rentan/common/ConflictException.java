package id.jamsos.rentan.common;

/** A duplicate (same NIK, same death, same PKS period): answered 409. */
public class ConflictException extends RuntimeException {
    private final String field;

    public ConflictException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
