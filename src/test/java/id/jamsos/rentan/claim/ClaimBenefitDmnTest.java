package id.jamsos.rentan.claim;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** bpmn/claim-benefit.dmn with the DMN engine alone: each rule row, and at the end proof that all 12 matched. */
class ClaimBenefitDmnTest {
    static final RuleRecorder recorder = new RuleRecorder();
    static final ClaimDecisions decisions = new ClaimDecisions(recorder.engine());

    @Test
    void jkmWithHeirsPaysLumpSumPeriodicAndFuneralToHeirs_rows01to03() {
        List<ClaimDecisions.BenefitRow> rows = decisions.benefits(ClaimType.JKM, true, null);
        assertThat(rows).containsExactly(
                new ClaimDecisions.BenefitRow("LUMP_SUM", 20_000_000, "HEIRS"),
                new ClaimDecisions.BenefitRow("PERIODIC", 12_000_000, "HEIRS"),
                new ClaimDecisions.BenefitRow("FUNERAL", 10_000_000, "HEIRS"));
        assertThat(rows.stream().mapToLong(ClaimDecisions.BenefitRow::amount).sum()).isEqualTo(42_000_000);
        assertThat(recorder.lastMatched).containsExactly("Rule_Benefit01", "Rule_Benefit02", "Rule_Benefit03");
    }

    @Test
    void jkmWithoutHeirsPaysOnlyFuneralToBurierRestStaysInFund_rows04to06() {
        List<ClaimDecisions.BenefitRow> rows = decisions.benefits(ClaimType.JKM, false, null);
        assertThat(rows).containsExactly(
                new ClaimDecisions.BenefitRow("LUMP_SUM", 20_000_000, "FUND"),
                new ClaimDecisions.BenefitRow("PERIODIC", 12_000_000, "FUND"),
                new ClaimDecisions.BenefitRow("FUNERAL", 10_000_000, "BURIER"));
        assertThat(recorder.lastMatched).containsExactly("Rule_Benefit04", "Rule_Benefit05", "Rule_Benefit06");
    }

    @Test
    void jkkDeathWithHeirsPays48TimesIncomePlusPeriodicAndFuneral_rows07to09() {
        List<ClaimDecisions.BenefitRow> rows = decisions.benefits(ClaimType.JKK, true, 1_750_000L);
        assertThat(rows).containsExactly(
                new ClaimDecisions.BenefitRow("DEATH_COMPENSATION", 84_000_000, "HEIRS"),
                new ClaimDecisions.BenefitRow("PERIODIC", 12_000_000, "HEIRS"),
                new ClaimDecisions.BenefitRow("FUNERAL", 10_000_000, "HEIRS"));
        assertThat(recorder.lastMatched).containsExactly("Rule_Benefit07", "Rule_Benefit08", "Rule_Benefit09");
    }

    @Test
    void jkkDeathWithoutHeirs_rows10to12() {
        List<ClaimDecisions.BenefitRow> rows = decisions.benefits(ClaimType.JKK, false, 1_000_000L);
        assertThat(rows).containsExactly(
                new ClaimDecisions.BenefitRow("DEATH_COMPENSATION", 48_000_000, "FUND"),
                new ClaimDecisions.BenefitRow("PERIODIC", 12_000_000, "FUND"),
                new ClaimDecisions.BenefitRow("FUNERAL", 10_000_000, "BURIER"));
        assertThat(recorder.lastMatched).containsExactly("Rule_Benefit10", "Rule_Benefit11", "Rule_Benefit12");
    }

    @Test
    void jkkAmountIsWholeRupiahForAnOddIncome() {
        List<ClaimDecisions.BenefitRow> rows = decisions.benefits(ClaimType.JKK, true, 1_234_567L);
        assertThat(rows.get(0).amount()).isEqualTo(48L * 1_234_567L);
    }

    @AfterAll
    static void everyRuleRowMatched() {
        Set<String> all = IntStream.rangeClosed(1, 12).mapToObj(i -> String.format("Rule_Benefit%02d", i))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(recorder.matched).containsAll(all);
    }
}
