package id.jamsos.rentan.boundary;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What callers (engine-rest, Tasklist) may send to one process: whether they may start it and with which start
 * variables, and per user task the inputs it accepts. Everything else a caller sends is refused by
 * {@link CallerCommandGuard}. The record the process works on is named by {@link #recordKind()} and
 * {@link #recordVariables()}: our own code sets those variables at start, and {@link ProcessBindings} keeps them in
 * {@code process_binding} so delegates and listeners read them from there.
 *
 * <p>Each feature declares its processes in a {@code <Feature>Boundary} component ({@link BoundaryDeclaration});
 * a deployed process or user task without a declaration is refused for callers (and fails
 * {@code EngineBoundaryMatrixIT}).
 */
public final class ProcessBoundary {
    /** Inputs every user task takes (contract: "Every user task completes with approved and note"). */
    public static final List<String> TASK_INPUTS = List.of("approved", "note");
    /** Inputs of a task that decides on a list of candidates (contract). */
    public static final List<String> LIST_INPUTS = List.of("rejectedCandidateIds", "rejectionReasons");

    private final String processKey;
    private Set<String> startVariables;
    private final Map<String, Set<String>> taskInputs = new LinkedHashMap<>();
    private String recordKind;
    private boolean exclusive = true;
    private final Set<String> recordVariables = new LinkedHashSet<>();

    private ProcessBoundary(String processKey) {
        this.processKey = processKey;
    }

    /** A process that only our services start (callers are refused) until {@link #startedByCallers} says otherwise. */
    public static ProcessBoundary of(String processKey) {
        return new ProcessBoundary(processKey);
    }

    /** Callers may start it (Tasklist start form, engine-rest) with exactly these variables; the start listener validates them as /api does. */
    public ProcessBoundary startedByCallers(String... variables) {
        this.startVariables = new LinkedHashSet<>(List.of(variables));
        return this;
    }

    /** A user task taking {@code approved}, {@code note} and the given task-specific fields. */
    public ProcessBoundary task(String taskKey, String... inputs) {
        Set<String> s = new LinkedHashSet<>(TASK_INPUTS);
        s.addAll(List.of(inputs));
        taskInputs.put(taskKey, s);
        return this;
    }

    /** A user task deciding on candidates: also {@code rejectedCandidateIds}, {@code rejectionReasons}. */
    public ProcessBoundary listTask(String taskKey, String... inputs) {
        task(taskKey, inputs);
        taskInputs.get(taskKey).addAll(LIST_INPUTS);
        return this;
    }

    /**
     * The record this process serves: its kind (e.g. {@code claim}) and the start variable holding its id (e.g.
     * {@code claimNumber}), both set by our own code at start; the region is always {@code regencyCode}.
     */
    public ProcessBoundary serves(String kind, String idVariable) {
        this.recordKind = kind;
        this.recordVariables.add(idVariable);
        return this;
    }

    /**
     * As {@link #serves}, for a record several running instances may serve at once (a batch enrolled under one PKS
     * and its deferred candidates later under the next): bound, but not exclusive.
     */
    public ProcessBoundary servesShared(String kind, String idVariable) {
        serves(kind, idVariable);
        this.exclusive = false;
        return this;
    }

    /** Whether only one running instance may serve a record (the default). */
    public boolean exclusive() {
        return exclusive;
    }

    public String processKey() {
        return processKey;
    }

    /** Whether a caller may start the process. */
    public boolean callerMayStart() {
        return startVariables != null;
    }

    public Set<String> startVariables() {
        return startVariables == null ? Set.of() : Collections.unmodifiableSet(startVariables);
    }

    /** The declared inputs of a user task; empty when the task is not declared. */
    public Optional<Set<String>> taskInputs(String taskKey) {
        return Optional.ofNullable(taskInputs.get(taskKey)).map(Collections::unmodifiableSet);
    }

    public Set<String> declaredTasks() {
        return Collections.unmodifiableSet(taskInputs.keySet());
    }

    public String recordKind() {
        return recordKind;
    }

    /** The variable that holds the record's id (null when the process serves no record of its own). */
    public String recordVariable() {
        return recordVariables.isEmpty() ? null : recordVariables.iterator().next();
    }
}
