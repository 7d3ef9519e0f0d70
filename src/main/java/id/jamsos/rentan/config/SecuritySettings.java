package id.jamsos.rentan.config;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Security settings ({@code jamsos.security.*}, file {@code config/security.yml}, the one place of
 * their values; docs/security.md). A missing or invalid value, or an unknown key under the prefix, fails the start.
 *
 * @param cookieSecure        session and CSRF cookies carry {@code Secure} (set {@code JAMSOS_COOKIE_SECURE=true}
 *                            behind HTTPS; the prod profile defaults to true)
 * @param loginLockMaxSeconds the longest time, in seconds, an account stays locked after wrong passwords: each wrong
 *                            password doubles the wait (3 s, 6 s, 12 s, …) up to this value, and a correct password
 *                            after the wait logs in. There is no permanent lock, so nobody can lock an official
 *                            out for good by guessing ({@code JAMSOS_LOGIN_LOCK_MAX_SECONDS}); at least 1
 * @param apiDocsPublic       OpenAPI ({@code /v3/api-docs}) and Swagger UI answer without login (demo); false in prod,
 *                            where they require HTTP Basic or a webapp login
 * @param retryAfterSeconds   {@code Retry-After} of the 503 answered while the application is starting
 */
@Validated
@ConfigurationProperties(prefix = "jamsos.security", ignoreUnknownFields = false)
public record SecuritySettings(@NotNull Boolean cookieSecure,
                               @NotNull @Positive Integer loginLockMaxSeconds,
                               @NotNull Boolean apiDocsPublic,
                               @NotNull @Positive Integer retryAfterSeconds) {
}
