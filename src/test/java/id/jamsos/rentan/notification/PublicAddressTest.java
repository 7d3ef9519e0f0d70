package id.jamsos.rentan.notification;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/** Mail links start with the configured public address; a missing or unusable one falls back to localhost. */
class PublicAddressTest {

    @Test
    void configuredAddressIsUsedWithoutTrailingSlash() {
        PublicAddress a = new PublicAddress("https://jamsos.kapuaskab.go.id/", 8080, new MockEnvironment());
        assertThat(a.configured()).isTrue();
        assertThat(a.link("/camunda/app/tasklist/")).isEqualTo("https://jamsos.kapuaskab.go.id/camunda/app/tasklist/");
    }

    @Test
    void missingOrRelativeAddressFallsBackToLocalhostAndCountsAsMissing() {
        for (String bad : new String[]{"", "  ", "jamsos.kapuaskab.go.id", "ftp://x.go.id", "http://"}) {
            PublicAddress a = new PublicAddress(bad, 9090, new MockEnvironment());
            assertThat(a.configured()).as(bad).isFalse();
            assertThat(a.url()).as(bad).isEqualTo("http://localhost:9090");
        }
    }
}
