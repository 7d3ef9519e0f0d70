package id.jamsos.rentan.web;

import id.jamsos.rentan.common.ConflictException;
import id.jamsos.rentan.common.FieldError;
import id.jamsos.rentan.common.NotFoundException;
import id.jamsos.rentan.common.Problems;
import id.jamsos.rentan.common.ValidationException;
import id.jamsos.rentan.identity.RegionAccessDeniedException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import java.util.List;

/** Every /api error as application/problem+json, with one entry per invalid field, in Bahasa Indonesia. */
@RestControllerAdvice
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final UploadSettings upload;

    public ApiExceptionHandler(UploadSettings upload) {
        this.upload = upload;
    }

    @ExceptionHandler(ValidationException.class)
    ResponseEntity<ProblemDetail> validation(ValidationException e) {
        return respond(Problems.problem(HttpStatus.BAD_REQUEST, "Data tidak valid",
                "Periksa kembali isian berikut: " + summary(e.errors()), e.errors()));
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException e) {
        return respond(Problems.problem(HttpStatus.NOT_FOUND, "Tidak ditemukan", e.getMessage(), null));
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<ProblemDetail> conflict(ConflictException e) {
        return respond(Problems.problem(HttpStatus.CONFLICT, "Data ganda", e.getMessage(),
                List.of(FieldError.of(e.field(), e.getMessage()))));
    }

    /**
     * Two requests raced for the same record (a second open candidacy of a NIK, a second claim for one death, the
     * same task completed twice): the database constraint or Camunda's optimistic lock refused the loser, which
     * changed nothing. 409 naming the field the constraint guards.
     */
    @ExceptionHandler({DuplicateKeyException.class, ConcurrencyFailureException.class, OptimisticLockingException.class})
    ResponseEntity<ProblemDetail> race(Exception e) {
        String text = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
        String field = text.contains("open_nik") ? "nik"
                : text.contains("membership_number") ? "membershipNumber"
                : text.contains("claim") ? "claimNumber"
                : e instanceof OptimisticLockingException ? "taskId" : "body";
        String detail = "Data yang sama baru saja disimpan atau diubah oleh permintaan lain; muat ulang data lalu periksa "
                + "apakah permintaan ini masih diperlukan";
        log.info("Concurrent request refused with 409 ({}): {}", field, e.getClass().getSimpleName());
        return respond(Problems.problem(HttpStatus.CONFLICT, "Data ganda", detail, List.of(FieldError.of(field, detail))));
    }

    @ExceptionHandler(RegionAccessDeniedException.class)
    ResponseEntity<ProblemDetail> forbidden(RegionAccessDeniedException e) {
        return respond(Problems.problem(HttpStatus.FORBIDDEN, "Akses ditolak", e.getMessage(), null));
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException e,
                                                                          HttpHeaders headers, HttpStatusCode status,
                                                                          WebRequest request) {
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).contentType(Problems.PROBLEM_JSON).body(
                Problems.problem(HttpStatus.PAYLOAD_TOO_LARGE, UploadSettings.TITLE, upload.message(), upload.errors()));
    }

    /** A broken multipart body (not the size limit, which is 413): bad input naming the upload. */
    @ExceptionHandler(org.springframework.web.multipart.MultipartException.class)
    ResponseEntity<ProblemDetail> brokenUpload(org.springframework.web.multipart.MultipartException e) {
        if (e instanceof MaxUploadSizeExceededException) {
            // The one upload limit and message (UploadSettings), as everywhere else.
            return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).contentType(Problems.PROBLEM_JSON).body(
                    Problems.problem(HttpStatus.PAYLOAD_TOO_LARGE, UploadSettings.TITLE, upload.message(), upload.errors()));
        }
        return respond(Problems.problem(HttpStatus.BAD_REQUEST, "Data tidak valid",
                "file: kiriman berkas (multipart/form-data) tidak dapat dibaca",
                List.of(FieldError.of("file", "kiriman berkas tidak dapat dibaca"))));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
        return respond(Problems.problem(HttpStatus.BAD_REQUEST, "Data tidak valid",
                "Parameter " + e.getName() + " tidak valid",
                List.of(FieldError.of(e.getName(), "format tidak valid"))));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        String field = "body";
        String message = "isi permintaan bukan JSON yang valid";
        if (e.getCause() instanceof JsonMappingException mie && !mie.getPath().isEmpty()) {
            field = mie.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse("body");
            message = mie instanceof InvalidFormatException ife
                    ? "nilai '" + abbreviate(ife.getValue()) + "' tidak sesuai format " + ife.getTargetType().getSimpleName()
                    : mie instanceof MismatchedInputException ? "tipe data tidak sesuai" : "nilai tidak valid (terlalu panjang atau di luar jangkauan)";
        }
        return ResponseEntity.badRequest().contentType(Problems.PROBLEM_JSON).body(
                Problems.problem(HttpStatus.BAD_REQUEST, "Data tidak valid", field + ": " + message,
                        List.of(FieldError.of(field, message))));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = e.getBindingResult().getFieldErrors().stream()
                .map(f -> FieldError.of(f.getField(), f.getDefaultMessage())).toList();
        return ResponseEntity.badRequest().contentType(Problems.PROBLEM_JSON).body(
                Problems.problem(HttpStatus.BAD_REQUEST, "Data tidak valid", summary(errors), errors));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
                                                                          HttpHeaders headers, HttpStatusCode status,
                                                                          WebRequest request) {
        List<FieldError> errors = List.of(FieldError.of(e.getParameterName(), "wajib diisi"));
        return ResponseEntity.badRequest().contentType(Problems.PROBLEM_JSON).body(
                Problems.problem(HttpStatus.BAD_REQUEST, "Data tidak valid", summary(errors), errors));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestPart(MissingServletRequestPartException e,
                                                                     HttpHeaders headers, HttpStatusCode status,
                                                                     WebRequest request) {
        List<FieldError> errors = List.of(FieldError.of(e.getRequestPartName(), "wajib diisi"));
        return ResponseEntity.badRequest().contentType(Problems.PROBLEM_JSON).body(
                Problems.problem(HttpStatus.BAD_REQUEST, "Data tidak valid", summary(errors), errors));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        // A race refused inside an engine command arrives wrapped in a ProcessEngineException.
        for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof DuplicateKeyException || t instanceof ConcurrencyFailureException
                    || t instanceof OptimisticLockingException) {
                return race((Exception) t);
            }
        }
        log.error("Unexpected error in /api", e);
        return respond(Problems.problem(HttpStatus.INTERNAL_SERVER_ERROR, "Kesalahan sistem",
                "Terjadi kesalahan pada sistem; silakan coba lagi atau hubungi admin", null));
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail pd) {
        return ResponseEntity.status(pd.getStatus()).contentType(Problems.PROBLEM_JSON).body(pd);
    }

    private static String abbreviate(Object value) {
        String s = String.valueOf(value);
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    private static String summary(List<FieldError> errors) {
        return String.join("; ", errors.stream()
                .map(f -> (f.row() != null ? "baris " + f.row() + " " : "") + f.field() + ": " + f.message())
                .limit(10).toList());
    }
}
