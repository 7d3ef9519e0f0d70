package id.jamsos.rentan.citizen;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The settings of config/citizen.yml ({@code jamsos.citizen.*}).
 *
 * @param lookupsPerHour most lookups of /status per NIK and per client address within one hour (then 429)
 * @param lookupKey      HMAC key that stands for the NIK in the lookup log (the NIK itself is never stored)
 */
@ConfigurationProperties("jamsos.citizen")
public record CitizenSettings(Integer lookupsPerHour, String lookupKey) {
    public CitizenSettings {
        lookupsPerHour = lookupsPerHour == null ? 10 : lookupsPerHour;
        lookupKey = lookupKey == null || lookupKey.isBlank() ? "jamsos-rentan-status-lookup" : lookupKey;
    }
}
