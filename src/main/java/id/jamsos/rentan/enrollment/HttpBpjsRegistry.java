package id.jamsos.rentan.enrollment;

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
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The BPJS branch web service (mode http): {@code POST <base-url>/peserta} with an {@code Idempotency-Key}
 * (NIK|PKS) and the worker's data; 200/201 {@code {"membershipNumber":"..."}}. Any failure throws, so the
 * async job retries (R5/PT1M) and then becomes an incident in Cockpit.
 */
@Component
@ConditionalOnProperty(name = "jamsos.enrollment.bpjs.mode", havingValue = "http")
public class HttpBpjsRegistry implements BpjsRegistry {
    private final HttpClient client;
    private final URI uri;
    private final Duration timeout;
    private final ObjectMapper json;

    public HttpBpjsRegistry(EnrollmentSettings settings, ObjectMapper json) {
        this.timeout = Duration.ofSeconds(settings.bpjs().timeoutSeconds());
        this.client = HttpClient.newBuilder().connectTimeout(timeout).build();
        this.uri = URI.create(settings.bpjs().baseUrl().replaceAll("/$", "") + "/peserta");
        this.json = json;
    }

    @Override
    public String register(Registration r) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("nik", r.nik());
        body.put("name", r.name());
        body.put("birthDate", r.birthDate().toString());
        body.put("sex", r.sex());
        body.put("programs", new String[]{"JKK", "JKM"});
        body.put("segment", r.segment());
        body.put("pksNumber", r.pksNumber());
        body.put("coverageStart", r.coverageStart().toString());
        body.put("coverageEnd", r.coverageEnd().toString());
        try {
            HttpRequest req = HttpRequest.newBuilder(uri).timeout(timeout).header("Content-Type", "application/json")
                    .header("Idempotency-Key", r.idempotencyKey())
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))).build();
            HttpResponse<String> resp = client.send(req, HttpResponse.BodyHandlers.ofString());
            if (resp.statusCode() != 200 && resp.statusCode() != 201) {
                throw new IllegalStateException("BPJS menjawab HTTP " + resp.statusCode());
            }
            JsonNode n = json.readTree(resp.body());
            String number = n.path("membershipNumber").asText("");
            if (!number.matches("\\d{11}")) {
                throw new IllegalStateException("BPJS mengirim nomor kepesertaan tidak sah");
            }
            return number;
        } catch (IOException e) {
            throw new IllegalStateException("BPJS tidak dapat dihubungi: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("BPJS: permintaan terputus", e);
        }
    }
}
