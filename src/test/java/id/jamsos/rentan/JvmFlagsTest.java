package id.jamsos.rentan;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The server's JVM options ({@code app.jvm.flags} in pom.xml: README "Benchmark", issue 18) are the same wherever the
 * server runs: the container image ({@code docker/Dockerfile}'s {@code JAVA_OPTS}), {@code mvn spring-boot:run} and
 * the benchmarks' JVM, so that the figures measured are those of the deployed server.
 */
class JvmFlagsTest {
    private static Element pom() throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Path.of("pom.xml").toFile())
                .getDocumentElement();
    }

    private static List<String> flags() throws Exception {
        String value = ((Element) pom().getElementsByTagName("properties").item(0))
                .getElementsByTagName("app.jvm.flags").item(0).getTextContent().trim();
        return Arrays.asList(value.split("\\s+"));
    }

    @Test
    void theFlagsStopTheJitAtC1() throws Exception {
        assertThat(flags()).contains("-XX:TieredStopAtLevel=1");
    }

    @Test
    void theContainerImageRunsWithTheSameFlags() throws Exception {
        Matcher m = Pattern.compile("JAVA_OPTS=\"([^\"]*)\"").matcher(Files.readString(Path.of("docker", "Dockerfile")));
        assertThat(m.find()).as("JAVA_OPTS in docker/Dockerfile").isTrue();
        assertThat(Arrays.asList(m.group(1).split("\\s+"))).containsAll(flags());
    }

    @Test
    void springBootRunAndTheBenchmarksUseTheProperty() throws Exception {
        String pom = Files.readString(Path.of("pom.xml"));
        assertThat(pom).contains("<jvmArguments>${app.jvm.flags}</jvmArguments>")
                .contains("<argLine>-Xmx${bench.heap} ${app.jvm.flags}</argLine>");
    }
}
