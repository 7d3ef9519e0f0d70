package id.jamsos.rentan.claim;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** bpmn/beasiswa.dmn with the DMN engine alone: eligibility rows and level rows. */
class BeasiswaDmnTest {
    static final RuleRecorder recorder = new RuleRecorder();
    static final ClaimDecisions decisions = new ClaimDecisions(recorder.engine());

    @Test
    void jkmWith36MonthsIsEligible_row01() {
        ClaimDecisions.BeasiswaEligibility e = decisions.beasiswaEligibility(ClaimType.JKM, 36);
        assertThat(e.eligible()).isTrue();
        assertThat(recorder.lastMatched).containsExactly("Rule_Eligible01");
    }

    @Test
    void jkmWith35MonthsIsNotEligible_row02() {
        ClaimDecisions.BeasiswaEligibility e = decisions.beasiswaEligibility(ClaimType.JKM, 35);
        assertThat(e.eligible()).isFalse();
        assertThat(e.reason()).contains("36");
        assertThat(recorder.lastMatched).containsExactly("Rule_Eligible02");
    }

    @Test
    void jkkHasNoMinimum_row03() {
        assertThat(decisions.beasiswaEligibility(ClaimType.JKK, 1).eligible()).isTrue();
        assertThat(recorder.lastMatched).containsExactly("Rule_Eligible03");
        assertThat(decisions.beasiswaEligibility(ClaimType.JKK, 0).eligible()).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"TK,1500000,2,Rule_Level01", "SD,1500000,6,Rule_Level02", "SMP,2000000,3,Rule_Level03",
            "SMA,3000000,3,Rule_Level04", "PT,12000000,5,Rule_Level05"})
    void levelRates(String level, long perYear, int maxYears, String rule) {
        ClaimDecisions.LevelRate r = decisions.level(level).orElseThrow();
        assertThat(r.amountPerYear()).isEqualTo(perYear);
        assertThat(r.maxYears()).isEqualTo(maxYears);
        assertThat(recorder.lastMatched).containsExactly(rule);
    }

    @Test
    void unknownLevelPaysNothing() {
        assertThat(decisions.level("TIDAK")).isEmpty();
    }

    @Test
    void levelCapsAddUpToHalfOfTheTotalCapPerChild() {
        long perChild = 0;
        for (String level : new String[]{"TK", "SD", "SMP", "SMA", "PT"}) {
            ClaimDecisions.LevelRate r = decisions.level(level).orElseThrow();
            perChild += r.amountPerYear() * r.maxYears();
        }
        // Two children through every level reach exactly the Rp174.000.000 total of the regulation.
        assertThat(2 * perChild).isEqualTo(174_000_000L);
    }

    @AfterAll
    static void everyRuleRowMatched() {
        assertThat(recorder.matched).contains("Rule_Eligible01", "Rule_Eligible02", "Rule_Eligible03",
                "Rule_Level01", "Rule_Level02", "Rule_Level03", "Rule_Level04", "Rule_Level05");
    }
}
