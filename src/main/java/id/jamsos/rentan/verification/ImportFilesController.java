package id.jamsos.rentan.verification;

import id.jamsos.rentan.common.FieldError;
import id.jamsos.rentan.common.Formats;
import id.jamsos.rentan.common.NotFoundException;
import id.jamsos.rentan.common.excel.Column;
import id.jamsos.rentan.common.excel.XlsxWriter;
import id.jamsos.rentan.identity.CurrentOfficial;
import id.jamsos.rentan.identity.RegionAccessPolicy;
import id.jamsos.rentan.identity.Role;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Excel files around an upload: the empty template, and a batch's rejected rows to fix and send again. The
 * rejected file has the upload's own columns (the parser ignores the two extra ones at the right), so Dinas
 * Sosial corrects the cells and uploads the same file.
 */
@RestController
public class ImportFilesController {
    private static final DateTimeFormatter FILE_DATE = DateTimeFormatter.ofPattern("yyyyMMdd");

    private final CandidateRepository candidates;
    private final RegionAccessPolicy policy;
    private final Clock clock;

    /** @param clock the application's WIB clock ({@code config.ClockConfig}): the day in a download's file name */
    public ImportFilesController(CandidateRepository candidates, RegionAccessPolicy policy, Clock clock) {
        this.candidates = candidates;
        this.policy = policy;
        this.clock = clock;
    }

    /** A rejected row with every problem found in it. */
    record Rejected(CandidateRow row, List<FieldError> problems) {
    }

    /** The upload's columns, as text so NIKs keep 16 digits and dates stay as written. */
    static <T> List<Column<T>> uploadColumns(Function<T, CandidateRow> row) {
        List<Column<T>> columns = new ArrayList<>();
        Map<String, Function<CandidateRow, String>> values = new LinkedHashMap<>();
        values.put("nik", CandidateRow::nik);
        values.put("name", CandidateRow::name);
        values.put("birthDate", CandidateRow::birthDate);
        values.put("sex", CandidateRow::sex);
        values.put("villageCode", CandidateRow::villageCode);
        values.put("category", CandidateRow::category);
        values.put("address", CandidateRow::address);
        values.put("phone", CandidateRow::phone);
        values.put("email", CandidateRow::email);
        values.put("dtksId", CandidateRow::dtksId);
        values.forEach((name, value) -> columns.add(Column.text(name, name.equals("address") ? 36
                : name.equals("name") ? 28 : 18, t -> value.apply(row.apply(t)))));
        return columns;
    }

    static final List<Column<Rejected>> REJECTED_COLUMNS;

    static {
        List<Column<Rejected>> columns = new ArrayList<>(uploadColumns(Rejected::row));
        columns.add(Column.integer("Baris asal", 10, r -> r.row().rowNo()));
        columns.add(Column.text("Masalah (diabaikan saat diunggah)", 60, r -> r.problems().stream()
                .map(p -> p.field() + ": " + p.message()).collect(Collectors.joining("; "))));
        REJECTED_COLUMNS = List.copyOf(columns);
    }

    static byte[] rejectedWorkbook(long batchId, List<CandidateRow> rows, List<FieldError> errors) {
        Map<Integer, List<FieldError>> byRow = errors.stream().filter(e -> e.row() != null)
                .collect(Collectors.groupingBy(FieldError::row, LinkedHashMap::new, Collectors.toList()));
        List<Rejected> lines = rows.stream().map(r -> new Rejected(r, byRow.getOrDefault(r.rowNo(), List.of()))).toList();
        try (XlsxWriter writer = new XlsxWriter()) {
            return writer.sheet("Ditolak kiriman " + batchId, REJECTED_COLUMNS, lines).toBytes();
        }
    }

    @GetMapping("/api/batches/{batchId}/rejected.xlsx")
    public ResponseEntity<byte[]> rejected(@PathVariable long batchId) {
        CandidateRepository.Batch b = candidates.findBatch(batchId)
                .orElseThrow(() -> new NotFoundException("Kiriman " + batchId + " tidak ditemukan"));
        // Full NIKs as uploaded: only Dinas Sosial of the regency, who sent them, gets them back.
        policy.requireRole(CurrentOfficial.get(), Role.DINSOS, b.regencyCode());
        byte[] file = rejectedWorkbook(batchId, candidates.rejectedRows(batchId), candidates.errors(batchId));
        return xlsx(file, "ditolak-kiriman-" + batchId + "-" + LocalDate.now(clock.withZone(Formats.WIB)).format(FILE_DATE) + ".xlsx");
    }

    /** The upload template ({@link CandidateTemplate}): text-formatted NIK and phone, category drop-down. */
    @GetMapping("/api/candidates/import-template.xlsx")
    public ResponseEntity<byte[]> template() {
        return xlsx(CandidateTemplate.build(), "templat-calon-peserta.xlsx");
    }

    private static ResponseEntity<byte[]> xlsx(byte[] file, String filename) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(XlsxWriter.CONTENT_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
                .body(file);
    }
}
