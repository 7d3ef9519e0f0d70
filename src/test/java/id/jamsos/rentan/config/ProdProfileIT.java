package id.jamsos.rentan.config;

import com.fasterxml.jackson.databind.JsonNode;
import id.jamsos.rentan.support.TestDatabase;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import id.jamsos.rentan.JamsosApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Profile prod on its own PostgreSQL database, configured only through the contract's environment
 * variables (passed here as the equivalent properties): no demo user exists and no default password works.
 */
class ProdProfileIT {
    static ConfigurableApplicationContext ctx;
    static int port;

    @BeforeAll
    static void start() {
        String url = TestDatabase.sibling("prod");
        TestDatabase.resetOnce(url);
        SpringApplication app = new SpringApplication(JamsosApplication.class);
        app.setAdditionalProfiles("prod");
        ctx = app.run("--server.port=0",
                "--SPRING_DATASOURCE_URL=" + url,
                "--SPRING_DATASOURCE_USERNAME=" + TestDatabase.user(),
                "--SPRING_DATASOURCE_PASSWORD=" + TestDatabase.password(),
                "--JAMSOS_ADMIN_USER=kepala.it",
                "--JAMSOS_ADMIN_PASSWORD=Rahasia-Prod-2026",
                "--camunda.bpm.process-engine-name=jamsosProdTest",
                "--camunda.bpm.job-execution.enabled=false",
                "--JAMSOS_LOGIN_LOCK_MAX_SECONDS=2",
                // Camunda's webapps keep JVM-wide runtime delegates: a second context in this JVM must not replace
                // the shared test context's (its Tasklist would answer 500 once this context is closed).
                "--camunda.bpm.webapp.enabled=false");
        port = Integer.parseInt(ctx.getEnvironment().getProperty("local.server.port"));
    }

    @AfterAll
    static void stop() {
        if (ctx != null) {
            ctx.close();
        }
    }

    private ResponseEntity<JsonNode> get(String user, String password, String path) {
        return new TestRestTemplate().withBasicAuth(user, password)
                .getForEntity("http://localhost:" + port + path, JsonNode.class);
    }

    @Test
    void noDemoUsersAndNoDefaultPasswords() {
        IdentityService identity = ctx.getBean(IdentityService.class);
        assertThat(identity.createUserQuery().list()).extracting(u -> u.getId()).containsExactly("kepala.it");
        assertThat(identity.checkPassword("admin", "admin")).isFalse();
        assertThat(identity.checkPassword("lurah.6203011001", "demo")).isFalse();
        assertThat(get("admin", "admin", "/engine-rest/task").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(get("dinsos.6203", "demo", "/api/regions/6203").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void environmentAdminWorksAndRoleGroupsExist() {
        assertThat(get("kepala.it", "Rahasia-Prod-2026", "/api/regions/6203").getStatusCode()).isEqualTo(HttpStatus.OK);
        IdentityService identity = ctx.getBean(IdentityService.class);
        assertThat(identity.createGroupQuery().groupId("camat-620301").count()).isEqualTo(1);
        assertThat(identity.createGroupQuery().groupId("dinsos-6112").count()).isEqualTo(1);
        assertThat(identity.createTenantQuery().count()).isEqualTo(3);
    }

    @Test
    void outboxIsNotExposedOutsideDemo() {
        assertThat(get("kepala.it", "Rahasia-Prod-2026", "/api/outbox").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void apiDocumentationRequiresLogin() {
        for (String path : new String[]{"/v3/api-docs", "/swagger-ui.html", "/swagger-ui/index.html"}) {
            ResponseEntity<String> anonymous = new TestRestTemplate().getForEntity("http://localhost:" + port + path, String.class);
            assertThat(anonymous.getStatusCode()).as(path).isEqualTo(HttpStatus.UNAUTHORIZED);
        }
        ResponseEntity<String> docs = new TestRestTemplate().withBasicAuth("kepala.it", "Rahasia-Prod-2026")
                .getForEntity("http://localhost:" + port + "/v3/api-docs", String.class);
        assertThat(docs.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(docs.getBody()).contains("/api/");
    }

    @Test
    void apiAnswersAreNeitherSniffedNorCached() {
        // The refused login uses a user that does not exist: a wrong password would start the login delay.
        for (ResponseEntity<JsonNode> r : java.util.List.of(get("kepala.it", "Rahasia-Prod-2026", "/api/regions/6203"),
                get("tidak.ada", "salah", "/api/regions/6203"), get("kepala.it", "Rahasia-Prod-2026", "/engine-rest/task"))) {
            assertThat(r.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(r.getHeaders().getCacheControl()).contains("no-store");
        }
    }

    @Test
    void sessionCookieIsSecureInProd() {
        var web = (org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext) ctx;
        assertThat(web.getServletContext().getSessionCookieConfig().isSecure()).isTrue();
        assertThat(web.getServletContext().getSessionCookieConfig().isHttpOnly()).isTrue();
    }

    /** Wrong passwords delay the next login up to JAMSOS_LOGIN_LOCK_MAX_SECONDS (2 here); there is no permanent lock. */
    @Test
    void loginLockEndsAfterTheConfiguredTime() throws InterruptedException {
        IdentityService identity = ctx.getBean(IdentityService.class);
        var user = identity.newUser("kunci.uji");
        user.setPassword("Benar-Sekali-2026");
        identity.saveUser(user);
        try {
            for (int i = 0; i < 15; i++) {
                assertThat(identity.checkPassword("kunci.uji", "salah-" + i)).isFalse();
            }
            // Locked right now, even with the right password...
            assertThat(identity.checkPassword("kunci.uji", "Benar-Sekali-2026")).isFalse();
            Thread.sleep(2_500);
            // ...and free again after the configured time, with no administrator unlocking it.
            assertThat(identity.checkPassword("kunci.uji", "Benar-Sekali-2026")).isTrue();
        } finally {
            identity.deleteUser("kunci.uji");
        }
    }
}
