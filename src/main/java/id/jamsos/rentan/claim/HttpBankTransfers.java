package id.jamsos.rentan.claim;

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
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The bank's transfer API ({@code jamsos.claim.bank.mode=http}): {@code POST <url>/transfers} with an
 * {@code Idempotency-Key} header, answer {@code {"reference": "..."}}. Any other answer fails the job, which
 * the engine retries and finally turns into an incident.
 */
@Component
@ConditionalOnProperty(name = "jamsos.claim.bank.mode", havingValue = "http")
public class HttpBankTransfers implements BankTransfers {
    private final HttpClient client;
    private final ObjectMapper json = new ObjectMapper();
    private final String url;
    private final String apiKey;
    private final Duration timeout;

    /** The client of {@code jamsos.claim.bank.*}. */
    @Autowired
    public HttpBankTransfers(ClaimSettings settings) {
        this(settings.bank().url(), settings.bank().apiKey(), settings.bank().timeoutSeconds());
    }

    /** A client of {@code url} sending {@code apiKey} (none when blank), timeout in seconds (tests). */
    public HttpBankTransfers(String url, String apiKey, int timeoutSeconds) {
        this.url = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        this.apiKey = apiKey;
        this.timeout = Duration.ofSeconds(timeoutSeconds);
        this.client = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    @Override
    public String transfer(TransferRequest r) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("bankName", r.bankName());
        body.put("accountNumber", r.bankAccount());
        body.put("accountName", r.payeeName());
        body.put("amount", r.amount());
        body.put("currency", "IDR");
        body.put("description", r.description());
        try {
            HttpRequest.Builder req = HttpRequest.newBuilder(URI.create(url + "/transfers")).timeout(timeout)
                    .header("Content-Type", "application/json")
                    .header("Idempotency-Key", r.idempotencyKey())
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
            if (!apiKey.isBlank()) {
                req.header("Authorization", "Bearer " + apiKey);
            }
            HttpResponse<String> resp = client.send(req.build(), HttpResponse.BodyHandlers.ofString());
            if (resp.statusCode() / 100 != 2) {
                throw new BankTransferException("Bank menolak transfer " + r.idempotencyKey() + ": HTTP "
                        + resp.statusCode());
            }
            JsonNode ref = json.readTree(resp.body()).get("reference");
            if (ref == null || ref.asText().isBlank()) {
                throw new BankTransferException("Jawaban bank tanpa nomor referensi untuk " + r.idempotencyKey());
            }
            return ref.asText();
        } catch (IOException e) {
            throw new BankTransferException("Bank tidak dapat dihubungi: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BankTransferException("Transfer terputus", e);
        }
    }
}
