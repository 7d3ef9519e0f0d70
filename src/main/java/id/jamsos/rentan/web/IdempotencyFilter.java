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
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
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
 * stored; a repeat, even sent in parallel, gets that same answer and creates nothing new.
 *
 * <p>The key row is written in the same database transaction as the work it guards (the controllers' and the
 * engine's transactions join it), and the answer is released to the client only after that transaction commits.
 * So a request that dies half way (kill -9, lost connection, database outage) leaves neither its work nor its key
 * behind, and a retry with the same key simply runs (issue 12: keys used to stay "masih diproses" forever). A
 * concurrent repeat blocks on the key's primary key until the first request commits, then replays its answer
 * ({@code Idempotent-Replayed: true}); if the first rolled back, the repeat runs instead.
 *
 * <p>A refused request (4xx) changes nothing; its answer is stored in a transaction of its own so that repeats get
 * the same refusal. A server error (5xx) stores nothing, so the client may retry.
 */
public class IdempotencyFilter extends OncePerRequestFilter {
    static final String HEADER = "Idempotency-Key";

    private final JdbcTemplate jdbc;
    private final PlatformTransactionManager txManager;

    public IdempotencyFilter(JdbcTemplate jdbc, PlatformTransactionManager txManager) {
        this.jdbc = jdbc;
        this.txManager = txManager;
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
        TransactionStatus tx = txManager.getTransaction(new DefaultTransactionDefinition(TransactionDefinition.PROPAGATION_REQUIRES_NEW));
        try {
            jdbc.update("insert into idempotency_key (user_id, idem_key, request_path, state, created_at) values (?,?,?,?,?)",
                    user, key, path, "IN_PROGRESS", Timestamp.from(Instant.now()));
        } catch (DuplicateKeyException repeat) {
            txManager.rollback(tx);
            replay(user, key, path, response);
            return;
        } catch (RuntimeException e) {
            txManager.rollback(tx);
            throw e;
        }
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        boolean committed = false;
        try {
            chain.doFilter(request, wrapper);
            int status = wrapper.getStatus();
            if (status < 400 && !tx.isRollbackOnly()) {
                store(user, key, wrapper);
                txManager.commit(tx);
                committed = true;
            } else {
                txManager.rollback(tx);
                committed = true;
                if (status < 500) {
                    storeRefusal(user, key, path, wrapper);
                }
            }
        } finally {
            if (!committed && !tx.isCompleted()) {
                txManager.rollback(tx);
            }
        }
        wrapper.copyBodyToResponse();
    }

    private void store(String user, String key, ContentCachingResponseWrapper wrapper) {
        jdbc.update("update idempotency_key set state = 'DONE', status_code = ?, content_type = ?, body = ? "
                        + "where user_id = ? and idem_key = ?", wrapper.getStatus(), wrapper.getContentType(),
                new String(wrapper.getContentAsByteArray(), StandardCharsets.UTF_8), user, key);
    }

    /** A refusal changed nothing: remember it (own transaction) so that a repeat gets the same answer. */
    private void storeRefusal(String user, String key, String path, ContentCachingResponseWrapper wrapper) {
        try {
            new TransactionTemplate(txManager).executeWithoutResult(s -> jdbc.update(
                    "insert into idempotency_key (user_id, idem_key, request_path, state, status_code, content_type, body, created_at) "
                            + "values (?,?,?,'DONE',?,?,?,?)", user, key, path, wrapper.getStatus(), wrapper.getContentType(),
                    new String(wrapper.getContentAsByteArray(), StandardCharsets.UTF_8), Timestamp.from(Instant.now())));
        } catch (DuplicateKeyException concurrentRepeat) {
            // a repeat ran meanwhile and stored its own answer: keep that one
        }
    }

    private void replay(String user, String key, String path, HttpServletResponse response) throws IOException {
        List<Map<String, Object>> rows = jdbc.queryForList(
                "select * from idempotency_key where user_id = ? and idem_key = ?", user, key);
        if (rows.isEmpty() || !"DONE".equals(rows.get(0).get("state"))) {
            // Only possible on a database that does not wait for the first insert (H2 under a lock timeout).
            response.setHeader("Retry-After", "1");
            Problems.write(response, HttpStatus.CONFLICT, "Permintaan sedang diproses",
                    "Permintaan pertama dengan Idempotency-Key ini belum selesai; kirim ulang sebentar lagi");
            return;
        }
        Map<String, Object> row = rows.get(0);
        if (!path.equals(row.get("request_path"))) {
            Problems.write(response, HttpStatus.UNPROCESSABLE_ENTITY, "Idempotency-Key dipakai ulang",
                    "Idempotency-Key ini sudah dipakai untuk " + row.get("request_path"));
            return;
        }
        response.setStatus(((Number) row.get("status_code")).intValue());
        if (row.get("content_type") != null) {
            response.setContentType((String) row.get("content_type"));
        }
        response.setHeader("Idempotent-Replayed", "true");
        String body = (String) row.get("body");
        if (body != null) {
            response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
        }
    }
}
