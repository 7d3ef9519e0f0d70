package id.jamsos.rentan.common.excel;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** The HTTP answer of an export: the XLSX content type and an attachment named {@code <base>-<yyyyMMdd>.xlsx}. */
public final class XlsxDownload {
    private static final DateTimeFormatter FILE_DATE = DateTimeFormatter.ofPattern("yyyyMMdd");

    private XlsxDownload() {
    }

    /**
     * The file name of an export.
     *
     * @param base the name without date and extension, e.g. {@code klaim-6203-2026}
     * @param day  the day the export is made: "today" (WIB) of the caller's application {@code Clock}, never the
     *             system date, so a pinned or replayed day names the file as it dates its content
     * @return {@code <base>-<yyyyMMdd>.xlsx}
     */
    public static String filename(String base, LocalDate day) {
        return base + "-" + day.format(FILE_DATE) + ".xlsx";
    }

    public static ResponseEntity<byte[]> attachment(byte[] file, String filename) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(XlsxWriter.CONTENT_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
                .body(file);
    }
}
