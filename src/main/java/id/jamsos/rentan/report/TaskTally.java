package id.jamsos.rentan.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Date;

/** Running task figures of one report line: open and overdue from the runtime, completed from history. */
final class TaskTally {
    private static final BigDecimal DAY_MILLIS = BigDecimal.valueOf(Duration.ofDays(1).toMillis());

    long open;
    long overdue;
    long completed;
    long late;
    long durationMillis;

    void completed(long durationMillis, Date due, Date end) {
        completed++;
        this.durationMillis += durationMillis;
        if (due != null && end.after(due)) {
            late++;
        }
    }

    void add(TaskTally other) {
        open += other.open;
        overdue += other.overdue;
        completed += other.completed;
        late += other.late;
        durationMillis += other.durationMillis;
    }

    /** Mean of the completed tasks' durations in days (sum over count, not a mean of means); null without any. */
    BigDecimal averageDays() {
        if (completed == 0) {
            return null;
        }
        return BigDecimal.valueOf(durationMillis).divide(DAY_MILLIS.multiply(BigDecimal.valueOf(completed)), 1,
                RoundingMode.HALF_UP);
    }
}
