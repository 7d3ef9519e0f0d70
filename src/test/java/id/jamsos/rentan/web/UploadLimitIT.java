package id.jamsos.rentan.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.jamsos.rentan.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13 "One upload limit": jamsos.upload.max-file-size (10 MB) gives the same 413 problem+json everywhere: /api
 * multipart, /api raw body, the engine-rest start form (file as Base64 in JSON, as Tasklist sends it) — also for files
 * of 10–15 MB, which the start form used to accept, and 15–20 MB, which failed with an empty 400.
 */
class UploadLimitIT extends IntegrationTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MESSAGE = "Ukuran berkas melebihi batas 10 MB: perkecil berkas atau bagi menjadi beberapa kiriman";

    @Autowired
    JdbcTemplate jdbc;

    private HttpResponse<String> post(String path, String user, String contentType, byte[] body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url(path)))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (user + ":" + (user.equals("admin") ? "admin" : "demo")).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static void assertRefused(HttpResponse<String> r) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(413);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode body = JSON.readTree(r.body());
        assertThat(body.get("detail").asText()).isEqualTo(MESSAGE);
        assertThat(body.get("errors").get(0).get("field").asText()).isEqualTo("file");
        assertThat(body.get("errors").get(0).get("message").asText()).isEqualTo("ukuran maksimal 10 MB");
    }

    private static byte[] multipart(String boundary, byte[] file) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"regencyCode\"\r\n\r\n6203\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"calon.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.write(file);
        out.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static byte[] startForm(byte[] file) throws Exception {
        return JSON.writeValueAsBytes(Map.of("variables", Map.of(
                "regencyCode", Map.of("value", "6203", "type", "String"),
                "file", Map.of("value", Base64.getEncoder().encodeToString(file), "type", "File",
                        "valueInfo", Map.of("filename", "calon.csv", "mimeType", "text/csv")))));
    }

    private int batches() {
        return jdbc.queryForObject("select count(*) from candidate_batch", Integer.class);
    }

    @Test
    void theSameLimitAndMessageOnEveryWayIn() throws Exception {
        int before = batches();
        byte[] justOver = new byte[10 * 1024 * 1024 + 1];
        byte[] twelveMb = new byte[12 * 1024 * 1024];
        byte[] eighteenMb = new byte[18 * 1024 * 1024];

        // /api multipart: just over the limit (multipart's own check) and well over it (the filter).
        assertRefused(post("/api/candidates/import", "dinsos.6203", "multipart/form-data; boundary=b0undary",
                multipart("b0undary", justOver)));
        assertRefused(post("/api/candidates/import", "dinsos.6203", "multipart/form-data; boundary=b0undary",
                multipart("b0undary", twelveMb)));
        // /api raw body (the region list as text/csv).
        assertRefused(post("/api/admin/regions/import", "admin", "text/csv", twelveMb));
        // engine-rest start form, as Tasklist sends it: 12 MB (accepted before) and 18 MB (an empty 400 before).
        String submit = "/engine-rest/process-definition/key/candidate-verification/submit-form";
        assertRefused(post(submit, "dinsos.6203", "application/json", startForm(twelveMb)));
        assertRefused(post(submit, "dinsos.6203", "application/json", startForm(eighteenMb)));
        // A file of the limit plus a few bytes fits the Base64 envelope: the start listener refuses it, same text.
        HttpResponse<String> edge = post(submit, "dinsos.6203", "application/json", startForm(justOver));
        assertThat(edge.statusCode()).as(edge.body()).isEqualTo(400);
        assertThat(edge.body()).contains(MESSAGE);
        assertThat(batches()).isEqualTo(before);
    }
}
