package id.jamsos.rentan.common;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Indonesian names with typographic apostrophes (issue 13 "Indonesian names"). */
class TextRulesTest {

    @Test
    void apostropheVariantsBecomeThePlainApostrophe() {
        for (String variant : new String[]{"\u2019", "\u2018", "\u02BC", "`", "\u2032", "\u00B4"}) {
            assertThat(TextRules.normalizeApostrophes("Ma" + variant + "ruf")).as(variant).isEqualTo("Ma'ruf");
        }
        assertThat(TextRules.normalizeApostrophes("Budi")).isEqualTo("Budi");
        assertThat(TextRules.normalizeApostrophes(null)).isNull();
    }

    @Test
    void personNamesWithTypographicApostrophesAreAccepted() {
        assertThat(TextRules.personName("Nur\u2019aini")).isNull();
        assertThat(TextRules.personName("Ma\u02BCruf")).isNull();
        assertThat(TextRules.personName("=HYPERLINK(1)")).isNotNull();
    }
}
