package id.jamsos.rentan.support;

import org.junit.jupiter.api.DynamicTest;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Malformed request bodies and the rule every entry point must keep for them (issue 12): an answer below 500 and,
 * for a refusal, no Java internals in the body. Shared by the sweeps over {@code /api}, {@code /engine-rest} and
 * Tasklist's {@code /camunda/api/engine}.
 */
public final class HostileBodies {
    /** Broken, mistyped and dangerous JSON: syntax errors, wrong shapes, unknown and serialized-Java variable types. */
    public static final List<String> JSON = List.of("{", "}", "null", "[]", "\"x\"", "12", "not json", "{\"variables\":5}",
            "{\"variables\":[1,2]}", "{\"variables\":{\"approved\":5}}", "{\"variables\":{\"approved\":{\"type\":\"Nope\",\"value\":1}}}",
            "{\"variables\":{\"approved\":{\"type\":\"Json\",\"value\":\"{\"}}}", "{\"variables\":{\"approved\":{\"type\":\"Object\","
                    + "\"value\":\"rO0ABXQAA2FiYw==\",\"valueInfo\":{\"objectTypeName\":\"java.lang.String\",\"serializationDataFormat\":"
                    + "\"application/x-java-serialized-object\"}}}}",
            "{\"variables\":{\"approved\":{\"type\":\"Date\",\"value\":\"kemarin\"}}}", "{\"candidates\":\"x\",\"regencyCode\":[]}",
            "{\"membershipNumber\":{\"a\":1}}", "\u0000\u0001\u0002");

    /** Sends one request the way the calling test authenticates (basic auth, a Tasklist session, ...). */
    @FunctionalInterface
    public interface Sender {
        ResponseEntity<String> send(HttpMethod method, String path, MediaType type, String body);
    }

    private HostileBodies() {
    }

    /**
     * One dynamic test per content type and body: {@link #JSON} for JSON, an empty and a broken body for the
     * others ({@code null} type: no Content-Type header at all).
     */
    public static List<DynamicTest> sweep(HttpMethod method, String path, List<MediaType> types, Sender sender) {
        List<DynamicTest> tests = new ArrayList<>();
        for (MediaType type : types) {
            List<String> bodies = MediaType.APPLICATION_JSON.equals(type) ? JSON : List.of("", "{");
            for (String body : bodies) {
                tests.add(DynamicTest.dynamicTest(method + " " + path + " [" + type + "] " + body, () -> {
                    ResponseEntity<String> r = sender.send(method, path, type, body);
                    assertThat(r.getStatusCode().value()).as(r.getBody()).isBetween(200, 499);
                    if (r.getStatusCode().is4xxClientError() && r.getBody() != null && !r.getBody().isEmpty()) {
                        assertThat(r.getBody()).as("no Java internals in the answer").doesNotContain("at org.", "at java.", "Exception:");
                    }
                }));
            }
        }
        return tests;
    }
}
