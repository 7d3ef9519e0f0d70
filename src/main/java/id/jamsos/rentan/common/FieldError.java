package id.jamsos.rentan.common;

/** One invalid input: which field (or CSV column / row), and the rule it broke, in Bahasa Indonesia. */
public record FieldError(Integer row, String field, String message) {
    public static FieldError of(String field, String message) {
        return new FieldError(null, field, message);
    }
}
