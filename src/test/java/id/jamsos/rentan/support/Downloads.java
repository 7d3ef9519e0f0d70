package id.jamsos.rentan.support;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks shared by the Excel export tests: the download itself, cells as an Indonesian Excel shows them, refusals. */
public final class Downloads {
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final DataFormatter INDONESIAN = new DataFormatter(new Locale("id", "ID"));

    private Downloads() {
    }

    /** A 200 XLSX attachment whose file name matches the pattern; the workbook opened with POI. */
    public static XSSFWorkbook xlsx(ResponseEntity<byte[]> r, String filenamePattern) {
        assertThat(r.getStatusCode()).as(r.getBody() == null ? "" : new String(r.getBody())).isEqualTo(HttpStatus.OK);
        assertThat(r.getHeaders().getContentType()).hasToString(XLSX);
        assertThat(r.getHeaders().getContentDisposition().isAttachment()).isTrue();
        assertThat(r.getHeaders().getContentDisposition().getFilename()).matches(filenamePattern);
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(r.getBody()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A form's Excel link as the official meets it: a visible link with exactly this text to exactly this
     * address, fetched with the page's login alone, a 200 XLSX; the workbook opened with POI.
     */
    public static XSSFWorkbook xlsxLink(Browser b, String linkText, String url) {
        WebElement link = b.waitForVisible(By.linkText(linkText));
        assertThat(link.getAttribute("href")).isEqualTo(url);
        Browser.Download download = b.fetch(url);
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.contentType()).isEqualTo(XLSX);
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(download.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every cell of the first sheet as an Indonesian Excel displays it, row by row. */
    public static List<String> shownCells(XSSFWorkbook wb) {
        List<String> cells = new ArrayList<>();
        for (Row row : wb.getSheetAt(0)) {
            for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                cells.add(shown(row, c));
            }
        }
        return cells;
    }

    /** The cell as an Indonesian Excel displays it ("" for a missing cell). */
    public static String shown(Row row, int column) {
        Cell cell = row.getCell(column);
        return cell == null ? "" : INDONESIAN.formatCellValue(cell);
    }

    /** The header cells of a row. */
    public static List<String> header(Row row) {
        List<String> out = new ArrayList<>();
        row.forEach(c -> out.add(c.getStringCellValue()));
        return out;
    }

    /** A 400 problem+json whose first error names the field. */
    public static void assertBadParameter(ResponseEntity<JsonNode> r, String field) {
        assertThat(r.getStatusCode()).as(String.valueOf(r.getBody())).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(r.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        assertThat(r.getBody().get("errors").get(0).get("field").asText()).isEqualTo(field);
    }

    /** A 403 problem+json naming the region asked for. */
    public static void assertForbidden(ResponseEntity<JsonNode> r, String region) {
        assertThat(r.getStatusCode()).as(String.valueOf(r.getBody())).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(r.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        assertThat(r.getBody().get("detail").asText()).contains(region);
    }
}
