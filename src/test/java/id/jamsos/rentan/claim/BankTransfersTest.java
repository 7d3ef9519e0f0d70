package id.jamsos.rentan.claim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Both {@link BankTransfers} implementations against the same expectations; the HTTP one against a local stub bank. */
class BankTransfersTest {
    static final BankTransfers.TransferRequest REQUEST = new BankTransfers.TransferRequest("KLM-6203-2026-0001-B7", "BRI",
            "001201000312345", "Siti Aminah", 20_000_000L, "Manfaat klaim KLM-6203-2026-0001");

    HttpServer server;
    final List<JsonNode> bodies = new ArrayList<>();
    final Map<String, String> refsByKey = new ConcurrentHashMap<>();
    volatile int failWith;

    @BeforeEach
    void startStubBank() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/bank/transfers", exchange -> {
            String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
            bodies.add(new ObjectMapper().readTree(exchange.getRequestBody()));
            byte[] out;
            int status;
            if (failWith != 0) {
                status = failWith;
                out = "{\"error\":\"maintenance\"}".getBytes(StandardCharsets.UTF_8);
            } else {
                status = 201;
                String ref = refsByKey.computeIfAbsent(key, k -> "TRF" + (refsByKey.size() + 1));
                out = ("{\"reference\":\"" + ref + "\"}").getBytes(StandardCharsets.UTF_8);
            }
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, out.length);
            exchange.getResponseBody().write(out);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    HttpBankTransfers http() {
        return new HttpBankTransfers("http://127.0.0.1:" + server.getAddress().getPort() + "/bank/", "rahasia", 5);
    }

    @Test
    void httpClientSendsTheTransferWithItsIdempotencyKeyAndReadsTheReference() {
        String ref = http().transfer(REQUEST);
        assertThat(ref).isEqualTo("TRF1");
        JsonNode body = bodies.get(0);
        assertThat(body.get("accountNumber").asText()).isEqualTo("001201000312345");
        assertThat(body.get("amount").asLong()).isEqualTo(20_000_000L);
        assertThat(body.get("currency").asText()).isEqualTo("IDR");
        // The same key again: the bank answers the same reference, no second transfer.
        assertThat(http().transfer(REQUEST)).isEqualTo("TRF1");
        assertThat(refsByKey).hasSize(1);
    }

    @Test
    void httpClientTurnsAnErrorAnswerIntoAFailedTransfer() {
        failWith = 503;
        assertThatThrownBy(() -> http().transfer(REQUEST)).isInstanceOf(BankTransfers.BankTransferException.class)
                .hasMessageContaining("HTTP 503");
    }

    @Test
    void httpClientFailsWhenTheBankIsUnreachable() {
        HttpBankTransfers unreachable = new HttpBankTransfers("http://127.0.0.1:1/bank", "", 2);
        assertThatThrownBy(() -> unreachable.transfer(REQUEST)).isInstanceOf(BankTransfers.BankTransferException.class)
                .hasMessageContaining("tidak dapat dihubungi");
    }

    @Test
    void simulatorIsIdempotentPerKeyAndCanBeToldToFail() {
        SimulatedBankTransfers sim = new SimulatedBankTransfers();
        sim.failNext(1);
        assertThatThrownBy(() -> sim.transfer(REQUEST)).isInstanceOf(BankTransfers.BankTransferException.class);
        String ref = sim.transfer(REQUEST);
        assertThat(ref).startsWith("SIM-");
        assertThat(sim.transfer(REQUEST)).isEqualTo(ref);
        assertThat(sim.transferCount()).isEqualTo(1);
    }
}
