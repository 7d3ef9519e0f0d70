package id.jamsos.rentan.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Security settings ({@code jamsos.security.*}, file {@code config/security.yml}; docs/security.md).
 *
 * @param cookieSecure        session and CSRF cookies carry {@code Secure} (set {@code JAMSOS_COOKIE_SECURE=true}
 *                            behind HTTPS; the prod profile defaults to true)
 * @param loginLockMaxSeconds the longest time, in seconds, an account stays locked after wrong passwords: each wrong
 *                            password doubles the wait (3 s, 6 s, 12 s, …) up to this value, and a correct password
 *                            after the wait logs in. There is no permanent lock, so nobody can lock an official
 *                            out for good by guessing ({@code JAMSOS_LOGIN_LOCK_MAX_SECONDS}, default 300)
 * @param apiDocsPublic       OpenAPI ({@code /v3/api-docs}) and Swagger UI answer without login (demo); false in prod,
 *                            where they require HTTP Basic or a webapp login
 * @param retryAfterSeconds   {@code Retry-After} of the 503 answered while the application is starting
 */
@ConfigurationProperties("jamsos.security")
public record SecuritySettings(@DefaultValue("false") boolean cookieSecure,
                               @DefaultValue("300") int loginLockMaxSeconds,
                               @DefaultValue("true") boolean apiDocsPublic,
                               @DefaultValue("5") int retryAfterSeconds) {
    public SecuritySettings {
        if (loginLockMaxSeconds < 1) {
            throw new IllegalArgumentException("jamsos.security.login-lock-max-seconds must be at least 1");
        }
    }
}
