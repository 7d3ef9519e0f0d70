package id.jamsos.rentan.support;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A browser-less Camunda webapp session, as Tasklist has it: the session cookie from the Tasklist login form and the
 * CSRF token ({@code XSRF-TOKEN} cookie, sent back as the {@code X-XSRF-TOKEN} header), so tests can call the webapps'
 * own REST ({@code /camunda/api/engine/engine/default/...}) exactly as Tasklist's JavaScript does.
 */
public final class WebappSession {
    private final String baseUrl;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    /**
     * One client for all sessions: building a RestTemplate (its message converters) costs more than a call, and
     * benchmarks open hundreds of sessions on the server's own two cores. It keeps no cookies (TestRestTemplate's
     * default), each session sends its own.
     */
    private static final TestRestTemplate SHARED = new TestRestTemplate();
    private final TestRestTemplate http = SHARED;

    private WebappSession(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /**
     * Logs in through Tasklist's login ({@code /camunda/api/admin/auth/user/default/login/tasklist}).
     *
     * @throws IllegalStateException when the login is refused
     */
    public static WebappSession login(String baseUrl, String user, String password) {
        return login(baseUrl, user, password, "tasklist");
    }

    /**
     * Logs in through the login of one webapp ({@code /camunda/api/admin/auth/user/default/login/<app>}).
     *
     * @param app {@code tasklist}, {@code cockpit} or {@code admin}
     * @throws IllegalStateException when the login is refused
     */
    public static WebappSession login(String baseUrl, String user, String password, String app) {
        WebappSession s = new WebappSession(baseUrl);
        s.remember(s.http.getForEntity(baseUrl + "/camunda/app/" + app + "/default/", String.class));
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("username", user);
        form.add("password", password);
        HttpHeaders h = s.headers();
        h.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        ResponseEntity<String> login = s.http.postForEntity(baseUrl + "/camunda/api/admin/auth/user/default/login/" + app,
                new HttpEntity<>(form, h), String.class);
        if (!login.getStatusCode().is2xxSuccessful()) {
            throw new IllegalStateException(app + " login of " + user + " refused: " + login.getStatusCode());
        }
        s.remember(login);
        // The session after login may carry a fresh CSRF token: a read hands it out, as Tasklist's first call does.
        s.remember(s.http.exchange(baseUrl + "/camunda/api/engine/engine/", HttpMethod.GET,
                new HttpEntity<>(s.headers()), String.class));
        return s;
    }

    private void remember(ResponseEntity<?> r) {
        r.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE).forEach(c -> {
            String pair = c.contains(";") ? c.substring(0, c.indexOf(';')) : c;
            cookies.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
        });
    }

    private HttpHeaders headers() {
        HttpHeaders h = new HttpHeaders();
        h.add(HttpHeaders.COOKIE, cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("; ")));
        if (cookies.containsKey("XSRF-TOKEN")) {
            h.add("X-XSRF-TOKEN", cookies.get("XSRF-TOKEN"));
        }
        h.setAccept(java.util.List.of(MediaType.APPLICATION_JSON));
        return h;
    }

    /**
     * Sends a request with this session's cookie and CSRF header.
     *
     * @param path absolute path, e.g. {@code /camunda/api/engine/engine/default/task/ID/submit-form}
     * @param type content type, or null for none
     * @param body raw body, or null
     */
    public <T> ResponseEntity<T> exchange(HttpMethod method, String path, MediaType type, Object body, Class<T> answer) {
        return exchange(method, path, type, body, answer, MediaType.APPLICATION_JSON);
    }

    /**
     * As {@link #exchange(HttpMethod, String, MediaType, Object, Class)} with another accepted type, e.g.
     * {@code application/hal+json}, which Tasklist asks for on its task lists (tasks with their process definitions,
     * assignees and the filter's variables embedded).
     */
    public <T> ResponseEntity<T> exchange(HttpMethod method, String path, MediaType type, Object body, Class<T> answer,
                                          MediaType accept) {
        HttpHeaders h = headers();
        h.setAccept(java.util.List.of(accept));
        if (type != null) {
            h.setContentType(type);
        }
        ResponseEntity<T> r = http.exchange(baseUrl + path, method, new HttpEntity<>(body, h), answer);
        remember(r);
        return r;
    }
}
