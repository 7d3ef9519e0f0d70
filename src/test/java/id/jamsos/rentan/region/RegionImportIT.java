package id.jamsos.rentan.region;

import com.fasterxml.jackson.databind.JsonNode;
import id.jamsos.rentan.support.IntegrationTest;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

class RegionImportIT extends IntegrationTest {
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    IdentityService identity;

    private ResponseEntity<JsonNode> upload(String user, String csv, String idempotencyKey) {
        return upload(user, csv.getBytes(StandardCharsets.UTF_8), idempotencyKey);
    }

    private ResponseEntity<JsonNode> upload(String user, byte[] csv, String idempotencyKey) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        if (idempotencyKey != null) {
            headers.set("Idempotency-Key", idempotencyKey);
        }
        var body = new LinkedMultiValueMap<String, Object>();
        body.add("file", new ByteArrayResource(csv) {
            @Override
            public String getFilename() {
                return "wilayah.csv";
            }
        });
        return as(user).postForEntity(url("/api/admin/regions/import"), new HttpEntity<>(body, headers), JsonNode.class);
    }

    private int regionCount() {
        return jdbc.queryForObject("select count(*) from region", Integer.class);
    }

    @Test
    void importsDottedAndPlainCodesAndCreatesGroupsIdempotently() {
        String csv = "code,name\n62.03.03.2001,Desa Uji Satu\n6203032002,Desa Uji Dua\n\"62.03.03.1001\",\"Kelurahan Uji, Tiga\"\n";
        ResponseEntity<JsonNode> first = upload("admin", csv, null);
        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(first.getBody().get("added").asInt()).isEqualTo(3);
        assertThat(identity.createGroupQuery().groupId("lurah-6203032001").count()).isEqualTo(1);
        assertThat(identity.createTenantQuery().groupMember("lurah-6203032001").singleResult().getId()).isEqualTo("6203");
        assertThat(jdbc.queryForObject("select name from region where code = '6203031001'", String.class))
                .isEqualTo("Kelurahan Uji, Tiga");

        ResponseEntity<JsonNode> again = upload("admin", csv.replace("Desa Uji Dua", "Desa Uji Dua Baru"), null);
        assertThat(again.getBody().get("added").asInt()).isZero();
        assertThat(again.getBody().get("updated").asInt()).isEqualTo(1);
        assertThat(again.getBody().get("unchanged").asInt()).isEqualTo(2);
    }

    @Test
    void badRowsAreReportedPerRowAndNothingIsWritten() {
        int before = regionCount();
        String csv = "code,name\n"
                + "6203042001,Desa Baik\n"          // row 2: valid, must not be written either
                + "62.03.4.2002,Desa Titik Salah\n" // row 3: malformed
                + "6299012001,Desa Tanpa Induk\n"   // row 4: unknown parent kecamatan 629901
                + "6203042001,Desa Ganda\n"         // row 5: duplicate of row 2
                + "6203042003,\n"                   // row 6: no name
                + "6203042004,=HYPERLINK(\"x\")\n"; // row 7: formula
        ResponseEntity<JsonNode> r = upload("admin", csv, null);
        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(r.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        JsonNode errors = r.getBody().get("errors");
        List<String> rows = new ArrayList<>();
        errors.forEach(e -> rows.add(e.get("row").asInt() + ":" + e.get("field").asText()));
        assertThat(rows).containsExactlyInAnyOrder("3:code", "4:code", "5:code", "6:name", "7:name");
        assertThat(errors.toString()).contains("tidak valid").contains("tidak dikenal").contains("ganda");
        assertThat(regionCount()).isEqualTo(before);
        assertThat(identity.createGroupQuery().groupId("lurah-6203042001").count()).isZero();
    }

    @Test
    void wrongHeaderEncodingAndEmptyFileAreRefused() {
        assertThat(upload("admin", "kode;nama\n6203052001;X\n", null).getBody().get("errors").get(0).get("field").asText())
                .isEqualTo("file");
        byte[] latin1 = "code,name\n6203052001,Desa \u00c9\n".getBytes(StandardCharsets.ISO_8859_1);
        ResponseEntity<JsonNode> r = upload("admin", latin1, null);
        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(r.getBody().get("detail").asText()).contains("UTF-8");
        assertThat(upload("admin", "", null).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void onlyAdminMayImport() {
        ResponseEntity<JsonNode> r = upload("dinsos.6203", "code,name\n6203062001,Desa Dilarang\n", null);
        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(jdbc.queryForObject("select count(*) from region where code = '6203062001'", Integer.class)).isZero();
    }

    @Test
    void idempotencyKeyReplaysTheFirstAnswerEvenInParallel() throws Exception {
        String csv = "code,name\n6203072001,Desa Idempoten\n";
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            List<Callable<ResponseEntity<JsonNode>>> calls = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                calls.add(() -> upload("admin", csv, "impor-6203072001"));
            }
            List<JsonNode> bodies = new ArrayList<>();
            for (Future<ResponseEntity<JsonNode>> f : pool.invokeAll(calls)) {
                assertThat(f.get().getStatusCode()).isEqualTo(HttpStatus.OK);
                bodies.add(f.get().getBody());
            }
            // Every caller sees the first execution's answer: one region added, none "unchanged".
            assertThat(bodies).allSatisfy(b -> {
                assertThat(b.get("added").asInt()).isEqualTo(1);
                assertThat(b.get("unchanged").asInt()).isZero();
            });
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForObject("select count(*) from region where code = '6203072001'", Integer.class)).isEqualTo(1);
        // The same key from another user is that user's own key: executed anew (the import itself is idempotent).
        ResponseEntity<JsonNode> other = upload("admin", csv, "impor-6203072001-lain");
        assertThat(other.getBody().get("unchanged").asInt()).isEqualTo(1);
        assertThat(other.getHeaders().getFirst("Idempotent-Replayed")).isNull();
    }
}
