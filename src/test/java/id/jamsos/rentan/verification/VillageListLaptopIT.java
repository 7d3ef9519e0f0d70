package id.jamsos.rentan.verification;

import com.fasterxml.jackson.databind.JsonNode;
import id.jamsos.rentan.support.Browser;
import id.jamsos.rentan.support.IntegrationTest;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real village list on the usual laptop screen (1366×768): 60 candidates, the list decision chosen by hand
 * (it starts empty), "Selesaikan" clicked with the mouse at its own position (not by script), and the task
 * completes. Then the Camat sees the same 60 with their village and narrows the long list by name and NIK.
 */
class VillageListLaptopIT extends IntegrationTest {
    static final Path SCREENSHOTS = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
    static final String VILLAGE = "6208022002"; // Pulau Nibung, Kec. Jelai (Sukamara, Kemendagri list): no other test uses it
    static final int COUNT = 60;
    static final String[] FIRST = {"Arbain", "Bahrun", "Caswati", "Darlina", "Erlinda", "Fahmi", "Gusti", "Hamidah"};
    static final String[] LAST = {"Saputra", "Rahmawati", "Hidayat", "Lestari", "Pratama", "Wulandari", "Kurniawan", "Sari"};

    /** Names allow letters only: 60 distinct ones from 8 × 8. */
    static String name(int i) {
        return FIRST[i / 8] + " " + LAST[i % 8];
    }

    @Autowired
    TaskService tasks;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void sixtyCandidatesAtLaptopSizeCompleteWithTheRealButtonThenCamatFilters() {
        StringBuilder json = new StringBuilder("{\"regencyCode\":\"6208\",\"candidates\":[");
        for (int i = 0; i < COUNT; i++) {
            int day = 1 + i % 28;
            String nik = "620802" + String.format("%02d0783%04d", day, 7001 + i);
            json.append(i == 0 ? "" : ",").append("{\"nik\":\"").append(nik).append("\",\"name\":\"").append(name(i)).append("\",\"birthDate\":\"1983-07-")
                    .append(String.format("%02d", day)).append("\",\"sex\":\"M\",\"villageCode\":\"").append(VILLAGE)
                    .append("\",\"category\":\"PETANI\",\"address\":\"RT 01 Pulau Nibung\"}");
        }
        json.append("]}");
        HttpHeaders h = new HttpHeaders();
        h.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<JsonNode> r = as("dinsos.6208").postForEntity(url("/api/candidates"),
                new HttpEntity<>(json.toString(), h), JsonNode.class);
        assertThat(r.getStatusCode().value()).as(String.valueOf(r.getBody())).isLessThan(300);
        String businessKey = "VER-6208-" + r.getBody().get("batchId").asLong();
        await(Duration.ofSeconds(90), "village task", () -> tasks.createTaskQuery().processInstanceBusinessKey(businessKey)
                .taskDefinitionKey("Task_VerifyVillageList").count() == 1);
        Task village = tasks.createTaskQuery().processInstanceBusinessKey(businessKey)
                .taskDefinitionKey("Task_VerifyVillageList").singleResult();
        tasks.claim(village.getId(), "lurah." + VILLAGE);

        try (Browser b = Browser.open(baseUrl())) {
            b.driver().manage().window().setSize(new Dimension(1366, 768));
            b.openAppAs("tasklist", "lurah." + VILLAGE, "demo");
            b.waitForText("Tugas Saya").click();
            b.waitForText(village.getName()).click();
            b.waitForText(name(COUNT - 1));
            Select decision = new Select(b.waitForVisible(By.id("vl-approved")));
            b.waitUntil(d -> decision.getWrappedElement().isEnabled(), "form enabled for the assignee");
            assertThat(decision.getFirstSelectedOption().getAttribute("value")).as("no decision is pre-made").isEmpty();

            // Without a choice the form refuses and names the field.
            clickWithMouse(b, "Selesaikan");
            b.waitForBodyText("Pilih keputusan atas daftar");
            assertThat(tasks.createTaskQuery().taskId(village.getId()).count()).isEqualTo(1);

            decision.selectByValue("true");
            // A rejection without a reason, far down the list: the refusal names the person and shows the row.
            WebElement row = b.driver().findElements(By.cssSelector("#vl-rows tr")).get(49);
            String who = row.findElement(By.cssSelector("td")).getText();
            new Select(row.findElement(By.cssSelector("select.vl-decision"))).selectByValue("reject");
            b.script("window.scrollTo(0, 0); document.querySelectorAll('*').forEach(function (e) { e.scrollTop = 0; });");
            clickWithMouse(b, "Selesaikan");
            b.waitForBodyText("Alasan wajib diisi untuk " + who + " (NIK ");
            assertThat(b.bodyText()).contains("baris 50) yang ditolak");
            assertThat(row.getAttribute("class")).contains("danger");
            b.waitUntil(d -> Boolean.TRUE.equals(b.script("var r = arguments[0].getBoundingClientRect();"
                    + " return r.top >= 0 && r.bottom <= window.innerHeight;", row)), "the refused row scrolled into view");
            b.screenshot(SCREENSHOTS.resolve("tasklist-verifikasi-desa-alasan.png"));
            row.findElement(By.cssSelector("input.vl-reason")).sendKeys("Pegawai tetap di kebun sawit");
            clickWithMouse(b, "Selesaikan");
            b.waitUntil(d -> tasks.createTaskQuery().taskId(village.getId()).count() == 0, "task completed by the mouse click");
        }

        await(Duration.ofSeconds(90), "camat task", () -> tasks.createTaskQuery().processInstanceBusinessKey(businessKey)
                .taskDefinitionKey("Task_ApproveKecamatan").count() == 1);
        Task camat = tasks.createTaskQuery().processInstanceBusinessKey(businessKey)
                .taskDefinitionKey("Task_ApproveKecamatan").singleResult();
        tasks.claim(camat.getId(), "camat.620802");
        try (Browser b = Browser.open(baseUrl())) {
            b.driver().manage().window().setSize(new Dimension(1366, 768));
            b.openAppAs("tasklist", "camat.620802", "demo");
            b.waitForText("Tugas Saya").click();
            b.waitForText(camat.getName()).click();
            b.waitForText(name(COUNT - 1));
            assertThat(b.bodyText()).contains("Pulau Nibung");
            int listed = visibleRows(b).size();
            assertThat(listed).isGreaterThan(20); // the search box shows from 21 rows on
            WebElement filter = b.waitForVisible(By.id("vl-filter"));
            filter.sendKeys("fahmi lest"); // Fahmi Lestari, row 44
            b.waitUntil(d -> visibleRows(b).size() == 1, "one row left for the name");
            assertThat(visibleRows(b).get(0).getText()).contains(name(43)).contains("Pulau Nibung");
            b.screenshot(SCREENSHOTS.resolve("tasklist-daftar-camat-saring.png"));
            filter.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
            b.waitUntil(d -> visibleRows(b).size() == listed, "all rows back");
            // The full NIK of the last candidate on the list (the list itself carries masked NIKs only).
            String lastName = b.driver().findElements(By.cssSelector("#vl-rows tr td:first-child")).get(listed - 1).getText();
            String nik = jdbc.queryForObject("select nik from candidate where name = ? and village_code = ?", String.class,
                    lastName, VILLAGE);
            assertThat(b.driver().getPageSource()).doesNotContain(nik);
            filter.sendKeys(nik);
            b.waitUntil(d -> visibleRows(b).size() == 1, "one row left for the NIK");
            assertThat(visibleRows(b).get(0).getText()).contains(lastName);
        }
    }

    private static List<WebElement> visibleRows(Browser b) {
        return b.driver().findElements(By.cssSelector("#vl-rows tr")).stream().filter(WebElement::isDisplayed).toList();
    }

    /**
     * Scrolls with the mouse wheel until the button is in the window, as an official does, then moves the
     * mouse to the button's centre and clicks there: whatever lies on top at that point receives the click.
     */
    static void clickWithMouse(Browser b, String label) {
        WebElement button = b.waitForVisible(By.xpath("//button[normalize-space()='" + label + "']"));
        b.waitUntil(d -> button.isEnabled(), label + " enabled");
        new Actions(b.driver()).scrollToElement(button).perform();
        Object onTop = b.script("var r = arguments[0].getBoundingClientRect();"
                + " var e = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);"
                + " return e === arguments[0] || arguments[0].contains(e) ? 'button' : (e ? e.outerHTML.substring(0, 200) : 'nothing');",
                button);
        assertThat(onTop).as("what lies on top of " + label).isEqualTo("button");
        new Actions(b.driver()).moveToElement(button).click().perform();
    }
}
