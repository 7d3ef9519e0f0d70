package id.jamsos.rentan.budget;

import id.jamsos.rentan.common.Formats;
import id.jamsos.rentan.support.Browser;
import id.jamsos.rentan.support.Downloads;
import id.jamsos.rentan.support.IntegrationTest;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dinas Sosial of Kubu Raya opens next year's budget evaluation from Tasklist's "Mulai proses": the regency is
 * preselected from the official's group and the year prefilled; a population of 0 is refused on the form with the
 * API's message and records nothing; a valid one opens the evaluation, whose proposal task links the regency's
 * members as Excel.
 */
class BudgetStartFormBrowserIT extends IntegrationTest {
    static final Path SCREENSHOTS = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));

    @Autowired
    BudgetService budgets;
    @Autowired
    TaskService tasks;

    @Test
    void dinsosOpensTheBudgetEvaluationFromTasklist() throws Exception {
        int year = LocalDate.now(Formats.WIB).getYear() + 1;
        String key = "6112-" + year;
        assertThat(budgets.find(key)).isEmpty();
        try (Browser b = Browser.open(baseUrl())) {
            b.openAppAs("tasklist", "dinsos.6112", "demo");
            b.waitFor(By.cssSelector(".start-process-action")).click();
            b.script("arguments[0].click();", b.waitFor(By.xpath("//a[contains(., 'Evaluasi anggaran tahunan')]")));
            Select regency = new Select(b.waitForVisible(By.id("bs-regency")));
            b.waitUntil(d -> !regency.getOptions().isEmpty(), "regencies of the official loaded");
            assertThat(regency.getFirstSelectedOption().getText()).isEqualTo("Kabupaten Kubu Raya (6112)");
            assertThat(b.driver().findElement(By.id("fiscalYear")).getAttribute("value")).isEqualTo(String.valueOf(year));

            WebElement population = b.driver().findElement(By.id("vulnerablePopulation"));
            population.sendKeys("0");
            start(b);
            b.waitForBodyText("vulnerablePopulation: jumlah pekerja rentan harus lebih dari 0");
            // Only the Indonesian message, not the engine's wrapping around it.
            assertThat(b.bodyText()).doesNotContain("ENGINE-").doesNotContain("Cannot instantiate");
            assertThat(budgets.find(key)).isEmpty();

            // Typed as Indonesians write numbers: the dot groups thousands, "Mulai" stays enabled.
            population.clear();
            population.sendKeys("48.500");
            b.screenshot(SCREENSHOTS.resolve("tasklist-mulai-evaluasi-anggaran.png"));
            start(b);
            b.waitUntil(d -> budgets.find(key).isPresent(), "evaluation opened from the start form");

            // The proposal task that follows links the regency's members, all and the lapsed ones, as Excel.
            b.waitUntil(d -> tasks.createTaskQuery().processInstanceBusinessKey(key)
                    .taskDefinitionKey(BudgetProcessKeys.TASK_PROPOSE).count() == 1, "proposal task created");
            Task proposal = tasks.createTaskQuery().processInstanceBusinessKey(key)
                    .taskDefinitionKey(BudgetProcessKeys.TASK_PROPOSE).singleResult();
            b.get("/camunda/app/tasklist/default/#/?task=" + proposal.getId());
            b.waitForBodyText("Usulan kuota dan anggaran");
            assertThat(b.waitForVisible(By.linkText("hanya yang nonaktif karena tunggakan")).getAttribute("href"))
                    .isEqualTo(baseUrl() + "/api/members/export.xlsx?regionCode=6112&status=LAPSED");
            try (XSSFWorkbook wb = Downloads.xlsxLink(b, "Unduh daftar peserta kabupaten (Excel)",
                    baseUrl() + "/api/members/export.xlsx?regionCode=6112")) {
                assertThat(wb.getSheetAt(0).getSheetName()).isEqualTo("Peserta 6112");
                assertThat(Downloads.shown(wb.getSheetAt(0).getRow(0), 1)).isEqualTo("Nomor Peserta");
            }
        }
        BudgetEvaluation e = budgets.find(key).orElseThrow();
        assertThat(e.vulnerablePopulation()).isEqualTo(48_500);
        assertThat(e.regencyCode()).isEqualTo("6112");
    }

    private static void start(Browser b) {
        var button = b.waitFor(By.xpath("//button[contains(@class,'btn-primary') and normalize-space()='Mulai']"));
        b.waitUntil(d -> button.isEnabled(), "Mulai enabled");
        b.script("arguments[0].click();", button);
    }
}
