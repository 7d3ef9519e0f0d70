package id.jamsos.rentan.process;

import id.jamsos.rentan.common.ConflictException;
import id.jamsos.rentan.common.FieldError;
import id.jamsos.rentan.common.IndonesianDates;
import id.jamsos.rentan.common.IndonesianNumbers;
import id.jamsos.rentan.common.Formats;
import id.jamsos.rentan.common.TaskInputException;
import id.jamsos.rentan.common.ValidationException;
import id.jamsos.rentan.identity.Official;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reading a Tasklist start form inside a start listener: the official who submitted it, and its values as the
 * API's request types, collecting one {@link FieldError} per bad field so the refusal lists them all, in the
 * API's words. Tasklist sends numbers as Long or String and dates as String or Date, depending on the form.
 */
public final class StartFormInput {
    private final DelegateExecution execution;
    private final List<FieldError> errors = new java.util.ArrayList<>();

    public StartFormInput(DelegateExecution execution) {
        this.execution = execution;
    }

    /** The logged-in official; a start without one (not through Tasklist or engine-rest) is refused. */
    public Official official() {
        Authentication auth = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        if (auth == null) {
            throw new TaskInputException("input", "formulir ini hanya dapat dikirim oleh petugas yang masuk");
        }
        return Official.of(auth.getUserId(), auth.getGroupIds() == null ? List.of() : auth.getGroupIds());
    }

    public String text(String name) {
        Object v = execution.getVariable(name);
        return v == null || v.toString().isBlank() ? null : v.toString().trim();
    }

    public Integer integer(String name) {
        Long v = whole(name);
        if (v != null && (v > Integer.MAX_VALUE || v < Integer.MIN_VALUE)) {
            errors.add(FieldError.of(name, "angka terlalu besar"));
            return null;
        }
        return v == null ? null : v.intValue();
    }

    /** A whole number; "42.000.000" as officials write rupiah is read as 42000000 ({@link IndonesianNumbers}). */
    public Long whole(String name) {
        Object v = execution.getVariable(name);
        if (v instanceof Number n) {
            return n.longValue();
        }
        String s = text(name);
        if (s == null) {
            return null;
        }
        try {
            return IndonesianNumbers.parseWhole(s);
        } catch (IllegalArgumentException e) {
            errors.add(FieldError.of(name, e.getMessage()));
            return null;
        }
    }

    public LocalDate date(String name) {
        Object v = execution.getVariable(name);
        if (v instanceof Date d) {
            return d.toInstant().atZone(Formats.WIB).toLocalDate();
        }
        return date(name, text(name));
    }

    /**
     * A date inside a value (a row of a list, say): {@code field} names it in the refusal, e.g. heirs[0].birthDate.
     * Day first as officials write it, dd-mm-yyyy, or ISO ({@link IndonesianDates}).
     */
    public LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return IndonesianDates.parse(value);
        } catch (IllegalArgumentException e) {
            errors.add(FieldError.of(field, e.getMessage()));
            return null;
        }
    }

    /** Throws the refusal if any value could not be read. */
    public void requireReadable() {
        if (!errors.isEmpty()) {
            throw refusal(errors);
        }
    }

    /**
     * Runs the API's own check-and-create with the API's exceptions turned into the form refusal: bad input and a
     * duplicate name their field, another region's data names the region field.
     */
    public static <T> T asFormRefusal(String regionField, java.util.function.Supplier<T> apiCall) {
        try {
            return apiCall.get();
        } catch (ValidationException e) {
            throw refusal(e.errors());
        } catch (ConflictException e) {
            throw new TaskInputException(e.field(), e.getMessage());
        } catch (id.jamsos.rentan.identity.RegionAccessDeniedException e) {
            throw new TaskInputException(regionField, e.getMessage());
        }
    }

    /** The refusal Tasklist shows on the form (engine-rest: 400 problem+json), naming every field. */
    public static TaskInputException refusal(List<FieldError> errors) {
        if (errors.size() == 1) {
            return new TaskInputException(errors.get(0).field(), errors.get(0).message());
        }
        return new TaskInputException("Formulir ditolak: " + errors.stream().map(f -> f.field() + ": " + f.message())
                .collect(Collectors.joining("; ")));
    }
}
