package id.jamsos.rentan.common;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.jamsos.rentan.support.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Table-driven bad input across the /api endpoints: wrong types, missing fields, oversized strings and files,
 * wrong encodings, formulas, SQL and script text, dates out of range, unknown region codes, other regions'
 * ids. Each answers 4xx problem+json naming the field, writes nothing, and the server logs no stack trace.
 * Feature tables register their cases in {@link #cases()}.
 */
class BadInputIT extends IntegrationTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final List<String> TABLES = List.of("region", "pks_agreement", "member", "idempotency_key",
            "budget_evaluation", "candidate_batch", "candidate", "claim");
    static ListAppender<ILoggingEvent> logs;

    @Autowired
    JdbcTemplate jdbc;

    /** One malformed request: who sends what, and which field the answer must name (null: body-level). */
    record Case(String name, HttpMethod method, String path, String user, MediaType type, Object body, String field) {
    }

    @BeforeAll
    static void captureLogs() {
        logs = new ListAppender<>();
        logs.start();
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).addAppender(logs);
    }

    @AfterAll
    static void releaseLogs() {
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).detachAppender(logs);
    }

    @TestFactory
    Stream<DynamicTest> everyMalformedInputIsRefusedCleanly() {
        List<Case> cases = cases();
        assertThat(cases.size()).as("number of malformed inputs").isGreaterThanOrEqualTo(Integer.getInteger("badInput.min", 200));
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> check(c)));
    }

    private void check(Case c) {
        Map<String, Integer> before = counts();
        logs.list.clear();
        HttpHeaders h = new HttpHeaders();
        if (c.type() != null) {
            h.setContentType(c.type());
        }
        ResponseEntity<String> r = c.body() instanceof LinkedMultiValueMap<?, ?> parts
                ? multipart(c, parts)
                : as(c.user()).exchange(url(c.path()), c.method(), new HttpEntity<>(c.body(), h), String.class);
        assertThat(r.getStatusCode().is4xxClientError()).as(c.name() + " → " + r.getStatusCode() + " " + r.getBody()).isTrue();
        assertThat(r.getHeaders().getContentType()).as(c.name() + " content type, " + r.getStatusCode() + " " + r.getHeaders()).isNotNull();
        assertThat(r.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .as(c.name() + " problem+json: " + r.getBody()).isTrue();
        if (c.field() != null) {
            assertThat(r.getBody()).as(c.name() + " names the field").contains(c.field());
        }
        assertThat(counts()).as(c.name() + " wrote nothing").isEqualTo(before);
        List<ILoggingEvent> traces = logs.list.stream()
                .filter(e -> e.getThrowableProxy() != null || e.getLevel().isGreaterOrEqual(Level.ERROR)).toList();
        assertThat(traces).as(c.name() + " logged a stack trace").isEmpty();
    }

    /** Uploads built by hand (java.net.http), so that odd files reach the server byte for byte. */
    private ResponseEntity<String> multipart(Case c, LinkedMultiValueMap<?, ?> parts) {
        try {
            String boundary = "----jamsos" + System.nanoTime();
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            for (var e : parts.entrySet()) {
                for (Object v : e.getValue()) {
                    out.write(("--" + boundary + "\r\n").getBytes(StandardCharsets.UTF_8));
                    if (v instanceof ByteArrayResource file) {
                        out.write(("Content-Disposition: form-data; name=\"" + e.getKey() + "\"; filename=\"" + file.getFilename()
                                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
                        out.write(file.getByteArray());
                    } else {
                        out.write(("Content-Disposition: form-data; name=\"" + e.getKey() + "\"\r\n\r\n" + v)
                                .getBytes(StandardCharsets.UTF_8));
                    }
                    out.write("\r\n".getBytes(StandardCharsets.UTF_8));
                }
            }
            out.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            String password = c.user().equals("admin") ? "admin" : "demo";
            var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(url(c.path())))
                    .header("Authorization", "Basic " + java.util.Base64.getEncoder()
                            .encodeToString((c.user() + ":" + password).getBytes(StandardCharsets.UTF_8)))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())).build();
            var response = java.net.http.HttpClient.newHttpClient().send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
            HttpHeaders headers = new HttpHeaders();
            response.headers().map().forEach(headers::addAll);
            return new ResponseEntity<>(response.body(), headers, response.statusCode());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Map<String, Integer> counts() {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (String t : TABLES) {
            Integer exists = jdbc.queryForObject("select count(*) from information_schema.tables where table_name = ?",
                    Integer.class, t);
            if (exists != null && exists > 0) {
                m.put(t, jdbc.queryForObject("select count(*) from " + t, Integer.class));
            }
        }
        return m;
    }

    // ---- the table ----

    static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        int next = LocalDate.now().getYear() + 1;
        budgetEvaluations(cases, next);
        agreements(cases, next);
        regionImport(cases);
        queries(cases);
        claims(cases);
        candidates(cases);
        return cases;
    }

    static ObjectNode json(String text) {
        try {
            return (ObjectNode) JSON.readTree(text);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * For a valid JSON body: each field missing, null, of a wrong type (object, array, text for numbers), an
     * oversized string, SQL and script text; plus body-level garbage.
     */
    static void mutations(List<Case> cases, String label, String path, String user, ObjectNode valid,
                          List<String> required, List<String> numeric) {
        for (String f : required) {
            ObjectNode missing = valid.deepCopy();
            missing.remove(f);
            cases.add(new Case(label + ": " + f + " tidak ada", HttpMethod.POST, path, user, MediaType.APPLICATION_JSON, missing.toString(), f));
            ObjectNode nul = valid.deepCopy();
            nul.putNull(f);
            cases.add(new Case(label + ": " + f + " null", HttpMethod.POST, path, user, MediaType.APPLICATION_JSON, nul.toString(), f));
            ObjectNode obj = valid.deepCopy();
            obj.putObject(f).put("x", 1);
            cases.add(new Case(label + ": " + f + " objek", HttpMethod.POST, path, user, MediaType.APPLICATION_JSON, obj.toString(), f));
            ObjectNode arr = valid.deepCopy();
            arr.putArray(f).add(1);
            cases.add(new Case(label + ": " + f + " larik", HttpMethod.POST, path, user, MediaType.APPLICATION_JSON, arr.toString(), f));
            ObjectNode big = valid.deepCopy();
            big.put(f, "9".repeat(5000));
            cases.add(new Case(label + ": " + f + " terlalu panjang", HttpMethod.POST, path, user, MediaType.APPLICATION_JSON, big.toString(), f));
        }
        for (String f : numeric) {
            for (String bad : List.of("abc", "", "1e999", "=1+1", "12; DROP TABLE member")) {
                ObjectNode t = valid.deepCopy();
                t.put(f, bad);
                cases.add(new Case(label + ": " + f + " = '" + bad + "'", HttpMethod.POST, path, user, MediaType.APPLICATION_JSON, t.toString(), f));
            }
        }
        for (String f : required) {
            if (!numeric.contains(f) && valid.get(f).isTextual()) {
                for (String bad : List.of("' OR '1'='1", "<script>alert(1)</script>", "=HYPERLINK(\"http://x\")")) {
                    ObjectNode t = valid.deepCopy();
                    t.put(f, bad);
                    cases.add(new Case(label + ": " + f + " = " + bad, HttpMethod.POST, path, user, MediaType.APPLICATION_JSON, t.toString(), f));
                }
            }
        }
        cases.add(new Case(label + ": JSON rusak", HttpMethod.POST, path, user, MediaType.APPLICATION_JSON, "{\"regencyCode\":", null));
        cases.add(new Case(label + ": badan kosong", HttpMethod.POST, path, user, MediaType.APPLICATION_JSON, "", null));
        cases.add(new Case(label + ": larik bukan objek", HttpMethod.POST, path, user, MediaType.APPLICATION_JSON, "[]", null));
        cases.add(new Case(label + ": teks biasa", HttpMethod.POST, path, user, MediaType.TEXT_PLAIN, valid.toString(), null));
        cases.add(new Case(label + ": Latin-1 bukan UTF-8", HttpMethod.POST, path, user, MediaType.APPLICATION_JSON,
                valid.toString().replace("}", ",\"x\":\"\u00e9\"}").getBytes(StandardCharsets.ISO_8859_1), null));
    }

    static void budgetEvaluations(List<Case> cases, int year) {
        ObjectNode valid = json("{\"regencyCode\":\"6203\",\"fiscalYear\":" + (year + 5) + ",\"vulnerablePopulation\":12000}");
        String path = "/api/budget-evaluations";
        mutations(cases, "evaluasi anggaran", path, "dinsos.6203", valid, List.of("regencyCode", "fiscalYear", "vulnerablePopulation"),
                List.of("fiscalYear", "vulnerablePopulation"));
        for (Object[] v : new Object[][]{{"fiscalYear", 1999}, {"fiscalYear", 3000}, {"vulnerablePopulation", -1},
                {"vulnerablePopulation", 0}, {"regencyCode", "9999"}, {"regencyCode", "620301"}, {"regencyCode", "62O3"}}) {
            ObjectNode t = valid.deepCopy();
            t.set((String) v[0], JSON.valueToTree(v[1]));
            cases.add(new Case("evaluasi anggaran: " + v[0] + " = " + v[1], HttpMethod.POST, path, "dinsos.6203",
                    MediaType.APPLICATION_JSON, t.toString(), (String) v[0]));
        }
        ObjectNode other = valid.deepCopy();
        other.put("regencyCode", "6208");
        cases.add(new Case("evaluasi anggaran: kabupaten lain", HttpMethod.POST, path, "dinsos.6203", MediaType.APPLICATION_JSON, other.toString(), "6208"));
        cases.add(new Case("evaluasi anggaran: bukan Dinsos", HttpMethod.POST, path, "lurah.6203011001", MediaType.APPLICATION_JSON, valid.toString(), null));
    }

    static void agreements(List<Case> cases, int year) {
        int y = year + 6;
        ObjectNode valid = json("{\"regencyCode\":\"6203\",\"fiscalYear\":" + y + ",\"quota\":100,\"budget\":20160000,"
                + "\"startDate\":\"" + y + "-01-01\",\"endDate\":\"" + y + "-12-31\",\"gapReason\":\"uji\"}");
        String path = "/api/agreements";
        mutations(cases, "PKS", path, "dinsos.6203", valid, List.of("regencyCode", "fiscalYear", "quota", "budget", "startDate", "endDate"),
                List.of("fiscalYear", "quota", "budget"));
        for (Object[] v : new Object[][]{{"quota", 0}, {"quota", -5}, {"budget", -1}, {"budget", 1000},
                {"startDate", "2027-13-01"}, {"startDate", "31-12-" + y}, {"endDate", "" + y + "-02-30"},
                {"endDate", (y - 1) + "-12-31"}, {"startDate", (y - 1) + "-06-01"}, {"endDate", (y + 1) + "-03-31"},
                {"regencyCode", "9999"}, {"regencyCode", "6203011001"}}) {
            ObjectNode t = valid.deepCopy();
            t.set((String) v[0], JSON.valueToTree(v[1]));
            cases.add(new Case("PKS: " + v[0] + " = " + v[1], HttpMethod.POST, path, "dinsos.6203",
                    MediaType.APPLICATION_JSON, t.toString(), (String) v[0]));
        }
        ObjectNode other = valid.deepCopy();
        other.put("regencyCode", "6112");
        cases.add(new Case("PKS: kabupaten lain", HttpMethod.POST, path, "dinsos.6203", MediaType.APPLICATION_JSON, other.toString(), "6112"));
    }

    static void claims(List<Case> cases) {
        String yesterday = LocalDate.now().minusDays(1).toString();
        ObjectNode valid = json("{\"membershipNumber\":\"62030000007\",\"type\":\"JKM\",\"eventDate\":\"" + yesterday
                + "\",\"deathCertificateNumber\":\"AKT-6203-01\",\"heirs\":[{\"name\":\"Siti Aminah\","
                + "\"nik\":\"6203014508850001\",\"relation\":\"SPOUSE\",\"birthDate\":\"1985-08-05\","
                + "\"bankName\":\"BRI\",\"bankAccount\":\"1234567890\"}]}");
        String path = "/api/claims";
        mutations(cases, "klaim", path, "bpjs.6203", valid, List.of("membershipNumber", "type", "eventDate"), List.of());
        Object[][] top = {{"membershipNumber", "99999999999"}, {"membershipNumber", "6203000000"}, {"type", "JHT"},
                {"type", "jkm "}, {"eventDate", LocalDate.now().plusDays(3).toString()}, {"eventDate", "2026-02-30"},
                {"eventDate", "kemarin"}, {"deathCertificateNumber", "<img src=x onerror=alert(1)>"},
                {"deathCertificateNumber", "A".repeat(200)}};
        for (Object[] v : top) {
            ObjectNode t = valid.deepCopy();
            t.put((String) v[0], (String) v[1]);
            cases.add(new Case("klaim: " + v[0] + " = " + abbreviate((String) v[1]), HttpMethod.POST, path, "bpjs.6203",
                    MediaType.APPLICATION_JSON, t.toString(), (String) v[0]));
        }
        Object[][] heir = {{"name", ""}, {"name", "<script>alert(1)</script>"}, {"name", "Robert'); DROP TABLE claim;--"},
                {"name", "=HYPERLINK(\"http://x\")"}, {"name", "N".repeat(300)}, {"nik", "620301450885000"},
                {"nik", "62030145088500011"}, {"nik", "6203013213850001"}, {"nik", "6203019902850001"}, {"nik", "ABCDEFGHIJKLMNOP"},
                {"relation", "COUSIN"}, {"relation", ""}, {"birthDate", LocalDate.now().plusYears(1).toString()},
                {"birthDate", "1985-02-30"}, {"bankName", ""}, {"bankName", "<b>BRI</b>"}, {"bankAccount", "12345"},
                {"bankAccount", "1234-5678-90"}, {"bankAccount", "1".repeat(40)}, {"email", "bukan-email"}};
        for (Object[] v : heir) {
            ObjectNode t = valid.deepCopy();
            ((ObjectNode) t.get("heirs").get(0)).put((String) v[0], (String) v[1]);
            cases.add(new Case("klaim: ahli waris " + v[0] + " = " + abbreviate((String) v[1]), HttpMethod.POST, path,
                    "bpjs.6203", MediaType.APPLICATION_JSON, t.toString(), "heirs[0]." + v[0]));
        }
        ObjectNode noHeirs = valid.deepCopy();
        noHeirs.putArray("heirs");
        cases.add(new Case("klaim: tanpa ahli waris", HttpMethod.POST, path, "bpjs.6203", MediaType.APPLICATION_JSON, noHeirs.toString(), "heirs"));
        ObjectNode heirsText = valid.deepCopy();
        heirsText.put("heirs", "Siti");
        cases.add(new Case("klaim: heirs teks", HttpMethod.POST, path, "bpjs.6203", MediaType.APPLICATION_JSON, heirsText.toString(), "heirs"));
        ObjectNode jkk = valid.deepCopy();
        jkk.put("type", "JKK");
        cases.add(new Case("klaim: JKK tanpa upah", HttpMethod.POST, path, "bpjs.6203", MediaType.APPLICATION_JSON, jkk.toString(), "declaredMonthlyIncome"));
        jkk = jkk.deepCopy();
        jkk.put("declaredMonthlyIncome", -100);
        cases.add(new Case("klaim: JKK upah negatif", HttpMethod.POST, path, "bpjs.6203", MediaType.APPLICATION_JSON, jkk.toString(), "declaredMonthlyIncome"));
        jkk = jkk.deepCopy();
        jkk.put("declaredMonthlyIncome", "satu juta");
        cases.add(new Case("klaim: JKK upah teks", HttpMethod.POST, path, "bpjs.6203", MediaType.APPLICATION_JSON, jkk.toString(), "declaredMonthlyIncome"));
        ObjectNode other = valid.deepCopy();
        other.put("membershipNumber", "62080000003");
        cases.add(new Case("klaim: peserta kabupaten lain", HttpMethod.POST, path, "bpjs.6203", MediaType.APPLICATION_JSON, other.toString(), null));
        cases.add(new Case("klaim: lurah tidak boleh", HttpMethod.POST, path, "lurah.6203011001", MediaType.APPLICATION_JSON, valid.toString(), null));
        for (String n : List.of("KLM-6208-2026-0001", "KLM-abc", "x".repeat(300))) {
            cases.add(new Case("klaim: baca " + abbreviate(n), HttpMethod.GET, "/api/claims/" + n, "bpjs.6203", null, null, null));
        }
        cases.add(new Case("klaim: overdue bukan boolean", HttpMethod.GET, "/api/claims?overdue=mungkin", "bpjs.6203", null, null, "overdue"));
        cases.add(new Case("klaim: dokumen klaim tak dikenal", HttpMethod.POST, "/api/claims/KLM-6203-1999-0001/documents",
                "bpjs.6203", MediaType.APPLICATION_JSON, "{}", null));
    }

    static void candidates(List<Case> cases) {
        ObjectNode valid = json("{\"regencyCode\":\"6203\",\"candidates\":[{\"nik\":\"6203011205800001\",\"name\":\"Budi\","
                + "\"birthDate\":\"1980-05-12\",\"sex\":\"M\",\"villageCode\":\"6203011001\",\"category\":\"PETANI\",\"address\":\"RT 1\"}]}");
        String path = "/api/candidates";
        mutations(cases, "calon", path, "dinsos.6203", valid, List.of("regencyCode", "candidates"), List.of());
        ObjectNode empty = valid.deepCopy();
        empty.putArray("candidates");
        cases.add(new Case("calon: daftar kosong", HttpMethod.POST, path, "dinsos.6203", MediaType.APPLICATION_JSON, empty.toString(), "candidates"));
        for (String code : List.of("9999", "62030", "6203011001")) {
            ObjectNode t = valid.deepCopy();
            t.put("regencyCode", code);
            cases.add(new Case("calon: regencyCode " + code, HttpMethod.POST, path, "dinsos.6203", MediaType.APPLICATION_JSON, t.toString(), "regencyCode"));
        }
        ObjectNode other = valid.deepCopy();
        other.put("regencyCode", "6208");
        cases.add(new Case("calon: kabupaten lain", HttpMethod.POST, path, "dinsos.6203", MediaType.APPLICATION_JSON, other.toString(), null));
        cases.add(new Case("calon: lurah tidak boleh", HttpMethod.POST, path, "lurah.6203011001", MediaType.APPLICATION_JSON, valid.toString(), null));
        ObjectNode rowType = valid.deepCopy();
        ((ObjectNode) rowType.get("candidates").get(0)).putArray("birthDate");
        cases.add(new Case("calon: tanggal lahir larik", HttpMethod.POST, path, "dinsos.6203", MediaType.APPLICATION_JSON, rowType.toString(), "birthDate"));

        String importPath = "/api/candidates/import";
        String header = "nik,name,birthDate,sex,villageCode,category,address,phone,email,dtksId\n";
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("berkas kosong", new byte[0]);
        files.put("judul salah", "nomor,nama\n1,2\n".getBytes(StandardCharsets.UTF_8));
        files.put("biner", new byte[]{0, 1, 2, (byte) 0xff, (byte) 0xfe});
        files.put("xlsx rusak", new byte[]{'P', 'K', 3, 4, 0, 0, 9, 9, 9});
        files.put("Latin-1", (header + "6203011205800001,Jos\u00e9,1980-05-12,M,6203011001,PETANI,RT 1,,,\n").getBytes(StandardCharsets.ISO_8859_1));
        files.put("terlalu besar", new byte[10 * 1024 * 1024 + 100_000]);
        files.forEach((label, bytes) -> {
            var body = new LinkedMultiValueMap<String, Object>();
            body.add("file", new ByteArrayResource(bytes) {
                @Override
                public String getFilename() {
                    return label.startsWith("xlsx") ? "calon.xlsx" : "calon.csv";
                }
            });
            body.add("regencyCode", "6203");
            cases.add(new Case("impor calon: " + label, HttpMethod.POST, importPath, "dinsos.6203", MediaType.MULTIPART_FORM_DATA, body, "file"));
        });
        var noFile = new LinkedMultiValueMap<String, Object>();
        noFile.add("regencyCode", "6203");
        cases.add(new Case("impor calon: tanpa berkas", HttpMethod.POST, importPath, "dinsos.6203", MediaType.MULTIPART_FORM_DATA, noFile, "file"));
        var noRegency = new LinkedMultiValueMap<String, Object>();
        noRegency.add("file", new ByteArrayResource((header + "6203011205800001,Budi,1980-05-12,M,6203011001,PETANI,RT 1,,,\n")
                .getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return "calon.csv";
            }
        });
        cases.add(new Case("impor calon: tanpa regencyCode", HttpMethod.POST, importPath, "dinsos.6203", MediaType.MULTIPART_FORM_DATA, noRegency, "regencyCode"));
        for (String id : List.of("abc", "999999999", "-1")) {
            cases.add(new Case("calon: baca " + id, HttpMethod.GET, "/api/candidates/" + id, "dinsos.6203", null, null, null));
            cases.add(new Case("batch: baca " + id, HttpMethod.GET, "/api/batches/" + id, "dinsos.6203", null, null, null));
        }
    }

    static String abbreviate(String s) {
        return s.length() > 30 ? s.substring(0, 30) + "…" : s;
    }

    static void regionImport(List<Case> cases) {
        String path = "/api/admin/regions/import";
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("kode bertitik salah", "code,name\n62.3.01.2001,X\n".getBytes(StandardCharsets.UTF_8));
        files.put("kode huruf", "code,name\n62O3012099,X\n".getBytes(StandardCharsets.UTF_8));
        files.put("induk tak dikenal", "code,name\n6299992001,X\n".getBytes(StandardCharsets.UTF_8));
        files.put("kode ganda", "code,name\n6203019001,A\n6203019001,B\n".getBytes(StandardCharsets.UTF_8));
        files.put("rumus di sel", "code,name\n6203019002,=cmd|' /C calc'!A0\n".getBytes(StandardCharsets.UTF_8));
        files.put("nama kosong", "code,name\n6203019003,\n".getBytes(StandardCharsets.UTF_8));
        files.put("nama terlalu panjang", ("code,name\n6203019004," + "A".repeat(300) + "\n").getBytes(StandardCharsets.UTF_8));
        files.put("Latin-1", "code,name\n6203019005,Desa \u00c9\n".getBytes(StandardCharsets.ISO_8859_1));
        files.put("tanpa judul", "6203019006,X\n".getBytes(StandardCharsets.UTF_8));
        files.put("berkas kosong", new byte[0]);
        files.put("biner", new byte[]{0, (byte) 0xff, (byte) 0xfe, 1, 2, 3});
        files.put("SQL di nama", "code,name\n6203019007,x'); DROP TABLE region;--\n".getBytes(StandardCharsets.UTF_8));
        files.put("terlalu besar", new byte[10 * 1024 * 1024 + 100_000]);
        files.forEach((label, bytes) -> {
            var body = new LinkedMultiValueMap<String, Object>();
            body.add("file", new ByteArrayResource(bytes) {
                @Override
                public String getFilename() {
                    return "wilayah.csv";
                }
            });
            cases.add(new Case("impor wilayah: " + label, HttpMethod.POST, path, "admin", MediaType.MULTIPART_FORM_DATA, body,
                    label.equals("terlalu besar") || label.equals("berkas kosong") || label.equals("biner")
                            || label.equals("Latin-1") || label.equals("tanpa judul") ? "file" : null));
        });
        cases.add(new Case("impor wilayah: tanpa berkas", HttpMethod.POST, path, "admin", MediaType.MULTIPART_FORM_DATA,
                new LinkedMultiValueMap<String, Object>(), "file"));
        cases.add(new Case("impor wilayah: bukan admin", HttpMethod.POST, path, "dinsos.6203", MediaType.TEXT_PLAIN,
                "code,name\n6203019008,X\n", null));
    }

    static void queries(List<Case> cases) {
        for (String q : List.of("regencyCode=abc", "regencyCode=62", "regencyCode=620301x", "regencyCode=",
                "regencyCode=6203'%20OR%20'1'='1", "regencyCode=6203&status=HIDUP", "regencyCode=6203&page=-1",
                "regencyCode=6203&size=0", "regencyCode=6203&size=100000", "regencyCode=6203&page=x", "regencyCode=6208",
                "status=ACTIVE")) {
            String field = q.startsWith("status=") ? "regencyCode" : q.contains("status=") ? "status" : q.contains("page=")
                    ? "page" : q.contains("size=") ? "size" : q.equals("regencyCode=6208") ? null : "regencyCode";
            cases.add(new Case("daftar peserta: " + q, HttpMethod.GET, "/api/members?" + q, "dinsos.6203", null, null, field));
        }
        for (String code : List.of("abc", "62", "9999", "6208", "6203'--", "62030")) {
            cases.add(new Case("cakupan: " + code, HttpMethod.GET, "/api/coverage/" + code, "dinsos.6203", null, null, null));
        }
        for (String n : List.of("abc", "123", "62080000001", "6203000000%27", "9".repeat(300))) {
            cases.add(new Case("peserta: " + n, HttpMethod.GET, "/api/members/" + n, "dinsos.6203", null, null, null));
        }
        for (String n : List.of("PKS-6208-2026", "PKS-9999-2026", "x", "PKS-6203-abc")) {
            cases.add(new Case("PKS: " + n, HttpMethod.GET, "/api/agreements/" + n, "dinsos.6203", null, null, null));
        }
        for (String q : List.of("regionCode=abc", "regionCode=6208", "regionCode=6203&status=X", "")) {
            cases.add(new Case("ekspor peserta: " + q, HttpMethod.GET, "/api/members/export.xlsx?" + q, "dinsos.6203", null, null, null));
        }
        for (String path : List.of("/api/reports/coverage-backlog", "/api/reports/coverage-backlog.xlsx")) {
            for (String q : List.of("", "regencyCode=", "regencyCode=abc", "regencyCode=62", "regencyCode=620301",
                    "regencyCode=9999", "regencyCode=6203'--", "regencyCode=6208", "regencyCode=6203&days=0",
                    "regencyCode=6203&days=366", "regencyCode=6203&days=x", "regencyCode=6203&days=9999999999")) {
                String field = q.contains("days=") ? "days" : q.equals("regencyCode=6208") ? null : "regencyCode";
                cases.add(new Case("laporan cakupan" + (path.endsWith(".xlsx") ? " (Excel)" : "") + ": " + q, HttpMethod.GET,
                        path + "?" + q, "supervisor.6203", null, null, field));
            }
        }
        // The other exports and the invoice list: the field named for bad input, 403 (no field) for another regency.
        Map<String, String> regencyQueries = new LinkedHashMap<>();
        regencyQueries.put("", "regencyCode");
        regencyQueries.put("regencyCode=abc", "regencyCode");
        regencyQueries.put("regencyCode=9999", "regencyCode");
        regencyQueries.put("regencyCode=620301", "regencyCode");
        regencyQueries.put("regencyCode=6203'%20OR%20'1'='1", "regencyCode");
        regencyQueries.put("regencyCode=6208", null);
        Map<String, Map<String, String>> exports = new LinkedHashMap<>();
        exports.put("lampiran SK", Map.of("batchId=abc", "batchId", "batchId=-1", "batchId", "batchId=999999999", "batchId",
                "draft=mungkin", "draft"));
        exports.put("tagihan iuran", Map.of("year=19", "year", "year=tahun", "year", "year=2101", "year"));
        exports.put("ekspor tagihan iuran", Map.of("year=x", "year", "year=1999", "year"));
        exports.put("ekspor klaim", Map.of("year=x", "year", "status=LUNAS", "status", "status=PAID;DROP", "status"));
        Map<String, String> paths = Map.of("lampiran SK", "/api/candidates/final-list.xlsx",
                "tagihan iuran", "/api/premium-invoices", "ekspor tagihan iuran", "/api/premium-invoices/export.xlsx",
                "ekspor klaim", "/api/claims/export.xlsx");
        exports.forEach((label, params) -> {
            regencyQueries.forEach((q, field) -> cases.add(new Case(label + ": " + q, HttpMethod.GET,
                    paths.get(label) + "?" + q, "dinsos.6203", null, null, field)));
            params.forEach((q, field) -> cases.add(new Case(label + ": " + q, HttpMethod.GET,
                    paths.get(label) + "?regencyCode=6203&" + q, "dinsos.6203", null, null, field)));
        });
        cases.add(new Case("lampiran SK: lurah", HttpMethod.GET, "/api/candidates/final-list.xlsx?regencyCode=6203",
                "lurah.6203011001", null, null, null));
    }
}
