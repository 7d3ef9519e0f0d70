package id.jamsos.rentan.claim;

import id.jamsos.rentan.enrollment.Member;
import id.jamsos.rentan.enrollment.MemberRepository;
import id.jamsos.rentan.support.IntegrationTest;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.Deployment;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static id.jamsos.rentan.claim.ClaimTestData.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13, "the deployed decision tables decide": an administrator deploys a changed {@code claim-benefit.dmn}
 * (here through the RepositoryService, as Modeler, Cockpit or engine-rest do) for one regency's tenant; the next
 * claim of that regency pays the new amount, other regencies keep the shared table, and the decision history
 * (Cockpit) names the version that decided.
 */
class ClaimDecisionDeploymentIT extends IntegrationTest {
    @Autowired
    ClaimService service;
    @Autowired
    ClaimRepository claims;
    @Autowired
    MemberRepository members;
    @Autowired
    RepositoryService repository;
    @Autowired
    HistoryService history;

    String claim(String regency) {
        Member m = ClaimTestData.member(members, 40);
        String n = "KLM-" + regency + "-" + TODAY.getYear() + "-D" + ClaimTestData.next();
        claims.insert(new Claim(n, regency, m.membershipNumber(), ClaimType.JKM, TODAY.minusDays(1), null, null,
                ClaimStatus.CHECKING_DOCUMENTS, true, "uji", null, null, null, null, null, null, null, null, "uji"));
        claims.insertHeir(n, new ClaimRequest.HeirInput("Istri " + n, "6203011505850001", "SPOUSE",
                LocalDate.of(1986, 1, 1), "BNI", "9876500" + String.format("%03d", ClaimTestData.next() % 1000), null),
                Relation.SPOUSE);
        return n;
    }

    @Test
    void aNewlyDeployedBenefitTableDecidesTheNextClaim() throws IOException {
        // PP 82/2019 (DOMAIN "Benefits"): JKM with heirs = Rp20.000.000 + 12.000.000 + 10.000.000 = Rp42.000.000.
        assertThat(service.computeBenefits(claim("6208"), "t").totalPayable()).isEqualTo(42_000_000L);

        String dmn;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("bpmn/claim-benefit.dmn")) {
            dmn = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String changed = dmn.replace("<outputEntry id=\"Rule_Benefit01_out1\"><text>20000000</text>",
                "<outputEntry id=\"Rule_Benefit01_out1\"><text>25000000</text>");
        assertThat(changed).isNotEqualTo(dmn);
        Deployment d = repository.createDeployment().name("santunan baru 6208").tenantId("6208")
                .addString("claim-benefit.dmn", changed).deploy();
        try {
            DecisionDefinition latest = repository.createDecisionDefinitionQuery().decisionDefinitionKey("claimBenefit")
                    .tenantIdIn("6208").latestVersion().singleResult();
            assertThat(latest.getDeploymentId()).isEqualTo(d.getId());

            String next = claim("6208");
            assertThat(service.computeBenefits(next, "t").totalPayable()).isEqualTo(47_000_000L);
            assertThat(service.benefits(next)).filteredOn(b -> b.kind().equals("LUMP_SUM"))
                    .extracting(Benefit::amount).containsExactly(25_000_000L);
            // Cockpit's decision history shows the version that decided.
            assertThat(history.createHistoricDecisionInstanceQuery().decisionDefinitionId(latest.getId()).count())
                    .isPositive();
            // Another regency keeps the shared table.
            assertThat(service.computeBenefits(claim("6203"), "t").totalPayable()).isEqualTo(42_000_000L);
        } finally {
            repository.deleteDeployment(d.getId(), true);
        }
        assertThat(service.computeBenefits(claim("6208"), "t").totalPayable()).isEqualTo(42_000_000L);
    }
}
