package id.jamsos.rentan.faults;

import id.jamsos.rentan.support.TestDatabase;
import id.jamsos.rentan.support.TestMail;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application accepts traffic only when it is ready (issue 12: a login in the first seconds after the page
 * answered got "Nama pengguna atau kata sandi salah" because the demo users did not exist yet). A fresh node on an
 * empty database is polled from the moment its JVM starts: until it is ready every request answers 503 problem+json
 * with {@code Retry-After} and {@code /actuator/health/readiness} says OUT_OF_SERVICE; the first answer that is not
 * 503 is a successful login of {@code dinsos.6203}, and the welcome page answers from then on.
 */
class StartupReadinessIT {
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    record Answer(int status, String retryAfter, String body) {
    }

    static Answer get(String url, String user) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20)).GET();
            if (user != null) {
                b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
            }
            HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(r.statusCode(), r.headers().firstValue("Retry-After").orElse(null), r.body());
        } catch (java.io.IOException e) {
            return null; // not listening yet
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void noRequestIsServedBeforeIdentitiesAndDemoDataExist() throws Exception {
        String db = TestDatabase.sibling("startup");
        TestDatabase.resetOnce(db);
        AppProcess app = new AppProcess(db, TestMail.server().getSmtp().getPort(), AppProcess.logFile("startup-readiness"));
        app.launch();
        List<Answer> early = new ArrayList<>();
        List<Answer> earlyReadiness = new ArrayList<>();
        Answer firstServed = null;
        try {
            long end = System.nanoTime() + Duration.ofMinutes(4).toNanos();
            while (System.nanoTime() < end && firstServed == null) {
                assertThat(app.alive()).as("app still running (see target/fault-logs/startup-readiness.log)").isTrue();
                Answer me = get(app.url("/api/me"), "dinsos.6203");
                if (me != null && me.status() == 503) {
                    early.add(me);
                    Answer readiness = get(app.url("/actuator/health/readiness"), null);
                    if (readiness != null) {
                        earlyReadiness.add(readiness);
                    }
                    Answer welcome = get(app.url("/camunda/app/welcome/default/"), null);
                    if (welcome != null) {
                        early.add(welcome);
                    }
                } else if (me != null) {
                    firstServed = me;
                }
                Thread.sleep(50);
            }
            assertThat(firstServed).as("the node became ready").isNotNull();
            assertThat(firstServed.status()).as("first served answer is a successful login: " + firstServed.body()).isEqualTo(200);
            assertThat(firstServed.body()).contains("dinsos.6203");
            assertThat(early).as("the node answered before it was ready, with 503").isNotEmpty();
            // An early welcome page may already be ready by the time it is asked; every other early answer is 503.
            assertThat(early.stream().filter(a -> a.status() != 200)).allSatisfy(a -> {
                assertThat(a.status()).isEqualTo(503);
                assertThat(a.retryAfter()).isNotBlank();
                assertThat(a.body()).contains("Sistem sedang dimulai");
            });
            assertThat(earlyReadiness.stream().filter(a -> a.status() == 503)).as("readiness said so while starting").isNotEmpty();
            assertThat(earlyReadiness.stream().filter(a -> a.status() == 503)).allSatisfy(a ->
                    assertThat(a.body()).contains("OUT_OF_SERVICE"));
            Answer readiness = get(app.url("/actuator/health/readiness"), null);
            assertThat(readiness.status()).isEqualTo(200);
            assertThat(readiness.body()).contains("UP");
            assertThat(get(app.url("/camunda/app/welcome/default/"), null).status()).isEqualTo(200);
        } finally {
            app.stop();
        }
    }
}
