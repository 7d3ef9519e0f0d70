package id.jamsos.rentan.region;

import id.jamsos.rentan.common.CsvLine;
import id.jamsos.rentan.common.FieldError;
import id.jamsos.rentan.common.ValidationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Imports the official Kemendagri region list (CSV "code,name", codes dotted "62.03.01.2001" or plain).
 * All or nothing: one bad row rejects the file with an error per row; a re-import changes only what changed.
 */
@Service
public class RegionImportService {
    private static final Pattern DOTTED = Pattern.compile("\\d{2}(\\.\\d{2}(\\.\\d{2}(\\.\\d{4})?)?)?");
    private static final Pattern PLAIN = Pattern.compile("\\d{2}|\\d{4}|\\d{6}|\\d{10}");
    private static final int MAX_NAME = 200;
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N} .'\\-/(),]+");

    private final RegionRepository regions;
    private final ApplicationEventPublisher events;

    public RegionImportService(RegionRepository regions, ApplicationEventPublisher events) {
        this.regions = regions;
        this.events = events;
    }

    @Transactional
    public RegionImportResult importCsv(InputStream csv) {
        List<String[]> rows = readRows(csv);
        List<FieldError> errors = new ArrayList<>();
        Map<String, String> incoming = new LinkedHashMap<>();
        Map<String, Integer> firstRow = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            int rowNo = i + 2; // header is row 1
            String[] cols = rows.get(i);
            if (cols.length < 2 || cols[0].isBlank()) {
                errors.add(new FieldError(rowNo, "code", "kode wilayah wajib diisi (format: code,name)"));
                continue;
            }
            String raw = cols[0].trim();
            String name = cols[1].trim();
            if (java.util.Arrays.stream(cols).skip(2).anyMatch(c -> !c.isBlank())) {
                errors.add(new FieldError(rowNo, "name",
                        "kolom berlebih: nama yang memuat ',' atau ';' harus diapit tanda kutip (\"...\")"));
                continue;
            }
            if (!(DOTTED.matcher(raw).matches() || PLAIN.matcher(raw).matches())) {
                errors.add(new FieldError(rowNo, "code",
                        "kode '" + raw + "' tidak valid: harus 2, 4, 6 atau 10 digit (boleh bertitik, mis. 62.03.01.2001)"));
                continue;
            }
            if (name.isEmpty()) {
                errors.add(new FieldError(rowNo, "name", "nama wilayah wajib diisi"));
                continue;
            }
            if (name.length() > MAX_NAME) {
                errors.add(new FieldError(rowNo, "name", "nama wilayah maksimal " + MAX_NAME + " karakter"));
                continue;
            }
            if (name.startsWith("=") || name.startsWith("+") || name.startsWith("@")) {
                errors.add(new FieldError(rowNo, "name", "nama wilayah tidak boleh diawali '=', '+' atau '@' (rumus)"));
                continue;
            }
            if (!NAME.matcher(name).matches()) {
                errors.add(new FieldError(rowNo, "name",
                        "nama wilayah hanya boleh berisi huruf, angka, spasi dan . ' - / ( ) ,"));
                continue;
            }
            String code = raw.replace(".", "");
            if (firstRow.containsKey(code)) {
                errors.add(new FieldError(rowNo, "code",
                        "kode " + code + " ganda: sudah ada di baris " + firstRow.get(code)));
                continue;
            }
            firstRow.put(code, rowNo);
            incoming.put(code, name);
        }
        Set<String> parents = new HashSet<>();
        incoming.keySet().forEach(c -> {
            String p = RegionLevel.parentOf(c);
            if (p != null && !incoming.containsKey(p)) {
                parents.add(p);
            }
        });
        Map<String, Region> existingParents = regions.findAll(parents);
        for (String code : incoming.keySet()) {
            String parent = RegionLevel.parentOf(code);
            if (parent != null && !incoming.containsKey(parent) && !existingParents.containsKey(parent)) {
                errors.add(new FieldError(firstRow.get(code), "code",
                        "induk wilayah " + parent + " untuk kode " + code + " tidak dikenal"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        Map<String, Region> existing = regions.findAll(incoming.keySet());
        int added = 0;
        int updated = 0;
        int unchanged = 0;
        List<Region> newRegions = new ArrayList<>();
        // Parents before children: shorter codes first.
        List<String> ordered = incoming.keySet().stream().sorted((a, b) -> a.length() != b.length()
                ? Integer.compare(a.length(), b.length()) : a.compareTo(b)).toList();
        for (String code : ordered) {
            String name = incoming.get(code);
            Region old = existing.get(code);
            if (old == null) {
                Region r = new Region(code, name, RegionLevel.ofCode(code), RegionLevel.parentOf(code));
                regions.insert(r);
                newRegions.add(r);
                added++;
            } else if (!old.name().equals(name)) {
                regions.rename(code, name);
                updated++;
            } else {
                unchanged++;
            }
        }
        if (!newRegions.isEmpty()) {
            // Groups of the new regions are created by identity, in this transaction (RegionsAdded).
            events.publishEvent(new RegionsAdded(newRegions));
        }
        return new RegionImportResult(added, updated, unchanged, 0);
    }

    private static List<String[]> readRows(InputStream csv) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(csv, decoder))) {
            String header = reader.readLine();
            if (header == null) {
                throw ValidationException.of("file", "berkas kosong: baris judul 'code,name' wajib ada");
            }
            String h = header.replace("\uFEFF", "").trim().toLowerCase();
            if (!h.startsWith("code") || !h.contains("name")) {
                throw ValidationException.of("file", "baris judul harus 'code,name'");
            }
            char sep = CsvLine.separatorOf(header);
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    rows.add(CsvLine.split(line, sep).toArray(String[]::new));
                }
            }
        } catch (CharacterCodingException e) {
            throw ValidationException.of("file", "berkas harus berenkode UTF-8");
        } catch (IOException e) {
            throw ValidationException.of("file", "berkas tidak dapat dibaca");
        }
        return rows;
    }
}
