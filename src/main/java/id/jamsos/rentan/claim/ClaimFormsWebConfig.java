package id.jamsos.rentan.claim;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves the embedded HTML forms at {@code /forms/*.html} (and the scripts they share, {@code /forms/*.js}) so
 * Tasklist loads them with
 * {@code camunda:formKey="embedded:/forms/x.html"}. {@code embedded:deployment:forms/x.html} does not resolve
 * here: Spring Boot's auto-deployment names resources by absolute file path when run from classes
 * (tests, spring-boot:run) and by bare file name when run from the jar.
 */
@Configuration
public class ClaimFormsWebConfig implements WebMvcConfigurer {
    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/forms/*.html", "/forms/*.js").addResourceLocations("classpath:/forms/");
    }
}
