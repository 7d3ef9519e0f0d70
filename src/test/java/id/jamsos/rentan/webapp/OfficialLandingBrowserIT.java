package id.jamsos.rentan.webapp;

import id.jamsos.rentan.claim.ClaimSetup;
import id.jamsos.rentan.identity.IdentitySetup;
import id.jamsos.rentan.support.Browser;
import id.jamsos.rentan.support.IntegrationTest;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where officials land in Tasklist: on the filter with their waiting work, with the claiming hint, only the filters
 * that concern their role, no "Buat tugas", no empty "Mulai proses", no "migrate to Camunda 8" banner, and the
 * links to "Dasbor" and "Cari NIK" in the header.
 */
class OfficialLandingBrowserIT extends IntegrationTest {
    static final Path SCREENSHOTS = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));

    @Autowired
    TaskService taskService;
    @Autowired
    AuthorizationService authorizations;

    @Test
    void lurahLandsOnTheWaitingVillageTaskWithOnlyTheirFilters() {
        // A standalone task stands in for a village verification waiting for this Lurah; removed below.
        Task waiting = taskService.newTask();
        waiting.setName("Verifikasi 2 calon peserta \u2014 Desa Uji Pendaratan");
        waiting.setTenantId("6203");
        waiting.setDueDate(Date.from(Instant.now().plus(Duration.ofDays(5))));
        taskService.saveTask(waiting);
        taskService.addCandidateGroup(waiting.getId(), "lurah-6203012001");
        // As for a process task, the village office may read and work on it.
        if (authorizations.createAuthorizationQuery().groupIdIn("lurah-6203012001").resourceType(Resources.TASK)
                .resourceId(waiting.getId()).count() == 0) {
            Authorization a = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            a.setGroupId("lurah-6203012001");
            a.setResource(Resources.TASK);
            a.setResourceId(waiting.getId());
            a.addPermission(Permissions.READ);
            a.addPermission(Permissions.UPDATE);
            authorizations.saveAuthorization(a);
        }
        try (Browser b = Browser.open(baseUrl())) {
            b.openAppAs("tasklist", "lurah.6203012001", "demo");
            // Landed on "Tugas Kelompok" (the first filter with work), not on the empty "Tugas Saya".
            b.waitUntil(d -> b.bodyText().contains("Verifikasi 2 calon peserta \u2014 Desa Uji Pendaratan"),
                    "the waiting task listed; selected filter: " + b.script(
                            "var a = document.querySelector('.task-filter.active'); return a ? a.textContent : 'none'"));
            b.waitUntil(d -> b.driver().findElements(By.cssSelector(".task-filter.active")).stream()
                    .anyMatch(f -> f.getText().contains(IdentitySetup.FILTER_GROUP_TASKS)), "Tugas Kelompok selected");
            b.waitForVisible(By.id("jamsos-hint"));
            assertThat(b.driver().findElement(By.id("jamsos-hint")).getText()).contains("Klaim").contains("Tugas Saya");
            b.waitForVisible(By.id("jamsos-link-dasbor"));
            b.waitForVisible(By.id("jamsos-link-cari"));
            b.waitUntil(d -> !b.isVisible(Browser.byText(PksTasklistFilters.FILTER_NAME)), "PKS filter hidden");
            assertThat(b.isVisible(Browser.byText(SupervisionFilters.FILTER_ALL_OVERDUE))).isFalse();
            assertThat(b.isVisible(Browser.byText(ClaimSetup.FILTER_OVERDUE_CLAIMS))).isFalse();
            assertThat(b.isVisible(Browser.byText(IdentitySetup.FILTER_OVERDUE))).isTrue();
            assertThat(b.bodyText()).doesNotContain("Mulai proses").doesNotContain("Buat tugas")
                    .doesNotContain("Camunda 8");
            assertThat(b.isVisible(By.cssSelector(".ce-eol-banner"))).isFalse();
            b.screenshot(SCREENSHOTS.resolve("tasklist-lurah-mendarat.png"));
        } finally {
            taskService.deleteTask(waiting.getId(), true);
            authorizations.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(waiting.getId()).list()
                    .forEach(a -> authorizations.deleteAuthorization(a.getId()));
        }
    }

    @Test
    void supervisorSeesTheSupervisionFilterAndDinsosKeepsMulaiProses() {
        try (Browser b = Browser.open(baseUrl())) {
            b.openAppAs("tasklist", "supervisor.6203", "demo");
            b.waitForText(SupervisionFilters.FILTER_ALL_OVERDUE);
            b.waitForVisible(By.id("jamsos-hint"));
            b.waitUntil(d -> !b.isVisible(Browser.byText(ClaimSetup.FILTER_OVERDUE_CLAIMS)), "claims filter hidden");
            assertThat(b.bodyText()).doesNotContain("Mulai proses");
        }
        try (Browser b = Browser.open(baseUrl())) {
            b.openAppAs("tasklist", "dinsos.6203", "demo");
            b.waitForText(PksTasklistFilters.FILTER_NAME);
            b.waitForBodyText("Mulai proses");
            assertThat(b.isVisible(Browser.byText(SupervisionFilters.FILTER_ALL_OVERDUE))).isFalse();
            assertThat(b.isVisible(By.cssSelector(".ce-eol-banner"))).isFalse();
        }
    }
}
