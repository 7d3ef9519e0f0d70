package id.jamsos.rentan.config;

import id.jamsos.rentan.web.IdempotencyFilter;
import id.jamsos.rentan.web.UploadLimitFilter;
import id.jamsos.rentan.web.UploadSettings;
import id.jamsos.rentan.identity.BasicAuthFilter;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** Credentials on every /api and engine-rest call; the webapps keep their own login. */
@Configuration
public class SecurityConfig {

    @Bean
    FilterRegistrationBean<BasicAuthFilter> apiAuthFilter(IdentityService identityService) {
        FilterRegistrationBean<BasicAuthFilter> bean = new FilterRegistrationBean<>(new BasicAuthFilter(identityService, false));
        bean.addUrlPatterns("/api/*");
        bean.setName("apiAuthFilter");
        bean.setOrder(10);
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
        bean.setOrder(5);
        return bean;
    }

    /** After authentication: the key is scoped to the caller. */
    @Bean
    FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(JdbcTemplate jdbc) {
        FilterRegistrationBean<IdempotencyFilter> bean = new FilterRegistrationBean<>(new IdempotencyFilter(jdbc));
        bean.addUrlPatterns("/api/*");
        bean.setName("idempotencyFilter");
        bean.setOrder(20);
        return bean;
    }
}
