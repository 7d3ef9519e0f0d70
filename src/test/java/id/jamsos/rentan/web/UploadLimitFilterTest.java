package id.jamsos.rentan.web;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/** The one upload limit (issue 13): the body a file of the limit can make, per content type. */
class UploadLimitFilterTest {
    private final UploadSettings settings = new UploadSettings(DataSize.ofMegabytes(10));
    private final UploadLimitFilter filter = new UploadLimitFilter(settings);

    @Test
    void multipartAndRawBodiesGetTheLimitPlusEnvelope() {
        assertThat(filter.maxBody("multipart/form-data; boundary=x")).isEqualTo(10L * 1024 * 1024 + UploadLimitFilter.ENVELOPE);
        assertThat(filter.maxBody("text/csv")).isEqualTo(10L * 1024 * 1024 + UploadLimitFilter.ENVELOPE);
        assertThat(filter.maxBody(null)).isEqualTo(10L * 1024 * 1024 + UploadLimitFilter.ENVELOPE);
    }

    @Test
    void jsonBodiesCarryTheFileAsBase64() {
        long base64 = (10L * 1024 * 1024 + 2) / 3 * 4;
        assertThat(filter.maxBody("application/json;charset=UTF-8")).isEqualTo(base64 + UploadLimitFilter.ENVELOPE);
    }

    @Test
    void oneMessageNamesTheLimit() {
        assertThat(settings.message()).contains("10 MB");
        assertThat(settings.errors()).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("file");
            assertThat(e.message()).isEqualTo("ukuran maksimal 10 MB");
        });
    }
}
