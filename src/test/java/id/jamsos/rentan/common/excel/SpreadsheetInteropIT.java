package id.jamsos.rentan.common.excel;

import id.jamsos.rentan.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The upload template and the exports as LibreOffice opens them: each file is converted headless
 * ({@code soffice --convert-to fods}, Debian's libreoffice-calc-nogui) and the flat OpenDocument it writes is read
 * back. Text columns (NIK, codes) arrive as text with all 16 digits, dates as dates, amounts as numbers; in the
 * template, the empty rows below the example keep the text format, so an official typing a NIK there gets text.
 */
class SpreadsheetInteropIT extends IntegrationTest {
    static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    static final String STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
    static final String NUMBER = "urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0";
    static final String SOFFICE = "/usr/bin/soffice";

    @Test
    void uploadTemplateOpensWithTextNikAlsoInEmptyRows() throws Exception {
        Document doc = open(as("dinsos.6203").getForEntity(url("/api/candidates/import-template.xlsx"), byte[].class),
                "templat");
        List<List<Cell>> rows = rows(doc);
        assertThat(rows.get(0)).extracting(Cell::text).startsWith("nik", "name", "birthDate", "sex", "villageCode");
        Cell nik = rows.get(1).get(0);
        assertThat(nik.type()).isEqualTo("string");
        assertThat(nik.text()).isEqualTo("6203010101900001");
        // Rows an official adds: text for the NIK and the village code, so 16 digits stay 16 digits.
        assertThat(columnFormat(doc, 0)).isEqualTo("text");
        assertThat(columnFormat(doc, 4)).isEqualTo("text");
        // Dates as dates: the birth date column, and the example's birth date is a date cell.
        assertThat(columnFormat(doc, 2)).isEqualTo("date");
        assertThat(rows.get(1).get(2).type()).isEqualTo("date");
    }

    @Test
    void exportsOpenWithTextDatesAndNumbersAsTyped() throws Exception {
        Document members = open(as("dinsos.6203").getForEntity(url("/api/members/export.xlsx?regionCode=6203"),
                byte[].class), "peserta");
        List<List<Cell>> rows = rows(members);
        int header = headerRow(rows, "NIK");
        List<String> head = rows.get(header).stream().map(Cell::text).toList();
        int nik = head.indexOf("NIK");
        int start = indexOfStarting(head, "Mulai");
        Cell firstNik = rows.get(header + 1).get(nik);
        assertThat(firstNik.type()).isEqualTo("string");
        assertThat(firstNik.text()).matches("\\d{6}\\*{8}\\d{2}");
        Cell coverageStart = rows.get(header + 1).get(start);
        assertThat(coverageStart.type()).isEqualTo("date");
        assertThat(coverageStart.text()).matches("\\d{2}-\\d{2}-\\d{4}");

        Document budget = open(as("supervisor.6203").getForEntity(url("/api/dashboard/anggaran.xlsx?regencyCode=6203"),
                byte[].class), "anggaran");
        List<List<Cell>> b = rows(budget);
        int h = headerRow(b, "Ukuran");
        assertThat(b.get(h + 1).get(1).type()).isEqualTo("float");
        assertThat(b.get(h + 1).get(3).type()).isEqualTo("percentage");

        Document claims = open(as("supervisor.6203").getForEntity(url("/api/dashboard/klaim.xlsx?regencyCode=6203"),
                byte[].class), "klaim");
        List<List<Cell>> c = rows(claims);
        int ch = headerRow(c, "Bulan");
        assertThat(c.get(ch + 1).get(0).type()).isEqualTo("date");
        // Rupiah: a number LibreOffice shows with the Rp format (not text a sum would skip).
        assertThat(c.get(ch + 1).get(3).type()).isEqualTo("float");
        assertThat(c.get(ch + 1).get(3).text()).startsWith("Rp");
    }

    record Cell(String type, String value, String text) {
    }

    private static int indexOfStarting(List<String> head, String prefix) {
        for (int i = 0; i < head.size(); i++) {
            if (head.get(i).startsWith(prefix)) {
                return i;
            }
        }
        throw new AssertionError("no column starting with " + prefix + " in " + head);
    }

    private static int headerRow(List<List<Cell>> rows, String firstHeader) {
        for (int r = 0; r < rows.size(); r++) {
            if (rows.get(r).stream().anyMatch(c -> c.text().equals(firstHeader))) {
                return r;
            }
        }
        throw new AssertionError("no header " + firstHeader);
    }

    /** LibreOffice converts the XLSX to flat ODS; the result parsed (namespaces on). */
    private static Document open(ResponseEntity<byte[]> download, String name) throws Exception {
        assertThat(download.getStatusCode().value()).isEqualTo(200);
        Path dir = Files.createTempDirectory("jamsos-lo-");
        Path xlsx = dir.resolve(name + ".xlsx");
        Files.write(xlsx, download.getBody());
        assertThat(new File(SOFFICE).canExecute()).as("LibreOffice (apt-get install libreoffice-calc-nogui)").isTrue();
        Process p = new ProcessBuilder(SOFFICE, "--headless", "--norestore", "--nolockcheck",
                "-env:UserInstallation=file://" + dir.resolve("profile").toAbsolutePath(),
                "--convert-to", "fods", "--outdir", dir.toString(), xlsx.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("soffice finished").isTrue();
        Path fods = dir.resolve(name + ".fods");
        assertThat(fods).as(Files.readString(dir.resolve("soffice.log"))).exists();
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(fods.toFile());
    }

    /** The first sheet's rows, repeated cells expanded (up to 30 columns). */
    private static List<List<Cell>> rows(Document doc) {
        Element table = (Element) doc.getElementsByTagNameNS(TABLE, "table").item(0);
        List<List<Cell>> rows = new ArrayList<>();
        NodeList rowNodes = table.getElementsByTagNameNS(TABLE, "table-row");
        for (int r = 0; r < rowNodes.getLength() && r < 200; r++) {
            Element row = (Element) rowNodes.item(r);
            List<Cell> cells = new ArrayList<>();
            NodeList cellNodes = row.getElementsByTagNameNS(TABLE, "table-cell");
            for (int c = 0; c < cellNodes.getLength() && cells.size() < 30; c++) {
                Element cell = (Element) cellNodes.item(c);
                String type = cell.getAttributeNS(OFFICE, "value-type");
                String value = type.equals("date") ? cell.getAttributeNS(OFFICE, "date-value")
                        : cell.getAttributeNS(OFFICE, "value");
                String repeated = cell.getAttributeNS(TABLE, "number-columns-repeated");
                int times = repeated.isEmpty() ? 1 : Math.min(Integer.parseInt(repeated), 30);
                for (int t = 0; t < times; t++) {
                    cells.add(new Cell(type, value.length() >= 10 && type.equals("date") ? value.substring(0, 10) : value,
                            cell.getTextContent().trim()));
                }
            }
            rows.add(cells);
        }
        return rows;
    }

    /** The kind of number format of a column's default cell style: text, date, number, or none. */
    private static String columnFormat(Document doc, int column) {
        Element table = (Element) doc.getElementsByTagNameNS(TABLE, "table").item(0);
        NodeList cols = table.getElementsByTagNameNS(TABLE, "table-column");
        List<String> styles = new ArrayList<>();
        for (int i = 0; i < cols.getLength(); i++) {
            Element col = (Element) cols.item(i);
            String repeated = col.getAttributeNS(TABLE, "number-columns-repeated");
            int times = repeated.isEmpty() ? 1 : Math.min(Integer.parseInt(repeated), 30);
            for (int t = 0; t < times; t++) {
                styles.add(col.getAttributeNS(TABLE, "default-cell-style-name"));
            }
        }
        String cellStyle = styles.get(column);
        Map<String, String> dataStyleOf = new HashMap<>();
        NodeList all = doc.getElementsByTagNameNS(STYLE, "style");
        for (int i = 0; i < all.getLength(); i++) {
            Element s = (Element) all.item(i);
            dataStyleOf.put(s.getAttributeNS(STYLE, "name"), s.getAttributeNS(STYLE, "data-style-name"));
        }
        String dataStyle = dataStyleOf.getOrDefault(cellStyle, "");
        if (dataStyle.isEmpty()) {
            return "none";
        }
        for (String kind : new String[]{"text", "date", "number"}) {
            NodeList defs = doc.getElementsByTagNameNS(NUMBER, kind + "-style");
            for (int i = 0; i < defs.getLength(); i++) {
                if (dataStyle.equals(((Element) defs.item(i)).getAttributeNS(STYLE, "name"))) {
                    return kind;
                }
            }
        }
        return "other:" + dataStyle;
    }
}
