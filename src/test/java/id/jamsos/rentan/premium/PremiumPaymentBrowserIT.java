package id.jamsos.rentan.premium;

import id.jamsos.rentan.enrollment.Member;
import id.jamsos.rentan.enrollment.MemberRepository;
import id.jamsos.rentan.enrollment.MemberStatus;
import id.jamsos.rentan.pks.Agreement;
import id.jamsos.rentan.pks.AgreementRepository;
import id.jamsos.rentan.pks.PksStatus;
import id.jamsos.rentan.support.Browser;
import id.jamsos.rentan.support.Downloads;
import id.jamsos.rentan.support.IntegrationTest;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real Chromium: Dinsos opens "Catat pembayaran iuran" in Tasklist, downloads the regency's invoices of that
 * year as Excel from the link on the Camunda Form (with nothing but the Tasklist login), and records the
 * payment with the date typed as officials write it, dd-mm-yyyy. The invoice is Kapuas's own for January 2019;
 * its PKS and members end once it is issued, so no current count of Kapuas changes, and its reminder,
 * escalation and lapse timers are moved past the test so no mail goes out meanwhile.
 */
class PremiumPaymentBrowserIT extends IntegrationTest {
    static final String PKS = "PKS-6203-2019";
    static final Path SCREENSHOTS = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));

    @Autowired
    PremiumService premiums;
    @Autowired
    PremiumProcess premiumProcess;
    @Autowired
    AgreementRepository agreements;
    @Autowired
    MemberRepository members;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;

    PremiumInvoice seed() {
        agreements.insert(new Agreement(PKS, "6203", 2019, 2, 2L * 16_800 * 12, 16_800, LocalDate.of(2019, 1, 1),
                LocalDate.of(2019, 12, 31), PksStatus.ACTIVE, "DINSOS_APBD", "PEMERINTAH_APBD", null));
        List<String> numbers = List.of("62039919001", "62039919002");
        for (int i = 0; i < numbers.size(); i++) {
            members.insert(new Member(numbers.get(i), "62030149097000" + (i + 1) + "1", "Peserta Tagihan " + i,
                    LocalDate.of(1970, 9, 9), "F", "PEDAGANG", null, null, null, "6203011001", "620301", "6203", PKS,
                    "PEMERINTAH_APBD", MemberStatus.ACTIVE, LocalDate.of(2019, 1, 1), null, 0));
        }
        PremiumInvoice invoice = premiums.issue(PKS, LocalDate.of(2019, 1, 1)).orElseThrow();
        agreements.updateStatus(PKS, PksStatus.EXPIRED);
        agreements.endMembers(PKS, LocalDate.of(2019, 12, 31));
        // The same start as the monthly loop of pks-agreement gives it, with the long-past timers moved ahead.
        Map<String, Object> vars = new HashMap<>(premiumProcess.startVariables(invoice));
        Date later = Date.from(Instant.now().plus(Duration.ofDays(30)));
        vars.putAll(Map.of("dueAt", later, "escalateAt", later, "lapseCheckAt", later));
        runtime.startProcessInstanceByKey(PremiumProcessKeys.PROCESS_KEY, invoice.invoiceNumber(), vars);
        return invoice;
    }

    @Test
    void dinsosDownloadsTheYearsInvoicesFromThePaymentTask() throws Exception {
        PremiumInvoice invoice = seed();
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(invoice.invoiceNumber())
                .taskDefinitionKey(PremiumProcessKeys.TASK_RECORD_PAYMENT).singleResult();
        assertThat(task).isNotNull();

        try (Browser b = Browser.open(baseUrl())) {
            b.openAppAs("tasklist", "dinsos.6203", "demo");
            b.get("/camunda/app/tasklist/default/#/?task=" + task.getId());
            b.waitForBodyText("Catat pembayaran iuran");
            b.waitForInputValue(invoice.invoiceNumber());
            b.screenshot(SCREENSHOTS.resolve("tasklist-catat-pembayaran-iuran.png"));

            // The Camunda Form fills the link from the task's variables (form-js templating).
            try (XSSFWorkbook wb = Downloads.xlsxLink(b, "Unduh tagihan iuran tahun 2019 (Excel)",
                    baseUrl() + "/api/premium-invoices/export.xlsx?regencyCode=6203&year=2019")) {
                XSSFSheet sheet = wb.getSheetAt(0);
                // Title rows, an empty row, the header; then this year's one invoice and the totals below.
                assertThat(Downloads.shown(sheet.getRow(1), 0)).startsWith("Kabupaten Kapuas").contains("2019");
                assertThat(Downloads.shown(sheet.getRow(4), 1)).isEqualTo(invoice.invoiceNumber());
                assertThat(Downloads.shown(sheet.getRow(4), 3)).isEqualTo(PKS);
                List<String> firstColumn = new ArrayList<>();
                sheet.forEach(row -> firstColumn.add(Downloads.shown(row, 0)));
                assertThat(firstColumn).contains("Jumlah tagihan: 1 tagihan, Rp33.600");
            }

            // A group task: the official claims it first, as Tasklist asks before "Selesaikan".
            b.script("arguments[0].click();", b.waitFor(By.xpath("//*[(self::a or self::button) and normalize-space()='Klaim']")));
            b.waitUntil(d -> "dinsos.6203".equals(tasks.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()),
                    "task claimed");
            // The date field reads and takes dd-mm-yyyy in Bahasa Indonesia, whatever the browser's own locale.
            WebElement paidOn = b.waitForVisible(By.cssSelector("input.fjs-input[placeholder='dd-mm-yyyy']"));
            WebElement reference = b.driver().findElement(By.cssSelector("input[id$='Field_premium_payment_5']"));
            // form-js's own messages read in Indonesian too.
            reference.sendKeys("x", Keys.BACK_SPACE, Keys.TAB);
            b.waitForText("Wajib diisi.");
            assertThat(b.bodyText()).doesNotContain("Field is required");
            reference.sendKeys("SP2D-0042/2019");
            // Paid long before the month billed: the service's rule, on the form, nothing recorded.
            paidOn.sendKeys("01-01-2010", Keys.TAB);
            complete(b);
            b.waitForBodyText("tanggal bayar terlalu jauh sebelum bulan tagihan");
            assertThat(premiums.get(invoice.invoiceNumber()).status()).isEqualTo(PremiumInvoice.UNPAID);

            paidOn.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
            paidOn.sendKeys("05-02-2019", Keys.TAB);
            assertThat(paidOn.getAttribute("value")).isEqualTo("05-02-2019");
            complete(b);
            b.waitUntil(d -> tasks.createTaskQuery().taskId(task.getId()).count() == 0, "payment task completed");
        }
        PremiumInvoice paid = premiums.get(invoice.invoiceNumber());
        // 5 February, not 2 May: the day came first. After the January due date, so paid late.
        assertThat(paid.paidOn()).isEqualTo(LocalDate.of(2019, 2, 5));
        assertThat(paid.status()).isEqualTo(PremiumInvoice.PAID_LATE);
        assertThat(paid.paymentReference()).isEqualTo("SP2D-0042/2019");
    }

    /** Tasklist's "Selesaikan" button of the task form. */
    private static void complete(Browser b) {
        WebElement button = b.waitFor(By.xpath("//button[normalize-space()='Selesaikan']"));
        b.waitUntil(d -> button.isEnabled(), "Selesaikan enabled");
        b.script("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", button);
    }
}
