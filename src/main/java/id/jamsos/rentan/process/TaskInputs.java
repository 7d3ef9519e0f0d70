package id.jamsos.rentan.process;

import id.jamsos.rentan.common.ConflictException;
import id.jamsos.rentan.common.FieldError;
import id.jamsos.rentan.common.IndonesianDates;
import id.jamsos.rentan.common.IndonesianNumbers;
import id.jamsos.rentan.common.TaskInputException;
import id.jamsos.rentan.common.ValidationException;
import org.camunda.bpm.engine.delegate.DelegateTask;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.stream.Collectors;

/**
 * Reads the completion variables of a user task as Tasklist and engine-rest send them (Boolean or "true",
 * Long or Integer or "123", ISO date strings or Date) and turns bad input into a refused completion.
 */
public final class TaskInputs {
    private TaskInputs() {
    }

    /** approved + note: note required when not approved. */
    public record Decision(boolean approved, String note) {
    }

    public static Decision decision(DelegateTask task) {
        Object a = task.getVariable("approved");
        if (a == null) {
            throw new TaskInputException("Isian 'approved' (setuju / kembalikan) wajib diisi");
        }
        boolean approved = a instanceof Boolean b ? b : Boolean.parseBoolean(a.toString());
        String note = text(task, "note");
        if (!approved && note == null) {
            throw new TaskInputException("Catatan (note) wajib diisi bila dikembalikan untuk diperbaiki");
        }
        // Gateways read a Boolean whatever the client sent ("true" from a radio group, true from a checkbox).
        task.getExecution().setVariable("approved", approved);
        return new Decision(approved, note);
    }

    public static String text(DelegateTask task, String name) {
        Object v = task.getVariable(name);
        return v == null || v.toString().isBlank() ? null : v.toString().trim();
    }

    public static Long number(DelegateTask task, String name, String label) {
        Object v = task.getVariable(name);
        if (v == null || v.toString().isBlank()) {
            return null;
        }
        if (v instanceof Number n) {
            return n.longValue();
        }
        try {
            return IndonesianNumbers.parseWhole(v.toString());
        } catch (IllegalArgumentException e) {
            throw new TaskInputException(label + " (" + name + ") " + e.getMessage());
        }
    }

    public static LocalDate date(DelegateTask task, String name, String label) {
        Object v = task.getVariable(name);
        if (v == null || v.toString().isBlank()) {
            return null;
        }
        if (v instanceof Date d) {
            return d.toInstant().atZone(ZoneId.of("Asia/Jakarta")).toLocalDate();
        }
        try {
            return IndonesianDates.parse(v.toString());
        } catch (IllegalArgumentException e) {
            throw new TaskInputException(label + " (" + name + "): " + e.getMessage());
        }
    }

    public static String userId(DelegateTask task) {
        var auth = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return auth == null ? task.getAssignee() : auth.getUserId();
    }

    /** Runs a service call; its ValidationException becomes a refused completion with the same messages. */
    public static void refuseOnInvalid(Runnable call) {
        try {
            call.run();
        } catch (ValidationException e) {
            throw new TaskInputException(e.errors().stream().map(TaskInputs::describe)
                    .collect(Collectors.joining("; ")));
        } catch (id.jamsos.rentan.common.ConflictException e) {
            throw new TaskInputException(e.field() + ": " + e.getMessage());
        }
    }

    private static String describe(FieldError f) {
        return f.field() + ": " + f.message();
    }
}
