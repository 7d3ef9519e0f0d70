package id.jamsos.rentan.config;

import jakarta.annotation.Priority;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletRegistration;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import org.camunda.bpm.engine.rest.impl.NamedProcessEngineRestServiceImpl;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.servlet.ServletContainer;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The webapps' own engine REST, {@code /camunda/api/engine/engine/{name}/...}, which Tasklist and Cockpit call (form
 * submit, complete, claim, variables), with the same answers as {@code /engine-rest} (issue 12): a refusal 400 with
 * the Indonesian message naming the field, a lost race 409, an unknown or foreign task 404, a malformed body 400,
 * never a 500 for bad input. Camunda's {@code org.camunda.bpm.webapp.impl.engine.EngineRestApplication} registers
 * Camunda's own exception mappers, which answer all of these with 500; this application serves the same resource
 * ({@link NamedProcessEngineRestServiceImpl}) with the providers of
 * {@link EngineRestConfig#registerProvidersWithRefusals}, the one place of that mapping.
 *
 * <p>The error body keeps the shape Tasklist reads ({@code type}, {@code message}: Tasklist shows {@code message} on
 * the form) and adds {@code title}, {@code status}, {@code detail}; see {@link WebappErrorShape}.
 */
public class WebappEngineRestApplication extends ResourceConfig {
    /** Name under which Camunda's webapp initializer registers its engine REST servlet (and skips it if taken). */
    static final String SERVLET_NAME = "Engine Api";

    public WebappEngineRestApplication() {
        register(NamedProcessEngineRestServiceImpl.class);
        EngineRestConfig.registerProvidersWithRefusals(this);
        register(WebappErrorShape.class);
    }

    /**
     * Registers the servlet "Engine Api" at {@code <application-path>/api/engine/*} with this application before
     * Camunda's {@code CamundaBpmWebappInitializer} runs; that initializer keeps an existing registration of that
     * name, so the webapps' filters (authentication, CSRF, engines) apply unchanged and only the JAX-RS application
     * differs.
     */
    @Component
    @Order(Ordered.HIGHEST_PRECEDENCE)
    public static class Registration implements ServletContextInitializer {
        private final CamundaBpmProperties properties;

        public Registration(CamundaBpmProperties properties) {
            this.properties = properties;
        }

        @Override
        public void onStartup(ServletContext servletContext) {
            if (servletContext.getServletRegistration(SERVLET_NAME) != null) {
                throw new IllegalStateException("Servlet '" + SERVLET_NAME + "' is already registered: the webapps' "
                        + "engine REST would answer refusals with 500");
            }
            ServletRegistration.Dynamic servlet = servletContext.addServlet(SERVLET_NAME, ServletContainer.class);
            servlet.addMapping(properties.getWebapp().getApplicationPath() + "/api/engine/*");
            servlet.setInitParameter("jakarta.ws.rs.Application", WebappEngineRestApplication.class.getName());
            servlet.setLoadOnStartup(1);
        }
    }

    /**
     * Error bodies in the shape of Camunda's ExceptionDto, which the webapps' JavaScript reads: {@code message} is the
     * Indonesian text ({@code detail}), {@code type} a Camunda exception name. Runs after
     * {@link EngineRestConfig.ProblemJsonFilter} (response filters run in descending priority) and is served as
     * {@code application/json}, which the webapps parse.
     */
    @Provider
    @Priority(Priorities.USER - 1000)
    public static class WebappErrorShape implements ContainerResponseFilter {
        @Override
        public void filter(ContainerRequestContext request, ContainerResponseContext response) {
            if (response.getStatus() < 400 || !(response.getEntity() instanceof Map<?, ?> problem)
                    || !problem.containsKey("detail")) {
                return;
            }
            Map<String, Object> body = new LinkedHashMap<>();
            Object camundaType = problem.get("camundaType");
            body.put("type", camundaType != null ? camundaType : switch (response.getStatus()) {
                case 403 -> "AuthorizationException";
                case 409 -> "OptimisticLockingException";
                default -> "InvalidRequestException";
            });
            body.put("message", problem.get("detail"));
            problem.forEach((k, v) -> {
                if (!"type".equals(k)) {
                    body.putIfAbsent(String.valueOf(k), v);
                }
            });
            response.setEntity(body, null, MediaType.APPLICATION_JSON_TYPE);
        }
    }
}
