package id.jamsos.rentan.boundary;

import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a form may send back unchanged (issue 12: tasks take only their declared inputs, but Tasklist's embedded
 * forms send back every variable they read): equal values pass, anything else or anything not comparable is a
 * refusal, never an exception.
 */
class CallerCommandGuardTest {

    @Test
    void jsonListsSentBackAsTheTaskHoldsThemAreTheSameWhateverTheirFormatting() {
        String stored = "[{\"id\":8,\"name\":\"Siti\"},{\"id\":9,\"name\":\"Budi\"}]";
        Object current = Variables.serializedObjectValue(stored).serializationDataFormat("application/json")
                .objectTypeName("java.util.ArrayList").create();
        String sent = "[ {\"id\": 8, \"name\": \"Siti\"}, {\"id\": 9, \"name\": \"Budi\"} ]";
        assertThat(CallerCommandGuard.sameValue(sent, current)).isTrue();
        assertThat(CallerCommandGuard.sameValue(List.of(Map.of("id", 8, "name", "Siti"),
                Map.of("id", 9, "name", "Budi")), current)).isTrue();
    }

    @Test
    void aChangedListIsNotTheSame() {
        Object current = Variables.serializedObjectValue("[{\"id\":8}]").serializationDataFormat("application/json")
                .objectTypeName("java.util.ArrayList").create();
        assertThat(CallerCommandGuard.sameValue("[{\"id\":7}]", current)).isFalse();
    }

    @Test
    void numbersCompareByValueAndBlanksAreEqual() {
        assertThat(CallerCommandGuard.sameValue(Variables.longValue(5L), 5)).isTrue();
        assertThat(CallerCommandGuard.sameValue("", null)).isTrue();
        assertThat(CallerCommandGuard.sameValue("6203011001", "6203011002")).isFalse();
    }

    @Test
    void aValueThatCannotBeReadCountsAsDifferent() {
        Object unreadable = new Object() {
            @Override
            public String toString() {
                throw new IllegalStateException("not deserialized");
            }
        };
        assertThat(CallerCommandGuard.sameValue(unreadable, "x")).isFalse();
    }
}
