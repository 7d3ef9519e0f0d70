package id.jamsos.rentan.config;

import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.variable.type.ValueType;

import java.util.List;

/**
 * Camunda's database history, except for file variables. A file uploaded through a Tasklist start form (the
 * candidate list, with full NIKs) is read into our tables by the start listener and removed from the process; the
 * default handler would still keep its bytes in {@code ACT_HI_DETAIL}/{@code ACT_GE_BYTEARRAY}, downloadable from
 * {@code /engine-rest/history/detail/{id}/data} for the whole history time-to-live (issue 12). No history event of a
 * variable of type {@code file} is written: not its creation, update or removal. Every other event goes to the
 * default handler unchanged.
 */
public class UploadHistoryFilter implements HistoryEventHandler {
    private final HistoryEventHandler db;

    public UploadHistoryFilter(HistoryEventHandler db) {
        this.db = db;
    }

    public UploadHistoryFilter() {
        this(new DbHistoryEventHandler());
    }

    static boolean isFileVariable(HistoryEvent event) {
        return event instanceof HistoricVariableUpdateEventEntity v && ValueType.FILE.getName().equals(v.getSerializerName());
    }

    @Override
    public void handleEvent(HistoryEvent event) {
        if (!isFileVariable(event)) {
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
