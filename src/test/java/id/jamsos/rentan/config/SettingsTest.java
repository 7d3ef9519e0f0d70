package id.jamsos.rentan.config;

import id.jamsos.rentan.budget.BudgetSettings;
import id.jamsos.rentan.citizen.CitizenSettings;
import id.jamsos.rentan.claim.ClaimSettings;
import id.jamsos.rentan.common.CalendarSettings;
import id.jamsos.rentan.common.ProgramSettings;
import id.jamsos.rentan.enrollment.EnrollmentSettings;
import id.jamsos.rentan.notification.AddressSettings;
import id.jamsos.rentan.notification.MailSettings;
import id.jamsos.rentan.pks.PksSettings;
import id.jamsos.rentan.premium.PremiumSettings;
import id.jamsos.rentan.region.RegionSettings;
import id.jamsos.rentan.verification.VerificationSettings;
import id.jamsos.rentan.web.UploadSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.unit.DataSize;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15 "Typed settings": every {@code jamsos.*} group binds to one validated {@code @ConfigurationProperties}
 * record, with the values of the YAML files (the one place of the defaults), in every profile; a missing or
 * invalid value or an unknown key fails the start with the key in the message; no Java default remains. The
 * integration tests run with "demo,test".
 * Binds the real files through Spring Boot's config data loading (application.yml and its imports), without
 * starting the application.
 */
class SettingsTest {
    /** Keys under {@code jamsos} that no record binds on purpose: the demo seeder's password (demo profile only). */
    static final Set<String> UNBOUND_GROUPS = Set.of("demo");

    @Configuration(proxyBeanMethods = false)
    @ConfigurationPropertiesScan("id.jamsos.rentan")
    static class AllSettings {
    }

    static ApplicationContextRunner runner(String profile, String... properties) {
        return new ApplicationContextRunner()
                .withInitializer(new ConfigDataApplicationContextInitializer())
                .withPropertyValues("spring.profiles.active=" + profile)
                .withPropertyValues(properties)
                .withUserConfiguration(AllSettings.class);
    }

    static List<Class<?>> settingsClasses() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scan = new ClassPathScanningCandidateComponentProvider(false);
        scan.addIncludeFilter(new AnnotationTypeFilter(ConfigurationProperties.class));
        List<Class<?>> out = new ArrayList<>();
        for (BeanDefinition d : scan.findCandidateComponents("id.jamsos.rentan")) {
            out.add(Class.forName(d.getBeanClassName()));
        }
        return out;
    }

    static String prefix(Class<?> c) {
        ConfigurationProperties a = c.getAnnotation(ConfigurationProperties.class);
        return a.prefix().isEmpty() ? a.value() : a.prefix();
    }

    @ParameterizedTest
    @ValueSource(strings = {"demo", "prod", "test", "demo,test"})
    void everyRecordBindsAndValidatesInEveryProfile(String profile) throws ClassNotFoundException {
        List<Class<?>> classes = settingsClasses();
        assertThat(classes).hasSizeGreaterThanOrEqualTo(14);
        runner(profile).run(ctx -> {
            assertThat(ctx).hasNotFailed();
            for (Class<?> c : classes) {
                assertThat(ctx).as(c.getName()).hasSingleBean(c);
                assertThat(c.isRecord()).as(c.getName() + " is a record").isTrue();
            }
            ProgramSettings program = ctx.getBean(ProgramSettings.class);
            assertThat(program.minAge()).isEqualTo(18);
            assertThat(program.maxAge()).isEqualTo(65);
            assertThat(program.premiumPerMonth()).isEqualTo(16_800L);
            assertThat(program.registeredMonthlyIncome()).isEqualTo(1_000_000L);
            VerificationSettings v = ctx.getBean(VerificationSettings.class);
            assertThat(v.maxRows()).isEqualTo(20_000);
            assertThat(v.sla().lurahDays()).isEqualTo(7);
            assertThat(v.sla().importReviewDays()).isEqualTo(2);
            assertThat(v.dtks().mode()).isEqualTo("simulator");
            assertThat(v.dtks().simulatorSnapshotDate()).isEqualTo(LocalDate.of(2026, 10, 1));
            assertThat(ctx.getBean(CalendarSettings.class).holidays()).contains(LocalDate.of(2026, 8, 17))
                    .hasSizeGreaterThan(20);
            ClaimSettings claim = ctx.getBean(ClaimSettings.class);
            assertThat(claim.approvalThreshold()).isEqualTo(50_000_000L);
            assertThat(claim.beasiswa().schoolYearStart()).isEqualTo(MonthDay.of(7, 15));
            assertThat(claim.bank().apiKey()).isEmpty();
            assertThat(ctx.getBean(BudgetSettings.class).candidateCoveragePercents())
                    .containsExactly(40, 50, 60, 75, 100);
            assertThat(ctx.getBean(RegionSettings.class).regencies()).containsExactly("6203", "6208", "6112");
            // Issue 18: the demo imports the shipped list of real villages too (as production).
            assertThat(ctx.getBean(RegionSettings.class).loadReferenceData()).isTrue();
            assertThat(ctx.getBean(UploadSettings.class).maxFileSize()).isEqualTo(DataSize.ofMegabytes(10));
            assertThat(ctx.getBean(PksSettings.class).segment()).isEqualTo("PEMERINTAH_APBD");
            assertThat(ctx.getBean(PremiumSettings.class).dueDay()).isEqualTo(15);
            assertThat(ctx.getBean(EnrollmentSettings.class).bpjs().mode()).isEqualTo("simulator");
            assertThat(ctx.getBean(CitizenSettings.class).civilRegistry().cron()).isEqualTo("0 0 2 * * *");
            // The profiles' overrides reach the records.
            SecuritySettings security = ctx.getBean(SecuritySettings.class);
            assertThat(security.cookieSecure()).isEqualTo("prod".equals(profile));
            assertThat(security.apiDocsPublic()).isEqualTo(!"prod".equals(profile));
            assertThat(ctx.getBean(RetrySettings.class).externalCall())
                    .isEqualTo(profile.contains("test") ? "R2/PT1S" : "R5/PT1M");
            assertThat(ctx.getBean(MailSettings.class).maxAttempts()).isEqualTo(profile.contains("test") ? 20 : 8);
            assertThat(ctx.getBean(AddressSettings.class).baseUrl())
                    .isEqualTo("prod".equals(profile) ? "" : "http://localhost:8080");
        });
    }

    @Test
    void anInvalidValueFailsTheStartNamingTheKey() {
        runner("demo", "jamsos.program.min-age=0").run(ctx -> {
            assertThat(ctx).hasFailed();
            assertThat(messages(ctx.getStartupFailure())).contains("jamsos.program").contains("minAge")
                    .contains("rejected value [0]");
        });
        runner("demo", "jamsos.program.min-age=70").run(ctx -> assertThat(messages(ctx.getStartupFailure()))
                .contains("min-age tidak boleh lebih besar dari max-age"));
        runner("demo", "jamsos.verification.dtks.mode=htp").run(ctx -> assertThat(messages(ctx.getStartupFailure()))
                .contains("jamsos.verification").contains("dtks.mode"));
        runner("demo", "jamsos.claim.beasiswa.school-year-start=15 Juli").run(ctx ->
                assertThat(messages(ctx.getStartupFailure())).contains("jamsos.claim.beasiswa.school-year-start"));
    }

    @Test
    void aMissingValueFailsTheStart() {
        runner("demo", "jamsos.verification.max-rows=").run(ctx -> {
            assertThat(ctx).hasFailed();
            assertThat(messages(ctx.getStartupFailure())).contains("jamsos.verification").contains("maxRows");
        });
        runner("prod", "jamsos.upload.max-file-size=").run(ctx -> assertThat(ctx).hasFailed());
    }

    @Test
    void aMisspelledKeyInsideAGroupFailsTheStart() {
        runner("demo", "jamsos.verification.sla.lurah-dayz=3").run(ctx -> {
            assertThat(ctx).hasFailed();
            assertThat(messages(ctx.getStartupFailure())).contains("jamsos.verification.sla.lurah-dayz");
        });
        runner("demo", "jamsos.security.cookie-secur=true").run(ctx ->
                assertThat(messages(ctx.getStartupFailure())).contains("jamsos.security.cookie-secur"));
    }

    /**
     * A misspelled group ({@code jamsos.verificaton.*}) binds to no record, so the records cannot refuse it: every
     * key under {@code jamsos} in the shipped and test YAML files must start with a record's prefix.
     */
    @Test
    void everyKeyOfTheYamlFilesBelongsToARecord() throws Exception {
        Set<String> prefixes = new TreeSet<>();
        for (Class<?> c : settingsClasses()) {
            prefixes.add(prefix(c));
        }
        assertThat(prefixes).contains("jamsos.program", "jamsos.verification", "jamsos.claim", "jamsos");
        List<String> keys = yamlKeys();
        assertThat(keys).contains("jamsos.program.min-age", "jamsos.verification.sla.lurah-days",
                "jamsos.calendar.holidays[0]", "jamsos.base-url");
        assertThat(unknown(keys, prefixes)).isEmpty();
        assertThat(unknown(List.of("jamsos.verificaton.max-rows", "jamsos.base-ur", "jamsos.program.min-age"),
                prefixes)).containsExactly("jamsos.verificaton.max-rows", "jamsos.base-ur");
    }

    /** Defaults in one place: no {@code @Value} outside the demo seeder, no {@code ${jamsos.x:default}} in Java. */
    @Test
    void noSettingHasAJavaDefault() throws IOException {
        Pattern javaDefault = Pattern.compile("\\$\\{jamsos\\.[a-z0-9.-]+:");
        List<String> offending = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String src = Files.readString(f);
                Matcher m = javaDefault.matcher(src);
                if (m.find()) {
                    offending.add(f + ": " + m.group());
                }
                if (src.contains("@Value(") && !f.endsWith(Path.of("demo", "DemoDataSeeder.java"))) {
                    offending.add(f + ": @Value");
                }
            }
        }
        assertThat(offending).isEmpty();
    }

    /** Keys under {@code jamsos.} that neither are a record's bound group nor one of {@link #UNBOUND_GROUPS}. */
    static List<String> unknown(List<String> keys, Set<String> prefixes) {
        return keys.stream().filter(k -> k.startsWith("jamsos."))
                .filter(k -> UNBOUND_GROUPS.stream().noneMatch(g -> k.startsWith("jamsos." + g + ".")))
                .filter(k -> prefixes.stream().filter(p -> !p.equals("jamsos"))
                        .noneMatch(p -> k.startsWith(p + ".")))
                .filter(k -> !k.equals("jamsos.base-url"))
                .collect(Collectors.toList());
    }

    static List<String> yamlKeys() throws IOException {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        List<Resource> files = new ArrayList<>();
        files.addAll(List.of(resolver.getResources("classpath*:application*.yml")));
        files.addAll(List.of(resolver.getResources("classpath*:config/*.yml")));
        assertThat(files).hasSizeGreaterThanOrEqualTo(12);
        List<String> keys = new ArrayList<>();
        YamlPropertySourceLoader loader = new YamlPropertySourceLoader();
        for (Resource r : files) {
            for (PropertySource<?> s : loader.load(r.getFilename(), r)) {
                keys.addAll(List.of(((EnumerablePropertySource<?>) s).getPropertyNames()));
            }
        }
        return keys;
    }

    static String messages(Throwable t) {
        StringBuilder sb = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause()) {
            sb.append(c.getMessage()).append('\n');
        }
        return sb.toString();
    }
}
