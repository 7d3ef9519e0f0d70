package id.jamsos.rentan.claim;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.MonthDay;

/** The settings of config/claim.yml (jamsos.claim.*). */
@Component
public class ClaimSettings {
    final long approvalThreshold;
    final int payoutSlaWorkingDays;
    final int documentCheckWorkingDays;
    final String documentsReminderCycle;
    final String documentsTimeout;
    final int jkkExpiryYears;
    final int beasiswaMaxChildren;
    final int beasiswaMaxAge;
    final long beasiswaTotalCap;
    final MonthDay schoolYearStart;
    /** Rupiah a month: the income the member's JKK premium is paid on (the JKK death benefit's base). */
    final long registeredMonthlyIncome;
    final int schoolCheckDueDays;

    public ClaimSettings(@Value("${jamsos.claim.approval-threshold:50000000}") long approvalThreshold,
                         @Value("${jamsos.claim.payout-sla-working-days:3}") int payoutSlaWorkingDays,
                         @Value("${jamsos.claim.document-check-working-days:2}") int documentCheckWorkingDays,
                         @Value("${jamsos.claim.documents-reminder-cycle:R4/P7D}") String documentsReminderCycle,
                         @Value("${jamsos.claim.documents-timeout:P30D}") String documentsTimeout,
                         @Value("${jamsos.claim.jkk-expiry-years:5}") int jkkExpiryYears,
                         @Value("${jamsos.claim.beasiswa.max-children:2}") int beasiswaMaxChildren,
                         @Value("${jamsos.claim.beasiswa.max-age:23}") int beasiswaMaxAge,
                         @Value("${jamsos.claim.beasiswa.total-cap:174000000}") long beasiswaTotalCap,
                         @Value("${jamsos.claim.beasiswa.school-year-start:--07-15}") String schoolYearStart,
                         @Value("${jamsos.claim.beasiswa.check-due-days:14}") int schoolCheckDueDays,
                         @Value("${jamsos.program.registered-monthly-income}") long registeredMonthlyIncome) {
        this.registeredMonthlyIncome = registeredMonthlyIncome;
        this.approvalThreshold = approvalThreshold;
        this.payoutSlaWorkingDays = payoutSlaWorkingDays;
        this.documentCheckWorkingDays = documentCheckWorkingDays;
        this.documentsReminderCycle = documentsReminderCycle;
        this.documentsTimeout = documentsTimeout;
        this.jkkExpiryYears = jkkExpiryYears;
        this.beasiswaMaxChildren = beasiswaMaxChildren;
        this.beasiswaMaxAge = beasiswaMaxAge;
        this.beasiswaTotalCap = beasiswaTotalCap;
        this.schoolYearStart = MonthDay.parse(schoolYearStart);
        this.schoolCheckDueDays = schoolCheckDueDays;
    }
}
