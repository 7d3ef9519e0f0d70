package id.jamsos.rentan.faults;

import id.jamsos.rentan.support.IntegrationTest;
import org.springframework.boot.test.web.client.TestRestTemplate;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The application as a separate JVM (same classpath as the tests), so a test can SIGKILL it like a crashed node. */
final class AppProcess {
    final int port;
    private final List<String> args;
    private final Path log;
    private Process process;

    /** The child is a JVM of its own: its engine keeps the name "default", which engine-rest serves. */
    AppProcess(String dbUrl, int smtpPort, Path log, String... extra) {
        this.port = freePort();
        this.log = log;
        this.args = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-cp", classpath(),
                "-Dspring.profiles.active=demo,test",
                "id.jamsos.rentan.JamsosApplication",
                "--server.port=" + port, "--spring.datasource.url=" + dbUrl,
                "--spring.mail.port=" + smtpPort));
        this.args.addAll(List.of(extra));
    }

    /** Starts the JVM without waiting for it to answer (to watch the start itself). */
    AppProcess launch() throws IOException {
        process = new ProcessBuilder(args).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        return this;
    }

    boolean alive() {
        return process != null && process.isAlive();
    }

    AppProcess start() throws IOException {
        launch();
        TestRestTemplate http = new TestRestTemplate();
        IntegrationTest.await(Duration.ofMinutes(3), "app on port " + port + " up (log " + log + ")", () -> {
            if (!process.isAlive()) {
                throw new IllegalStateException("app exited, see " + log);
            }
            try {
                // Readiness: identities and demo data exist (until then every other request answers 503).
                return http.getForEntity(url("/actuator/health/readiness"), String.class).getStatusCode().is2xxSuccessful();
            } catch (Exception e) {
                return false;
            }
        });
        return this;
    }

    /** SIGKILL: no shutdown hook, no graceful stop, like a node that loses power. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            process.waitFor();
        }
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Surefire's own list of entries; its booter jar's manifest would also put the project root on the path. */
    static String classpath() {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return String.join(File.pathSeparator, java.util.Arrays.stream(cp.split(File.pathSeparator))
                .filter(e -> !e.isBlank() && !e.equals(".")).toList());
    }

    static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path logFile(String name) {
        File dir = new File("target/fault-logs");
        dir.mkdirs();
        return dir.toPath().resolve(name + ".log");
    }
}
