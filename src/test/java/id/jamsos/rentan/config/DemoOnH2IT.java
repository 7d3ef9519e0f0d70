package id.jamsos.rentan.config;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What `mvn spring-boot:run` does on a fresh machine: profile demo on embedded H2 (in memory here instead of
 * ./data). Proves the migrations, the engine and the demo seed also work on H2, not only on PostgreSQL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:demo-boot;DB_CLOSE_DELAY=-1",
        "camunda.bpm.process-engine-name=demoH2",
        "camunda.bpm.job-execution.enabled=false",
        // no webapps: they would replace the shared test context's JVM-wide webapp delegates
        "camunda.bpm.webapp.enabled=false"})
@ActiveProfiles("demo")
@DirtiesContext
class DemoOnH2IT {
    @Autowired
    IdentityService identity;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RepositoryService repository;
    @Autowired
    id.jamsos.rentan.budget.CoverageService coverage;

    @Test
    void demoSeedIsComplete() {
        assertThat(identity.checkPassword("lurah.6203011001", "demo")).isTrue();
        assertThat(identity.checkPassword("admin", "admin")).isTrue();
        for (String regency : new String[]{"6203", "6208", "6112"}) {
            for (String role : new String[]{"dinsos", "kadinsos", "hukum", "tapd", "sekda", "bpjs", "kacab", "supervisor"}) {
                assertThat(identity.createUserQuery().userId(role + "." + regency).memberOfGroup(role + "-" + regency).count())
                        .as(role + "." + regency).isEqualTo(1);
                assertThat(identity.createUserQuery().userId(role + "." + regency).singleResult().getEmail()).contains("@");
            }
            assertThat(jdbc.queryForObject("select count(*) from pks_agreement where regency_code = ? and status = 'ACTIVE' and payer = 'DINSOS_APBD'",
                    Integer.class, regency)).isEqualTo(1);
            assertThat(jdbc.queryForObject("select count(*) from member where regency_code = ? and status = 'ACTIVE'",
                    Integer.class, regency)).isGreaterThanOrEqualTo(20);
            assertThat(jdbc.queryForObject("select count(*) from member where regency_code = ? and contribution_months > 36",
                    Integer.class, regency)).isPositive();
            assertThat(jdbc.queryForObject("select count(*) from member where regency_code = ? and contribution_months < 36",
                    Integer.class, regency)).isPositive();
            // At least two kecamatan with a camat, each with two villages with a lurah.
            Integer kecamatanWithTwoVillages = jdbc.queryForObject("""
                    select count(*) from (select parent_code from region where level = 'VILLAGE' and code like ?
                    group by parent_code having count(*) >= 2) k""", Integer.class, regency + "%");
            assertThat(kecamatanWithTwoVillages).isGreaterThanOrEqualTo(2);
        }
        assertThat(identity.createUserQuery().userId("camat.620301").count()).isEqualTo(1);
        // Issue 18: every real village of the three regencies (the shipped Kemendagri list) with its Lurah group;
        // the Dinsos program's demo members live in real villages; the contract's lurah.6203011001 still has its village.
        List<String> real = id.jamsos.rentan.support.RealVillages.codes();
        assertThat(real).hasSize(386);
        assertThat(jdbc.queryForObject("select count(*) from region where level = 'VILLAGE' and retired_at is null and code in ("
                + String.join(",", real.stream().map(c -> "'" + c + "'").toList()) + ")", Integer.class)).isEqualTo(386);
        assertThat(identity.createGroupQuery().groupId("lurah-6203011007").count()).isEqualTo(1);
        assertThat(identity.createGroupQuery().groupId("lurah-6112092015").count()).isEqualTo(1);
        // The Dinsos program's members (the other payers' demo programs belong to the contract's village 6203011001
        // and to Sukamara's Kesbangpol, issue 16).
        assertThat(jdbc.queryForList("select distinct village_code from member where pks_number in "
                + "(select pks_number from pks_agreement where payer = 'DINSOS_APBD')", String.class)).isNotEmpty()
                .allSatisfy(v -> assertThat(real).contains(v));
        assertThat(identity.createUserQuery().userId("lurah.6203011001").memberOfGroup("lurah-6203011001").count()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from region where code = '6203011001'", Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select quota from pks_agreement where regency_code = '6203' and payer = 'DINSOS_APBD'", Integer.class))
                .isEqualTo(5000);
        // DOMAIN "Regions": ~43% of Kapuas's vulnerable workers covered in 2025 (issue 13: the Sekda's figure).
        var kapuas = coverage.of("6203", java.time.LocalDate.now(java.time.ZoneId.of("Asia/Jakarta")).getYear());
        assertThat(kapuas.population()).isEqualTo(63);
        assertThat(kapuas.coveragePercent()).isEqualByComparingTo("42.86");
        assertThat(kapuas.byKecamatan()).filteredOn(k -> k.population() != null)
                .extracting(k -> k.coveragePercent().toPlainString()).containsOnly("42.86");
    }

    @Test
    void formsAreDeployedWithTheProcesses() {
        var deployments = repository.createDeploymentQuery().list();
        assertThat(deployments).isNotEmpty();
        var resources = deployments.stream()
                .flatMap(d -> repository.getDeploymentResourceNames(d.getId()).stream()).toList();
        assertThat(resources).anyMatch(n -> n.endsWith(".bpmn"));
        assertThat(resources).anyMatch(n -> n.endsWith(".form") || n.endsWith(".html"));
    }
}
