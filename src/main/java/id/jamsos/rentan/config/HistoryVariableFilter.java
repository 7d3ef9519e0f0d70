package id.jamsos.rentan.config;

import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.variable.type.ValueType;

import java.util.List;
import java.util.Set;

/**
 * Camunda's database history, except for two kinds of variables whose content lives in our tables:
 * <ul>
 *   <li><b>Files.</b> A file uploaded through a Tasklist start form (the candidate list, with full NIKs) is read into
 *   our tables by the start listener and removed from the process; the default handler would still keep its bytes in
 *   {@code ACT_HI_DETAIL}/{@code ACT_GE_BYTEARRAY}, downloadable from {@code /engine-rest/history/detail/{id}/data}
 *   for the whole history time-to-live (issue 12).</li>
 *   <li><b>Form copies of our rows</b> ({@link #FORM_COPIES}: {@code candidateList}, the list a verification task's
 *   form shows: names, ages, masked NIKs, NIK hashes of every candidate of the list). Each decision on it is kept in
 *   {@code candidate_decision} (who, when, task id, reason) and each candidate in {@code candidate}; the history
 *   copy added a second and third copy of the list per task (variable instance and detail, each with its byte array:
 *   megabytes for a regency's final list) for the history time-to-live, and the NIK hashes with it (issue 18).</li>
 * </ul>
 * No history event of such a variable is written: not its creation, update or removal. Every other event goes to the
 * default handler unchanged.
 */
public class HistoryVariableFilter implements HistoryEventHandler {
    /** Task variables that only copy rows of our tables for a form. */
    public static final Set<String> FORM_COPIES = Set.of("candidateList");

    private final HistoryEventHandler db;

    public HistoryVariableFilter(HistoryEventHandler db) {
        this.db = db;
    }

    public HistoryVariableFilter() {
        this(new DbHistoryEventHandler());
    }

    /** @return whether the event is about a variable this filter keeps out of history */
    static boolean isKeptOut(HistoryEvent event) {
        return event instanceof HistoricVariableUpdateEventEntity v
                && (ValueType.FILE.getName().equals(v.getSerializerName()) || FORM_COPIES.contains(v.getVariableName()));
    }

    @Override
    public void handleEvent(HistoryEvent event) {
        if (!isKeptOut(event)) {
            db.handleEvent(event);
        }
    }

    @Override
    public void handleEvents(List<HistoryEvent> events) {
        for (HistoryEvent event : events) {
            handleEvent(event);
        }
    }
}
