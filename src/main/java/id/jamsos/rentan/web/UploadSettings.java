package id.jamsos.rentan.web;

import id.jamsos.rentan.common.FieldError;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

import java.util.List;

/**
 * {@code jamsos.upload.max-file-size}: the one size limit of an uploaded file (candidate CSV/XLSX, the region list,
 * attachments), whichever way it arrives: /api multipart or raw body, engine-rest, the Tasklist start form. Also
 * the multipart limit ({@code spring.servlet.multipart.max-file-size} reads it). Above it: 413 problem+json with
 * {@link #message()} on field {@code file}. Value in application.yml only; missing fails the start.
 */
@Validated
@ConfigurationProperties(prefix = "jamsos.upload", ignoreUnknownFields = false)
public record UploadSettings(@NotNull DataSize maxFileSize) {

    /** The limit in bytes. */
    public long maxBytes() {
        return maxFileSize.toBytes();
    }

    /** "10 MB" (whole megabytes), or the byte count for a limit below 1 MB. */
    public String label() {
        long bytes = maxBytes();
        return bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : bytes + " byte";
    }

    /** The detail of every 413 answer. */
    public String message() {
        return "Ukuran berkas melebihi batas " + label() + ": perkecil berkas atau bagi menjadi beberapa kiriman";
    }

    /** The field entry of every 413 answer. */
    public List<FieldError> errors() {
        return List.of(FieldError.of("file", "ukuran maksimal " + label()));
    }

    public static final String TITLE = "Berkas terlalu besar";
}
