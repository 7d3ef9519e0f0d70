package id.jamsos.rentan.citizen;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import id.jamsos.rentan.common.ConflictException;
import id.jamsos.rentan.common.Formats;
import id.jamsos.rentan.common.ValidationException;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The Dukcapil feed: new deaths become reports, already reported and refused ones are skipped; the HTTP client. */
class CivilRegistryFeedTest {
    static final LocalDate DAY = LocalDate.of(2026, 11, 20);

    @Test
    void newDeathsAreReportedOnceAndRefusedOnesSkipped() {
        SimulatedCivilRegistry registry = new SimulatedCivilRegistry();
        registry.record(new CivilRegistry.Death("6203011707790001", DAY, "RSUD", "AKTA-1", DAY));
        registry.record(new CivilRegistry.Death("6203011707790002", DAY, null, null, DAY.plusDays(1)));
        registry.record(new CivilRegistry.Death("6203011707790003", DAY, "Rumah", null, DAY.plusDays(1)));
        registry.record(new CivilRegistry.Death("6203011707790004", DAY, "Rumah", null, DAY.minusDays(30)));
        DeathReportService service = mock(DeathReportService.class);
        when(service.report(argThat(r -> r != null && r.nik().endsWith("02")), any(), any()))
                .thenThrow(new ConflictException("nik", "sudah dilaporkan"));
        when(service.report(argThat(r -> r != null && r.nik().endsWith("03")), any(), any()))
                .thenThrow(ValidationException.of("dateOfDeath", "tidak valid"));

        int made = new CivilRegistryFeed(registry, service, 7, Clock.systemUTC()).poll(DAY.minusDays(7));

        assertThat(made).isEqualTo(1);
        ArgumentCaptor<DeathReportRequest> req = ArgumentCaptor.forClass(DeathReportRequest.class);
        verify(service, times(3)).report(req.capture(), eq(CivilRegistryFeed.DUKCAPIL),
                eq(DeathReportService.SOURCE_CIVIL_REGISTRY));
        assertThat(req.getAllValues()).extracting(DeathReportRequest::nik)
                .containsExactly("6203011707790001", "6203011707790002", "6203011707790003");
        assertThat(req.getAllValues().get(0).deathCertificateNumber()).isEqualTo("AKTA-1");
        assertThat(req.getAllValues().get(1).place()).contains("Dukcapil");
    }

    /**
     * The scheduled run looks back from the application clock's day, not the system's: pinned to 3 January 2025 at
     * 00:30 WIB (still 2 January in UTC, and another year than the machine's), a 7-day look-back asks since 27
     * December 2024.
     */
    @Test
    void theScheduledRunLooksBackFromTheApplicationClock() {
        CivilRegistry registry = mock(CivilRegistry.class);
        when(registry.deathsRecordedSince(any())).thenReturn(List.of(
                new CivilRegistry.Death("6203011707790001", LocalDate.of(2024, 12, 30), "RSUD", "AKTA-9",
                        LocalDate.of(2025, 1, 2))));
        DeathReportService service = mock(DeathReportService.class);
        Clock pinned = Clock.fixed(LocalDate.of(2025, 1, 3).atTime(0, 30).atZone(Formats.WIB).toInstant(), ZoneOffset.UTC);

        int made = new CivilRegistryFeed(registry, service, 7, pinned).pollRecent();

        assertThat(made).isEqualTo(1);
        verify(registry).deathsRecordedSince(LocalDate.of(2024, 12, 27));
        assertThat(LocalDate.now(Formats.WIB)).isNotEqualTo(LocalDate.of(2025, 1, 3));
    }

    @Test
    void theHttpClientReadsDeathsAndFailsLoudlyOnAnError() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/dukcapil/deaths", ex -> {
            boolean ok = ex.getRequestURI().getQuery().equals("since=2026-11-13")
                    && "kunci".equals(ex.getRequestHeaders().getFirst("X-Api-Key"));
            byte[] body = ("{\"deaths\":[{\"nik\":\"6203011707790001\",\"dateOfDeath\":\"2026-11-20\",\"place\":\"RSUD\","
                    + "\"deathCertificateNumber\":\"AKTA-1\",\"recordedOn\":\"2026-11-21\"}]}").getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(ok ? 200 : 503, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/dukcapil/";
            List<CivilRegistry.Death> deaths = new HttpCivilRegistry(base, "kunci", 5, new ObjectMapper())
                    .deathsRecordedSince(DAY.minusDays(7));
            assertThat(deaths).containsExactly(new CivilRegistry.Death("6203011707790001", DAY, "RSUD", "AKTA-1",
                    DAY.plusDays(1)));
            assertThatThrownBy(() -> new HttpCivilRegistry(base, "salah", 5, new ObjectMapper())
                    .deathsRecordedSince(DAY.minusDays(7))).hasMessageContaining("HTTP 503");
        } finally {
            server.stop(0);
        }
    }
}
