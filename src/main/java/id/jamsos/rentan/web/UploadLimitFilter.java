package id.jamsos.rentan.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.jamsos.rentan.common.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The one upload limit ({@link UploadSettings}) in front of /api, engine-rest and the webapps' engine API (Tasklist
 * start forms): a request body larger than a file of the limit can make is answered 413 problem+json with the same
 * message everywhere, before anything reads it. Multipart and raw bodies may be the limit plus 64 KB of envelope;
 * JSON bodies (engine-rest and Tasklist send files as Base64, 4 characters per 3 bytes) four thirds of it plus the
 * same envelope. A body without Content-Length (chunked) is counted while read and refused the same way.
 */
public class UploadLimitFilter extends OncePerRequestFilter {
    static final long ENVELOPE = 64 * 1024;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final UploadSettings settings;

    public UploadLimitFilter(UploadSettings settings) {
        this.settings = settings;
    }

    /** The largest body accepted for this content type, in bytes. */
    long maxBody(String contentType) {
        long file = settings.maxBytes();
        boolean json = contentType != null && contentType.toLowerCase(Locale.ROOT).contains("json");
        return (json ? (file + 2) / 3 * 4 : file) + ENVELOPE;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long max = maxBody(request.getContentType());
        long length = request.getContentLengthLong();
        if (length > max) {
            refuse(response);
            return;
        }
        if (length >= 0) {
            chain.doFilter(request, response);
            return;
        }
        try {
            chain.doFilter(new Counting(request, max), response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (!isTooLarge(e) || response.isCommitted()) {
                throw e;
            }
            response.reset();
            refuse(response);
        }
    }

    private void refuse(HttpServletResponse response) throws IOException {
        response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
        response.setContentType(Problems.PROBLEM_JSON.toString());
        response.setCharacterEncoding("UTF-8");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", UploadSettings.TITLE);
        body.put("status", HttpStatus.PAYLOAD_TOO_LARGE.value());
        body.put("detail", settings.message());
        body.put("errors", settings.errors());
        // Tasklist shows "message" of a failed start-form submit; the same text as "detail".
        body.put("message", settings.message());
        MAPPER.writeValue(response.getOutputStream(), body);
    }

    private static boolean isTooLarge(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof TooLarge) {
                return true;
            }
        }
        return false;
    }

    /** Thrown while reading a chunked body past the limit. */
    static final class TooLarge extends IOException {
        TooLarge() {
            super("request body exceeds the upload limit");
        }
    }

    /** A request whose body stream fails with {@link TooLarge} past {@code max} bytes. */
    private static final class Counting extends HttpServletRequestWrapper {
        private final long max;
        private ServletInputStream stream;

        Counting(HttpServletRequest request, long max) {
            super(request);
            this.max = max;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                ServletInputStream in = super.getInputStream();
                stream = new ServletInputStream() {
                    private long count;

                    private void add(long n) throws TooLarge {
                        if (n > 0) {
                            count += n;
                            if (count > max) {
                                throw new TooLarge();
                            }
                        }
                    }

                    @Override
                    public int read() throws IOException {
                        int b = in.read();
                        add(b < 0 ? 0 : 1);
                        return b;
                    }

                    @Override
                    public int read(byte[] b, int off, int len) throws IOException {
                        int n = in.read(b, off, len);
                        add(n);
                        return n;
                    }

                    @Override
                    public boolean isFinished() {
                        return in.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return in.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        in.setReadListener(listener);
                    }
                };
            }
            return stream;
        }
    }
}
