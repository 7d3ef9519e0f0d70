package id.jamsos.rentan.budget;

import id.jamsos.rentan.common.Formats;
import id.jamsos.rentan.pks.Agreement;
import id.jamsos.rentan.pks.AgreementRepository;
import id.jamsos.rentan.region.ProgramRegencyRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * The yearly timer (jamsos.budget.yearly-cron, WIB): opens next year's evaluation for every regency of the program
 * ({@code program_regency}) that has none yet, in time for the APBD. The PKS renewal timer does the same for a regency whose PKS ends soon.
 */
@Component
public class YearlyBudgetStart {
    private static final Logger log = LoggerFactory.getLogger(YearlyBudgetStart.class);

    private final BudgetProcess process;
    private final AgreementRepository agreements;
    private final ProgramRegencyRepository programRegencies;
    private final boolean enabled;
    private final Clock clock;

    /** @param clock the application's WIB clock ({@code config.ClockConfig}): the run's day, whose next year is opened */
    public YearlyBudgetStart(BudgetProcess process, AgreementRepository agreements,
                             ProgramRegencyRepository programRegencies, BudgetSettings settings, Clock clock) {
        this.clock = clock;
        this.process = process;
        this.agreements = agreements;
        this.programRegencies = programRegencies;
        this.enabled = settings.yearlyEnabled();
    }

    /** Cron from {@code jamsos.budget.yearly-cron} (validated by {@link BudgetSettings}; no default here). */
    @Scheduled(cron = "${jamsos.budget.yearly-cron}", zone = "Asia/Jakarta")
    public void run() {
        if (enabled) {
            openNextYear(LocalDate.now(clock.withZone(Formats.WIB)));
        }
    }

    /**
     * Opens the evaluation of fiscal year {@code today.getYear() + 1} for every regency in the program as it is now
     * ({@code program_regency}: the configured ones and every regency joined since through
     * {@code POST /api/admin/regencies/{code}/join}); a regency whose evaluation exists is left alone, and one that
     * fails is logged and does not stop the others.
     *
     * @param today the day of the run, WIB
     * @return how many evaluations were opened
     */
    public int openNextYear(LocalDate today) {
        int opened = 0;
        for (String regency : programRegencies.codes()) {
            int fallback = agreements.byRegency(regency).stream().max(Comparator.comparing(Agreement::endDate))
                    .map(Agreement::quota).orElse(1);
            try {
                if (process.openIfMissing(regency, today.getYear() + 1, fallback)) {
                    opened++;
                }
            } catch (RuntimeException e) {
                log.error("Yearly budget evaluation for {} not opened", regency, e);
            }
        }
        return opened;
    }
}
