package id.jamsos.rentan;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import id.jamsos.rentan.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fast tests first: {@code mvn test} (Surefire, {@code *Test}) runs unit, DMN, process and architecture tests
 * only; every test that starts the application (Spring Boot test, {@link IntegrationTest}, a second node, a child
 * JVM) or a browser is named {@code *IT} and runs in Failsafe during {@code mvn verify}. This test finds the
 * slow ones by what they use, so a new one named {@code *Test} is caught before it slows {@code mvn test} down.
 */
class TestNamingTest {
    private static final Set<String> STARTERS = Set.of("org.springframework.boot.SpringApplication",
            "org.springframework.boot.builder.SpringApplicationBuilder", JamsosApplication.class.getName(),
            "id.jamsos.rentan.faults.AppProcess", "id.jamsos.rentan.support.Browser");

    @Test
    void testsThatStartTheApplicationOrABrowserAreNamedIT() {
        JavaClasses tests = new ClassFileImporter().withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
                .importPackages("id.jamsos.rentan");
        Set<String> slow = new TreeSet<>();
        for (JavaClass c : tests) {
            JavaClass top = topLevel(c);
            if (top.getPackageName().endsWith(".support") || top.getPackageName().endsWith(".bench")
                    || top.getModifiers().contains(JavaModifier.ABSTRACT) || top.isEquivalentTo(TestNamingTest.class)) {
                continue;
            }
            if (c.isAssignableTo(IntegrationTest.class) || c.isAnnotatedWith(SpringBootTest.class)
                    || c.getDirectDependenciesFromSelf().stream().map(d -> d.getTargetClass())
                    .anyMatch(t -> STARTERS.contains(t.getName()) || t.getPackageName().startsWith("org.openqa.selenium"))) {
                slow.add(top.getSimpleName());
            }
        }
        // The detection itself must work: these are known to start the application, a browser or a second node.
        assertThat(slow).contains("BadInputIT", "WebappBrowserIT", "TwoNodeClusterIT", "NodeCrashIT", "DemoOnH2IT");
        assertThat(slow).as("tests that start the application or a browser must be named *IT (Failsafe)")
                .allMatch(name -> name.endsWith("IT"));
    }

    private static JavaClass topLevel(JavaClass c) {
        JavaClass top = c;
        while (top.getEnclosingClass().isPresent()) {
            top = top.getEnclosingClass().get();
        }
        return top;
    }
}
