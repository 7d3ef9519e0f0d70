package id.jamsos.rentan.citizen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The civil registry web service (mode http). Expected API: {@code GET <base-url>/deaths?since=yyyy-MM-dd}, answer
 * {@code {"deaths":[{"nik","dateOfDeath","place","deathCertificateNumber","recordedOn"}]}}. A non-200 answer or an
 * unreadable body throws (the feed logs it and asks again on its next run).
 */
@Component
@ConditionalOnProperty(name = "jamsos.citizen.civil-registry.mode", havingValue = "http")
public class HttpCivilRegistry implements CivilRegistry {
    private final HttpClient client;
    private final String baseUrl;
    private final Duration timeout;
    private final String apiKey;
    private final ObjectMapper json;

    /** The client of {@code jamsos.citizen.civil-registry.*}. */
    @Autowired
    public HttpCivilRegistry(CitizenSettings settings, ObjectMapper json) {
        this(settings.civilRegistry().baseUrl(), settings.civilRegistry().apiKey(),
                settings.civilRegistry().timeoutSeconds(), json);
    }

    /** A client of {@code baseUrl} sending {@code apiKey} (none when blank), timeout in seconds (tests). */
    public HttpCivilRegistry(String baseUrl, String apiKey, int timeoutSeconds, ObjectMapper json) {
        this.timeout = Duration.ofSeconds(timeoutSeconds);
        this.client = HttpClient.newBuilder().connectTimeout(timeout).build();
        this.baseUrl = baseUrl.replaceAll("/$", "");
        this.apiKey = apiKey;
        this.json = json;
    }

    @Override
    public List<Death> deathsRecordedSince(LocalDate day) {
        HttpRequest.Builder req = HttpRequest.newBuilder(URI.create(baseUrl + "/deaths?since=" + day))
                .timeout(timeout).header("Accept", "application/json").GET();
        if (!apiKey.isBlank()) {
            req.header("X-Api-Key", apiKey);
        }
        try {
            HttpResponse<String> r = client.send(req.build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("Dukcapil menjawab HTTP " + r.statusCode());
            }
            List<Death> out = new ArrayList<>();
            for (JsonNode d : json.readTree(r.body()).path("deaths")) {
                out.add(new Death(d.path("nik").asText(), LocalDate.parse(d.path("dateOfDeath").asText()),
                        d.path("place").asText(null), d.path("deathCertificateNumber").asText(null),
                        LocalDate.parse(d.path("recordedOn").asText())));
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException("Dukcapil tidak dapat dihubungi: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Permintaan ke Dukcapil terputus", e);
        }
    }
}
