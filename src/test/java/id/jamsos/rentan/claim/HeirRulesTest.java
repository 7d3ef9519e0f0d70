package id.jamsos.rentan.claim;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Legal order: only the first group present is paid. */
class HeirRulesTest {

    @Test
    void spouseAndChildrenComeFirstEvenWithEveryOtherRelative() {
        assertThat(HeirRules.firstPresentGroup(List.of(Relation.WILL, Relation.PARENT_IN_LAW, Relation.SIBLING,
                Relation.PARENT, Relation.CHILD)).getAsInt()).isEqualTo(1);
        assertThat(HeirRules.firstPresentGroup(List.of(Relation.SIBLING, Relation.SPOUSE)).getAsInt()).isEqualTo(1);
    }

    @Test
    void parentsGrandchildrenAndGrandparentsAreTheSecondGroup() {
        assertThat(HeirRules.firstPresentGroup(List.of(Relation.SIBLING, Relation.PARENT)).getAsInt()).isEqualTo(2);
        assertThat(HeirRules.firstPresentGroup(List.of(Relation.GRANDCHILD, Relation.WILL)).getAsInt()).isEqualTo(2);
        assertThat(HeirRules.firstPresentGroup(List.of(Relation.PARENT_IN_LAW, Relation.GRANDPARENT)).getAsInt()).isEqualTo(2);
    }

    @Test
    void siblingsAreTheThirdGroup() {
        assertThat(HeirRules.firstPresentGroup(List.of(Relation.WILL, Relation.PARENT_IN_LAW, Relation.SIBLING)).getAsInt())
                .isEqualTo(3);
    }

    @Test
    void parentsInLawAreTheFourthGroup() {
        assertThat(HeirRules.firstPresentGroup(List.of(Relation.WILL, Relation.PARENT_IN_LAW)).getAsInt()).isEqualTo(4);
    }

    @Test
    void aPersonNamedInAWillIsTheLastGroup() {
        assertThat(HeirRules.firstPresentGroup(List.of(Relation.WILL)).getAsInt()).isEqualTo(5);
    }

    @Test
    void noHeirAndNoWillMeansNoGroup() {
        assertThat(HeirRules.firstPresentGroup(List.of())).isEmpty();
    }

    @Test
    void sharesAreEqualWholeRupiahAndAddUp() {
        assertThat(HeirRules.split(20_000_000, 3)).containsExactly(6_666_667L, 6_666_667L, 6_666_666L);
        assertThat(HeirRules.split(10_000_000, 2)).containsExactly(5_000_000L, 5_000_000L);
        assertThat(HeirRules.split(12_000_000, 1)).containsExactly(12_000_000L);
    }
}
