package id.jamsos.rentan.webapp;

import id.jamsos.rentan.identity.IdentitySetup;
import id.jamsos.rentan.support.Browser;
import id.jamsos.rentan.support.IntegrationTest;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Camunda webapps as officials meet them, in a real Chromium: Bahasa Indonesia by default (the
 * browser itself runs in English), English on request, and each role reaching only its own webapps.
 * Screenshots of the main screens go to target/screenshots/; with -Dscreenshots.dir=docs/screenshots they
 * refresh the committed ones linked from docs/panduan-pengawas.md (a normal test run leaves git clean).
 */
class WebappBrowserIT extends IntegrationTest {
    static final Path SCREENSHOTS = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
    static final String LOGIN_REFUSED = "Kredensial salah, pengguna terkunci, atau tidak memiliki hak akses ke aplikasi";

    @Test
    void rootOpensTasklistInIndonesianAndLurahSeesTheSharedFilters() throws Exception {
        try (Browser b = Browser.open(baseUrl())) {
            // The browser asks for English; the webapps still answer in Bahasa Indonesia.
            assertThat(b.script("return navigator.language")).asString().startsWith("en");
            b.get("/");
            b.waitUntil(d -> d.getCurrentUrl().contains("/camunda/app/tasklist/"), "redirect to Tasklist");
            b.waitForVisible(By.cssSelector("form[name='signinForm']"));
            assertThat(b.driver().findElement(By.cssSelector("form[name='signinForm'] input[ng-model='username']"))
                    .getAttribute("placeholder")).isEqualTo("Nama pengguna");
            assertThat(b.driver().findElement(By.cssSelector("form[name='signinForm'] button[type='submit']")).getText())
                    .isEqualTo("Masuk");
            assertThat(b.driver().findElement(By.cssSelector("form[name='signinForm'] input[type='password']"))
                    .getAttribute("placeholder")).isEqualTo("Kata sandi");
            assertThat(b.script("return document.documentElement.lang")).isEqualTo("id");
            b.screenshot(SCREENSHOTS.resolve("login.png"));

            b.login("lurah.6203011001", "demo");
            b.waitForText(IdentitySetup.FILTER_MY_TASKS);
            b.waitForText(IdentitySetup.FILTER_GROUP_TASKS);
            b.waitForText(IdentitySetup.FILTER_OVERDUE);
            // Tasklist's own labels, not only our filter names, are Indonesian.
            b.waitForText("Pilih tugas dari daftar.");
            // A Lurah may start no process and create no task: neither action is offered.
            b.waitForBodyText("lalu klik \u201cKlaim\u201d");
            assertThat(b.bodyText()).doesNotContain("Select a task in the list.").doesNotContain("Start process")
                    .doesNotContain("Mulai proses").doesNotContain("Buat tugas");
            b.screenshot(SCREENSHOTS.resolve("tasklist.png"));

            // English stays one click away and is remembered in this browser.
            b.driver().findElement(By.id("jamsos-lang-en")).click();
            b.waitForText("Select a task in the list.");
            b.waitForText(IdentitySetup.FILTER_MY_TASKS);
            assertThat(b.script("return document.documentElement.lang")).isEqualTo("en");
            b.waitUntil(d -> !b.bodyText().contains("Loading…"), "task list loaded");
            b.screenshot(SCREENSHOTS.resolve("tasklist-english.png"));
            b.openApp("tasklist");
            b.waitForText("Select a task in the list.");

            b.driver().findElement(By.id("jamsos-lang-id")).click();
            b.waitForText("Pilih tugas dari daftar.");
        }
    }

    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;

    @Test
    void supervisorOpensCockpitButNotAdmin() {
        try (CockpitExample example = CockpitExample.start(repositoryService, runtimeService, managementService);
             Browser b = Browser.open(baseUrl())) {
            b.openAppAs("cockpit", "supervisor.6203", "demo");
            b.get("/camunda/app/cockpit/default/#/dashboard");
            b.waitForText("Instans Proses Berjalan");
            b.waitForText("Insiden Terbuka");
            b.waitForText("Tugas Manusia Terbuka");
            b.screenshot(SCREENSHOTS.resolve("cockpit-dashboard.png"));

            b.get("/camunda/app/cockpit/default/#/processes");
            b.waitForText("Contoh Verifikasi dan Pendaftaran (panduan pengawas)");
            b.screenshot(SCREENSHOTS.resolve("cockpit-processes.png"));

            // Definition view: the diagram with how many instances wait where, and the instance list.
            b.get("/camunda/app/cockpit/default/#/process-definition/" + example.processDefinitionId + "/runtime");
            b.waitForBodyText("CONTOH-6203011001");
            b.waitFor(By.cssSelector(".djs-container"));
            assertThat(b.bodyText()).contains("CONTOH-6203011002", "CONTOH-6203012001", "CONTOH-6203021001")
                    .doesNotContain("CONTOH-6208011001");
            b.screenshot(SCREENSHOTS.resolve("cockpit-definisi-proses.png"));

            // Incidents tab: where the BPJS call failed, with the error message.
            b.get("/camunda/app/cockpit/default/#/process-definition/" + example.processDefinitionId
                    + "/runtime?detailsTab=incidents-tab");
            b.waitForBodyText(CockpitExample.INCIDENT_MESSAGE);
            b.screenshot(SCREENSHOTS.resolve("cockpit-insiden.png"));

            // Instance view of the late village: variables show the village, the diagram the waiting task.
            b.get("/camunda/app/cockpit/default/#/process-instance/" + example.lateInstanceId + "/runtime");
            b.waitForBodyText("Kel. Selat Hilir");
            b.screenshot(SCREENSHOTS.resolve("cockpit-instans.png"));

            // Human tasks dashboard: open tasks per group, i.e. per village office (lurah-<village code>).
            b.get("/camunda/app/cockpit/default/#/tasks");
            b.waitForBodyText("Penugasan per kelompok");
            b.waitForBodyText("lurah-6203011001");
            assertThat(b.bodyText()).contains("lurah-6203011002", "lurah-6203012001").doesNotContain("lurah-6208011001");
            b.screenshot(SCREENSHOTS.resolve("cockpit-tugas-manusia.png"));

            // Another regency's instance stays hidden even when asked for directly.
            String sukamara = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("CONTOH-6208011001")
                    .singleResult().getId();
            b.get("/camunda/app/cockpit/default/#/process-instance/" + sukamara + "/runtime");
            b.waitUntil(d -> b.bodyText().contains("Tidak ada instans proses berjalan dengan ID " + sukamara)
                    || b.bodyText().contains("Tidak dapat menampilkan instans proses berjalan"), "other regency refused");
            assertThat(b.bodyText()).doesNotContain("Desa Mendawai");
        }
        try (Browser b = Browser.open(baseUrl())) {
            b.openApp("admin");
            b.login("supervisor.6203", "demo");
            b.waitForBodyText(LOGIN_REFUSED);
            assertThat(b.isVisible(By.cssSelector("form[name='signinForm']"))).isTrue();
            assertThat(b.bodyText()).doesNotContain("Daftar pengguna");
        }
    }

    @Autowired
    TaskService taskService;

    @Test
    void supervisorFindsOverdueVillagesInTasklist() {
        // A standalone task stands in for a late village verification; removed again below.
        Task late = taskService.newTask();
        late.setName("Verifikasi 3 calon peserta \u2014 Kel. Selat Hilir, Kec. Selat (uji tampilan)");
        late.setDescription("Periksa daftar calon peserta desa dan tolak yang tidak memenuhi syarat.");
        late.setTenantId("6203");
        late.setDueDate(Date.from(Instant.now().minus(Duration.ofDays(3))));
        taskService.saveTask(late);
        taskService.addCandidateGroup(late.getId(), "lurah-6203011001");
        try (Browser b = Browser.open(baseUrl())) {
            b.openAppAs("tasklist", "supervisor.6203", "demo");
            b.waitForText(SupervisionFilters.FILTER_ALL_OVERDUE).click();
            b.waitForBodyText("Verifikasi 3 calon peserta \u2014 Kel. Selat Hilir, Kec. Selat (uji tampilan)");
            b.waitForBodyText("Tenggat 3 hari yang lalu");
            // Move the pointer off the filter so its tooltip does not cover the list in the picture.
            new Actions(b.driver()).moveToElement(b.waitForText("Pilih tugas dari daftar.")).perform();
            b.waitUntil(d -> !b.isVisible(By.cssSelector(".tooltip")), "filter tooltip gone");
            b.screenshot(SCREENSHOTS.resolve("tasklist-pengawasan-lewat-tenggat.png"));
        } finally {
            taskService.deleteTask(late.getId(), true);
        }
    }

    /**
     * The two Camunda Forms patches of jamsos/locale.js, run in the page as Tasklist loads them: every form-js
     * message in Indonesian, and the date pattern day first in Indonesian only (the browser itself is English).
     */
    @Test
    @SuppressWarnings("unchecked")
    void camundaFormsMessagesAndDatePatternInIndonesian() {
        try (Browser b = Browser.open(baseUrl())) {
            b.openAppAs("tasklist", "dinsos.6203", "demo");
            b.waitForBodyText("Mulai proses");
            Map<String, Object> id = (Map<String, Object>) ((JavascriptExecutor) b.driver()).executeAsyncScript(
                    "var done = arguments[arguments.length - 1];"
                            + "import('/camunda/app/jamsos/locale.js').then(function (l) {"
                            + "  var messages = ['Field is required.', 'Field must be a valid email.',"
                            + "    'Field must be a valid  international phone number. (e.g. +4930664040900)',"
                            + "    'Field must have minimum length of 3.', 'Field must have maximum length of 80.',"
                            + "    'Field must have minimum value of 1.', 'Field must have maximum value of 2100.',"
                            + "    'Field must match pattern ^[0-9]{16}$.', 'Tanggal bayar tidak boleh kosong'];"
                            + "  var parts = new Intl.DateTimeFormat('default').formatToParts(new Date(Date.UTC(2020, 5, 5)));"
                            + "  done({translated: messages.map(l.translateFormMessage),"
                            + "        pattern: parts.map(function (p) { return p.value; }).join(''),"
                            + "        zone: Intl.DateTimeFormat().resolvedOptions().timeZone,"
                            + "        other: new Intl.DateTimeFormat('en-US').format(new Date(Date.UTC(2020, 5, 5)))});"
                            + "});");
            assertThat((List<String>) id.get("translated")).containsExactly("Wajib diisi.",
                    "Harus berupa alamat email yang sah.",
                    "Harus berupa nomor telepon internasional yang sah (misalnya +6281234567890).",
                    "Minimal 3 karakter.", "Maksimal 80 karakter.", "Nilai minimal 1.", "Nilai maksimal 2100.",
                    "Harus sesuai pola ^[0-9]{16}$.", "Tanggal bayar tidak boleh kosong");
            assertThat(id.get("pattern")).isEqualTo("05-06-2020");
            // Everything else asking Intl is untouched: the time zone Tasklist shows, explicit locales.
            assertThat(id.get("zone")).isEqualTo("Asia/Jakarta");
            assertThat(id.get("other")).isEqualTo("6/5/2020");

            b.useLanguage("en");
            b.openApp("tasklist");
            b.waitForBodyText("Start process");
            Object english = ((JavascriptExecutor) b.driver()).executeScript(
                    "return new Intl.DateTimeFormat('default').formatToParts(new Date(Date.UTC(2020, 5, 5)))"
                            + ".map(function (p) { return p.value; }).join('');");
            assertThat(english).isEqualTo("6/5/2020");
        }
    }

    @Test
    void lurahCannotOpenCockpit() {
        try (Browser b = Browser.open(baseUrl())) {
            b.openApp("cockpit");
            b.login("lurah.6203011001", "demo");
            b.waitForBodyText(LOGIN_REFUSED);
            assertThat(b.isVisible(By.cssSelector("form[name='signinForm']"))).isTrue();
            assertThat(b.bodyText()).doesNotContain("Instans Proses Berjalan");
            b.screenshot(SCREENSHOTS.resolve("cockpit-login-refused.png"));
        }
    }

    @Test
    void adminSeesTheUsersInAdmin() {
        try (Browser b = Browser.open(baseUrl())) {
            b.openAppAs("admin", "admin", "admin");
            b.get("/camunda/app/admin/default/#/users");
            b.waitForText("Daftar pengguna");
            b.waitForText("Tambah pengguna");
            b.waitUntil(d -> !d.findElements(By.xpath("//table//td//a[normalize-space(text())='admin']")).isEmpty(),
                    "user admin listed");
            assertThat(b.driver().findElements(By.cssSelector("table tbody tr"))).hasSizeGreaterThan(1);
            b.screenshot(SCREENSHOTS.resolve("admin-users.png"));

            // The welcome page (home menu) is Indonesian too; English on request via the helper.
            b.openApp("welcome");
            b.waitForText("Aplikasi");
            b.waitForBodyText("Ganti kata sandi");
            b.useLanguage("en");
            b.openApp("admin");
            b.waitForText("List of Users");
            b.waitForText("Create New User");
        }
        assertThat(Files.exists(SCREENSHOTS.resolve("admin-users.png"))).isTrue();
    }
}
