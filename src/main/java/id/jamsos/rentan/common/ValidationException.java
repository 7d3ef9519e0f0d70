package id.jamsos.rentan.common;

import java.util.List;

/** Bad input: answered 400 problem+json with one entry per invalid field; nothing was written. */
public class ValidationException extends RuntimeException {
    private final List<FieldError> errors;

    public ValidationException(List<FieldError> errors) {
        super(errors.isEmpty() ? "Data tidak valid" : errors.get(0).field() + ": " + errors.get(0).message());
        this.errors = List.copyOf(errors);
    }

    public static ValidationException of(String field, String message) {
        return new ValidationException(List.of(FieldError.of(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
