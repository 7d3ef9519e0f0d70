package id.jamsos.rentan.config;

import id.jamsos.rentan.web.ApiResponseHeadersFilter;
import id.jamsos.rentan.web.IdempotencyFilter;
import id.jamsos.rentan.web.UploadLimitFilter;
import id.jamsos.rentan.web.UploadSettings;
import id.jamsos.rentan.identity.BasicAuthFilter;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Credentials on every /api and engine-rest call; the webapps keep their own login. The whole picture (roles,
 * trust boundaries, which test proves what) is docs/security.md.
 */
@Configuration
public class SecurityConfig {

    /** First of all filters: nothing is served before identities and demo data exist. */
    @Bean
    FilterRegistrationBean<ReadinessGate> readinessGate(ApplicationAvailability availability, SecuritySettings settings) {
        FilterRegistrationBean<ReadinessGate> bean = new FilterRegistrationBean<>(
                new ReadinessGate(availability, settings.retryAfterSeconds()));
        bean.addUrlPatterns("/*");
        bean.setName("readinessGate");
        bean.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return bean;
    }

    @Bean
    FilterRegistrationBean<ApiResponseHeadersFilter> apiResponseHeadersFilter() {
        FilterRegistrationBean<ApiResponseHeadersFilter> bean = new FilterRegistrationBean<>(new ApiResponseHeadersFilter());
        bean.addUrlPatterns("/api/*", "/engine-rest/*");
        bean.setName("apiResponseHeadersFilter");
        bean.setOrder(5);
        return bean;
    }

    @Bean
    FilterRegistrationBean<BasicAuthFilter> apiAuthFilter(IdentityService identityService) {
        FilterRegistrationBean<BasicAuthFilter> bean = new FilterRegistrationBean<>(new BasicAuthFilter(identityService, false));
        bean.addUrlPatterns("/api/*");
        bean.setName("apiAuthFilter");
        bean.setOrder(10);
        return bean;
    }

    /** OpenAPI and Swagger UI behind login unless jamsos.security.api-docs-public (demo only). */
    @Bean
    FilterRegistrationBean<BasicAuthFilter> apiDocsAuthFilter(IdentityService identityService, SecuritySettings settings) {
        FilterRegistrationBean<BasicAuthFilter> bean = new FilterRegistrationBean<>(new BasicAuthFilter(identityService, false));
        bean.addUrlPatterns("/v3/api-docs", "/v3/api-docs/*", "/swagger-ui.html", "/swagger-ui/*");
        bean.setName("apiDocsAuthFilter");
        bean.setOrder(10);
        bean.setEnabled(!settings.apiDocsPublic());
        return bean;
    }

    @Bean
    FilterRegistrationBean<BasicAuthFilter> engineRestAuthFilter(IdentityService identityService) {
        FilterRegistrationBean<BasicAuthFilter> bean = new FilterRegistrationBean<>(new BasicAuthFilter(identityService, true));
        bean.addUrlPatterns("/engine-rest/*");
        bean.setName("engineRestAuthFilter");
        bean.setOrder(10);
        return bean;
    }

    /** Before everything else: a body over the one upload limit is refused unread, 413 (issue 13). */
    @Bean
    FilterRegistrationBean<UploadLimitFilter> uploadLimitFilter(UploadSettings upload) {
        FilterRegistrationBean<UploadLimitFilter> bean = new FilterRegistrationBean<>(new UploadLimitFilter(upload));
        bean.addUrlPatterns("/api/*", "/engine-rest/*", "/camunda/api/*");
        bean.setName("uploadLimitFilter");
        bean.setOrder(4);
        return bean;
    }

    /** After authentication: the key is scoped to the caller; stored in the transaction of the work. */
    @Bean
    FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(JdbcTemplate jdbc, PlatformTransactionManager txManager) {
        FilterRegistrationBean<IdempotencyFilter> bean = new FilterRegistrationBean<>(new IdempotencyFilter(jdbc, txManager));
        bean.addUrlPatterns("/api/*");
        bean.setName("idempotencyFilter");
        bean.setOrder(20);
        return bean;
    }
}
