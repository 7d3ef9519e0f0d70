package id.jamsos.rentan.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code jamsos.base-url} (env {@code JAMSOS_BASE_URL}): the public address of the application, the start of every
 * link in a mail. May be empty (prod without the variable): {@link PublicAddress} then warns at start. The only
 * setting directly under {@code jamsos}; every other one belongs to a feature's record
 * ({@code jamsos.<feature>.*}).
 *
 * @param baseUrl absolute http(s) address, e.g. https://jamsos.kapuaskab.go.id; empty when not configured
 */
@ConfigurationProperties(prefix = "jamsos")
public record AddressSettings(String baseUrl) {
}
