package id.jamsos.rentan.claim;

import id.jamsos.rentan.common.IndonesianDates;

import id.jamsos.rentan.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import id.jamsos.rentan.enrollment.Member;
import id.jamsos.rentan.enrollment.MemberRepository;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Real Chromium: a BPJS officer files a claim with the Tasklist start form (embedded HTML with heir rows). */
class ClaimTasklistBrowserIT extends IntegrationTest {
    WebDriver browser;
    @Autowired
    MemberRepository members;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void open() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1400,1000");
        browser = new ChromeDriver(options);
    }

    @AfterEach
    void close() {
        browser.quit();
    }

    /**
     * Signs in as bpjs.6203. On a busy machine the login view can still be re-rendering when typed into, which drops
     * the input with no message (as support.Browser#openAppAs knows): the form is filled again, at most three times.
     */
    private void login(WebDriverWait wait) {
        By form = By.cssSelector("form[name='signinForm']");
        for (int attempt = 1; ; attempt++) {
            WebElement user = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model='username']")));
            user.clear();
            user.sendKeys("bpjs.6203");
            WebElement password = browser.findElement(By.cssSelector("input[ng-model='password']"));
            password.clear();
            password.sendKeys("demo");
            browser.findElement(By.cssSelector("button[type='submit']")).click();
            try {
                new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.findElements(form).isEmpty());
                return;
            } catch (org.openqa.selenium.TimeoutException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    @Test
    void bpjsOfficerSeesTheClaimStartFormInTasklist() {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        browser.get(url("/camunda/app/tasklist/default/"));
        login(wait);
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".start-process-action"))).click();
        WebElement process = wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//a[contains(., 'Pembayaran Klaim JKM/JKK kepada Ahli Waris')]")));
        process.click();
        WebElement member = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("membershipNumber")));
        assertThat(member.getAttribute("placeholder")).contains("11 digit");
        // The rows come from the shared /forms/heir-rows.js, loaded by the form: wait for them.
        wait.until(d -> d.findElements(By.cssSelector("#heirRows tbody tr")).size() == 2);
        List<WebElement> heirRows = browser.findElements(By.cssSelector("#heirRows tbody tr"));
        assertThat(heirRows).hasSize(2);
        browser.findElement(By.id("addHeir")).click();
        assertThat(browser.findElements(By.cssSelector("#heirRows tbody tr"))).hasSize(3);
        assertThat(browser.findElement(By.cssSelector("#heirRows select[data-field='relation']")).getText()).contains("Janda/duda");

        // Fill and submit: a bad NIK is refused with the field message, the corrected form starts the claim.
        Member m = ClaimTestData.member(members, 20);
        set(By.id("membershipNumber"), m.membershipNumber());
        set(By.id("eventDate"), IndonesianDates.format(ClaimTestData.TODAY.minusDays(1))); // as typed: dd-mm-yyyy
        WebElement first = browser.findElements(By.cssSelector("#heirRows tbody tr")).get(0);
        set(first, "name", "Siti Aminah");
        set(first, "nik", "6203019905850001");
        set(first, "birthDate", "15-05-1985");
        set(first, "bankName", "BRI");
        set(first, "bankAccount", "001201000312345");
        WebElement start = browser.findElement(By.xpath("//button[contains(@class,'btn-primary') and normalize-space()='Mulai']"));
        start.click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("body"), "heirs[0].nik"));
        assertThat(jdbc.queryForObject("select count(*) from claim where membership_number = ?", Long.class,
                m.membershipNumber())).isZero();

        set(first, "nik", "6203015505850001");
        start.click();
        await(Duration.ofSeconds(30), "claim registered from the Tasklist start form", () -> jdbc.queryForObject(
                "select count(*) from claim where membership_number = ?", Long.class, m.membershipNumber()) == 1);
        assertThat(jdbc.queryForObject("select created_by from claim where membership_number = ?", String.class,
                m.membershipNumber())).isEqualTo("bpjs.6203");
    }

    void set(By by, String value) {
        set(browser.findElement(by), value);
    }

    void set(WebElement row, String field, String value) {
        set(row.findElement(By.cssSelector("[data-field='" + field + "']")), value);
    }

    /** Sets the value as a user would and fires the events Tasklist listens to (date inputs ignore sendKeys formats). */
    void set(WebElement input, String value) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];"
                + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", input, value);
    }
}
