package id.jamsos.rentan.web;

import id.jamsos.rentan.common.Problems;
import id.jamsos.rentan.identity.BasicAuthFilter;
import id.jamsos.rentan.identity.CurrentOfficial;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * {@code Idempotency-Key} on POST /api/**: the first request with a key (per user) is executed and its answer
 * stored; a repeat, even sent in parallel, gets that same answer and creates nothing new. The key row is
 * claimed (unique primary key) before the request runs, so concurrent repeats wait for the first one.
 * Server errors (5xx) release the key so that the client may retry.
 */
public class IdempotencyFilter extends OncePerRequestFilter {
    static final String HEADER = "Idempotency-Key";
    private static final long WAIT_MS = 30_000;

    private final JdbcTemplate jdbc;

    public IdempotencyFilter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null
                || request.getRequestURI().startsWith(request.getContextPath() + BasicAuthFilter.PUBLIC_API_PREFIX);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER).trim();
        if (key.isEmpty() || key.length() > 200) {
            Problems.write(response, HttpStatus.BAD_REQUEST, "Data tidak valid",
                    "Idempotency-Key: wajib 1 sampai 200 karakter");
            return;
        }
        String user = CurrentOfficial.get().userId();
        String path = request.getRequestURI();
        try {
            jdbc.update("insert into idempotency_key (user_id, idem_key, request_path, state, created_at) values (?,?,?,?,?)",
                    user, key, path, "IN_PROGRESS", Timestamp.from(Instant.now()));
        } catch (DuplicateKeyException repeat) {
            replay(user, key, path, response);
            return;
        }
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        boolean stored = false;
        try {
            chain.doFilter(request, wrapper);
            if (wrapper.getStatus() < 500) {
                jdbc.update("update idempotency_key set state = 'DONE', status_code = ?, content_type = ?, body = ? "
                                + "where user_id = ? and idem_key = ?", wrapper.getStatus(), wrapper.getContentType(),
                        new String(wrapper.getContentAsByteArray(), StandardCharsets.UTF_8), user, key);
                stored = true;
            }
        } finally {
            if (!stored) {
                jdbc.update("delete from idempotency_key where user_id = ? and idem_key = ?", user, key);
            }
            wrapper.copyBodyToResponse();
        }
    }

    private void replay(String user, String key, String path, HttpServletResponse response) throws IOException {
        long end = System.currentTimeMillis() + WAIT_MS;
        while (true) {
            List<Map<String, Object>> rows = jdbc.queryForList(
                    "select * from idempotency_key where user_id = ? and idem_key = ?", user, key);
            if (rows.isEmpty()) {
                Problems.write(response, HttpStatus.CONFLICT, "Permintaan sedang diulang",
                        "Permintaan pertama dengan Idempotency-Key ini gagal; kirim ulang");
                return;
            }
            Map<String, Object> row = rows.get(0);
            if (!path.equals(row.get("request_path"))) {
                Problems.write(response, HttpStatus.UNPROCESSABLE_ENTITY, "Idempotency-Key dipakai ulang",
                        "Idempotency-Key ini sudah dipakai untuk " + row.get("request_path"));
                return;
            }
            if ("DONE".equals(row.get("state"))) {
                response.setStatus(((Number) row.get("status_code")).intValue());
                if (row.get("content_type") != null) {
                    response.setContentType((String) row.get("content_type"));
                }
                response.setHeader("Idempotent-Replayed", "true");
                String body = (String) row.get("body");
                if (body != null) {
                    response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
                }
                return;
            }
            if (System.currentTimeMillis() > end) {
                Problems.write(response, HttpStatus.CONFLICT, "Permintaan sedang diproses",
                        "Permintaan pertama dengan Idempotency-Key ini masih diproses; coba lagi sebentar");
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
