package id.jamsos.rentan.pks;

import id.jamsos.rentan.common.Formats;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

/** Starts pks-agreement instances and keeps the small form variables of an instance in step with the row. */
@Component
public class PksProcess {
    private final RuntimeService runtime;
    private final int taskDueDays;

    public PksProcess(@Lazy RuntimeService runtime, PksSettings settings) {
        this.runtime = runtime;
        this.taskDueDays = settings.taskDueDays();
    }

    public String start(Agreement a) {
        return withoutAuthorization(() -> runtime.startProcessInstanceByKey(PksProcessKeys.PROCESS_KEY,
                a.pksNumber(), startVariables(a))).getId();
    }

    /** What an instance starts with, whether the API, a budget approval or the Tasklist start form drafted it. */
    public Map<String, Object> startVariables(Agreement a) {
        Map<String, Object> vars = new HashMap<>(formVariables(a));
        vars.put("regencyCode", a.regencyCode());
        vars.put(PksProcessKeys.VAR_PKS_NUMBER, a.pksNumber());
        vars.put("fiscalYear", (long) a.fiscalYear());
        vars.put("taskDueDays", taskDueDays);
        vars.put(PksProcessKeys.VAR_PAYER, a.payerKind().name());
        if (a.villageCode() != null) {
            vars.put(PksProcessKeys.VAR_PAYER_VILLAGE, a.villageCode());
        }
        vars.put(PksProcessKeys.VAR_RENEWS, a.renews());
        return vars;
    }

    /** What the Dinsos and reviewer forms show and prefill. */
    public static Map<String, Object> formVariables(Agreement a) {
        Map<String, Object> v = new HashMap<>();
        v.put("quota", (long) a.quota());
        v.put("budget", a.budget());
        v.put("startDate", a.startDate().toString());
        v.put("endDate", a.endDate().toString());
        v.put("gapReason", a.gapReason() == null ? "" : a.gapReason());
        v.put("program", a.programTitle());
        v.put("summary", "Program " + a.programTitle() + ": kuota " + a.quota() + " pekerja, anggaran " + Formats.rupiah(a.budget()) + ", iuran "
                + Formats.rupiah(a.premiumPerMonth()) + "/bulan, masa " + Formats.date(a.startDate()) + " s.d. "
                + Formats.date(a.endDate()) + (a.gapReason() == null ? "" : ", alasan jeda: " + a.gapReason())
                + (a.renews() ? "" : ", tanpa perpanjangan (masa tugas)"));
        return v;
    }

    /** Start of a day in WIB, for timer dates. */
    public static Date at(LocalDate day, int hour) {
        return Date.from(day.atTime(hour, 0).atZone(Formats.WIB).toInstant());
    }

    /**
     * Instances started from another instance's step (an approval, a renewal timer) run with the rights of
     * the process, not of the official who completed the task (a Sekda may not start PKS instances).
     */
    public static ProcessInstance withoutAuthorization(java.util.function.Supplier<ProcessInstance> start) {
        CommandContext cc = Context.getCommandContext();
        if (cc == null) {
            return start.get();
        }
        return cc.runWithoutAuthorization(start::get);
    }
}
