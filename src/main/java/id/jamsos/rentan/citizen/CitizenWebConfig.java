package id.jamsos.rentan.citizen;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.io.IOException;

/**
 * The public page {@code /status} (static HTML + JS under {@code static/status/}, no inline script, so a strict
 * Content-Security-Policy holds) and no caching of anything public: answers concern one person.
 */
@Configuration
public class CitizenWebConfig implements WebMvcConfigurer {
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; "
            + "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addViewController("/status").setViewName("forward:/status/index.html");
    }

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> publicNoStoreFilter() {
        FilterRegistrationBean<OncePerRequestFilter> bean = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                response.setHeader("Cache-Control", "no-store");
                response.setHeader("Pragma", "no-cache");
                response.setHeader("Content-Security-Policy", CSP);
                response.setHeader("X-Content-Type-Options", "nosniff");
                response.setHeader("Referrer-Policy", "no-referrer");
                chain.doFilter(request, response);
            }
        });
        bean.addUrlPatterns("/api/public/*", "/status", "/status/*");
        bean.setName("publicNoStoreFilter");
        bean.setOrder(5);
        return bean;
    }
}
