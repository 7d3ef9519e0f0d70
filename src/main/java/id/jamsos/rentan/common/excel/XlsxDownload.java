package id.jamsos.rentan.common.excel;

import id.jamsos.rentan.common.Formats;
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

    /** The file name of an export made today (WIB). */
    public static String filename(String base) {
        return base + "-" + LocalDate.now(Formats.WIB).format(FILE_DATE) + ".xlsx";
    }

    public static ResponseEntity<byte[]> attachment(byte[] file, String filename) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(XlsxWriter.CONTENT_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
                .body(file);
    }
}
