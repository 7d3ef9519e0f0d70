package id.jamsos.rentan.verification;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The DTSEN web service (mode http). Expected API: {@code POST <base-url>/lookup} with {@code {"niks":[...]}},
 * answer {@code {"snapshotDate":"2026-10-01","results":[{"nik","registered","desil"}]}}. A failure throws,
 * so the async screening job is retried and, in the end, becomes an incident in Cockpit.
 */
@Component
@ConditionalOnProperty(name = "jamsos.verification.dtks.mode", havingValue = "http")
public class HttpDtksRegistry implements DtksRegistry {
    private final HttpClient client;
    private final URI lookupUri;
    private final Duration timeout;
    private final ObjectMapper json;

    public HttpDtksRegistry(VerificationSettings settings, ObjectMapper json) {
        this.timeout = Duration.ofSeconds(settings.dtks().timeoutSeconds());
        this.client = HttpClient.newBuilder().connectTimeout(timeout).build();
        this.lookupUri = URI.create(settings.dtks().baseUrl().replaceAll("/$", "") + "/lookup");
        this.json = json;
    }

    @Override
    public Map<String, Answer> lookup(Collection<String> niks) {
        try {
            String body = json.writeValueAsString(Map.of("niks", niks));
            HttpRequest req = HttpRequest.newBuilder(lookupUri).timeout(timeout)
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
            HttpResponse<String> resp = client.send(req, HttpResponse.BodyHandlers.ofString());
            if (resp.statusCode() != 200) {
                throw new IllegalStateException("DTSEN menjawab HTTP " + resp.statusCode());
            }
            JsonNode root = json.readTree(resp.body());
            LocalDate snapshot = LocalDate.parse(root.path("snapshotDate").asText());
            Map<String, Answer> out = new LinkedHashMap<>();
            for (JsonNode r : root.path("results")) {
                boolean registered = r.path("registered").asBoolean(false);
                Integer desil = r.hasNonNull("desil") ? r.get("desil").asInt() : null;
                out.put(r.path("nik").asText(), new Answer(registered, desil, snapshot,
                        registered ? "Terdaftar di DTSEN desil " + desil : "Tidak terdaftar di DTSEN"));
            }
            for (String nik : niks) {
                if (!out.containsKey(nik)) {
                    throw new IllegalStateException("DTSEN tidak menjawab untuk NIK " + id.jamsos.rentan.common.Formats.maskNik(nik));
                }
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException("DTSEN tidak dapat dihubungi: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("DTSEN: permintaan terputus", e);
        }
    }
}
