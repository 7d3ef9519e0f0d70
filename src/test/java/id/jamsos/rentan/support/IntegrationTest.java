package id.jamsos.rentan.support;

import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.fail;

/**
 * Base of every integration test: the whole application with demo data on the real PostgreSQL, mail
 * over SMTP to GreenMail, a real HTTP port. Subclasses share one Spring context (same configuration),
 * so keep test data unique per test (own NIKs, own batch) rather than resetting between tests. A test whose
 * outcome depends on the day (enrollment books on the PKS in force) pins {@link #clock}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@Import(TestClock.Config.class)
public abstract class IntegrationTest {

    /** The application's clock; pin the day where the result depends on it (see {@link TestClock}). */
    @Autowired
    protected TestClock clock;

    @AfterEach
    void releaseClock() {
        clock.reset();
    }

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestDatabase.resetOnce(TestDatabase.url());
        registry.add("spring.mail.port", () -> TestMail.server().getSmtp().getPort());
    }

    protected String baseUrl() {
        return "http://localhost:" + port;
    }

    /** HTTP client logged in as a user of the demo seed. */
    protected TestRestTemplate as(String user, String password) {
        return new TestRestTemplate(user, password).withBasicAuth(user, password);
    }

    protected TestRestTemplate as(String user) {
        return as(user, user.equals("admin") ? "admin" : "demo");
    }

    protected TestRestTemplate anonymous() {
        return new TestRestTemplate();
    }

    protected String url(String path) {
        return baseUrl() + path;
    }

    /** Waits for background work (job executor, outbox sender) instead of sleeping a fixed time. */
    public static void await(Duration timeout, String what, BooleanSupplier condition) {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            if (condition.getAsBoolean()) {
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        if (!condition.getAsBoolean()) {
            fail("Timed out after " + timeout + " waiting for: " + what);
        }
    }
}
