package id.jamsos.rentan.config;

import id.jamsos.rentan.common.TaskInputException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.camunda.bpm.engine.rest.impl.CamundaRestResources;
import org.camunda.bpm.engine.rest.mapper.JacksonConfigurator;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.stereotype.Component;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Set;
import java.util.Map;

/** engine-rest with our additions: authorization failures as problem+json, like the rest of the API. */
@Component
public class EngineRestConfig extends CamundaJerseyResourceConfig {
    private static final MediaType PROBLEM_JSON = MediaType.valueOf("application/problem+json");

    /**
     * Camunda's resources and providers, with its ProcessEngineException and RestException mappers replaced by
     * ours: a refusal thrown from a task listener (TaskInputException) reaches engine-rest wrapped in a plain
     * ProcessEngineException (and task/complete wraps that again in a RestException), which Camunda answers
     * with 500; it is bad input and gets 400.
     */
    @Override
    protected void registerCamundaRestResources() {
        registerClasses(CamundaRestResources.getResourceClasses());
        registerProvidersWithRefusals(this);
    }

    /**
     * The one place where Camunda's REST providers get our answers: Camunda's configuration classes (Jackson, its
     * other exception mappers) without its ProcessEngineException and RestException mappers and with one shared
     * ObjectMapper ({@link SharedRestObjectMapper}) instead of a new one per request, plus ours for refusals
     * (400), races (409), unknown tasks (404), authorization (403), null bodies (400). Used by {@code /engine-rest}
     * and by the webapps' own REST, {@code /camunda/api/engine} ({@link WebappEngineRestApplication}).
     *
     * @param config the Jersey configuration of either REST application
     */
    static void registerProvidersWithRefusals(ResourceConfig config) {
        Set<Class<?>> providers = new HashSet<>(CamundaRestResources.getConfigurationClasses());
        providers.remove(ProcessEngineExceptionHandler.class);
        providers.remove(RestExceptionHandler.class);
        providers.remove(JacksonConfigurator.class); // a new ObjectMapper per request: SharedRestObjectMapper instead
        config.registerClasses(providers);
        config.register(SharedRestObjectMapper.class);
        config.register(JacksonFeature.class);
        config.register(InputRefusalMapper.class);
        config.register(RestRefusalMapper.class);
        config.register(AuthorizationProblemMapper.class);
        config.register(ProblemJsonFilter.class);
        config.register(EngineRestRaces.TaskVisibilityGuard.class);
        config.register(EngineRestRaces.MissingBodyMapper.class);
    }

    private static Response forbidden(String detail, String camundaMessage) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", "Akses ditolak");
        body.put("status", 403);
        body.put("detail", detail);
        body.put("camundaMessage", camundaMessage);
        return Response.status(Response.Status.FORBIDDEN).type(PROBLEM_JSON).entity(body).build();
    }

    /**
     * The tenant check (another regency's task, instance or job) raises a plain ProcessEngineException, which
     * engine-rest answers with 500 (some resources wrap it first): it is a refusal, so rewrite it to a 403.
     */
    @Provider
    public static class ProblemJsonFilter implements ContainerResponseFilter {
        @Override
        public void filter(ContainerRequestContext request, ContainerResponseContext response) {
            if (!(response.getEntity() instanceof ExceptionDto dto)) {
                return;
            }
            String m = String.valueOf(dto.getMessage());
            if (response.getStatus() == 500
                    && (m.contains("no authenticated tenant") || m.contains("not authorized to access tenant"))) {
                Response r = forbidden("Data ini milik kabupaten lain (wilayah di luar kewenangan Anda)", m);
                response.setStatus(403);
                response.setEntity(r.getEntity(), null, PROBLEM_JSON);
            } else if (response.getStatus() >= 400 && response.getStatus() < 500) {
                // Refused input (e.g. TaskInputException on completion): problem+json like the rest of the API.
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("type", "about:blank");
                body.put("title", response.getStatus() == 404 ? "Tidak ditemukan" : "Permintaan ditolak");
                body.put("status", response.getStatus());
                body.put("detail", m);
                body.put("camundaType", dto.getType());
                response.setEntity(body, null, PROBLEM_JSON);
            }
        }
    }

    /** Camunda's mapping, except that a wrapped input refusal answers 400 with its own message. */
    @Provider
    public static class InputRefusalMapper implements ExceptionMapper<ProcessEngineException> {
        private final ProcessEngineExceptionHandler camunda = new ProcessEngineExceptionHandler();

        @Override
        public Response toResponse(ProcessEngineException e) {
            Response refused = refusal(e);
            return refused != null ? refused : camunda.toResponse(e);
        }
    }

    @Provider
    public static class RestRefusalMapper implements ExceptionMapper<RestException> {
        private final RestExceptionHandler camunda = new RestExceptionHandler();

        @Override
        public Response toResponse(RestException e) {
            Response refused = refusal(e);
            return refused != null ? refused : camunda.toResponse(e);
        }
    }

    /** 400 problem+json when a FormFieldValidationException (our TaskInputException) is among the causes. */
    static Response refusal(Throwable e) {
        Response race = EngineRestRaces.answer(e);
        if (race != null) {
            return race;
        }
        for (Throwable t = e; t != null && t != t.getCause(); t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (t.getCause() == null && (m.contains("no authenticated tenant") || m.contains("not authorized to access tenant"))) {
                // Another regency's task or instance: the same 403 as ProblemJsonFilter gives, without Camunda's
                // handler logging a refusal as ENGINE-REST-HTTP500.
                return forbidden("Data ini milik kabupaten lain (wilayah di luar kewenangan Anda)", m);
            }
            if (t instanceof FormFieldValidationException refusal) {
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("type", "about:blank");
                body.put("title", "Permintaan ditolak");
                body.put("status", 400);
                body.put("detail", refusal.getMessage());
                body.put("camundaType", refusal.getClass().getSimpleName());
                return Response.status(Response.Status.BAD_REQUEST).type(PROBLEM_JSON).entity(body).build();
            }
        }
        return null;
    }

    /** More specific than Camunda's ProcessEngineException mapper, so Jersey picks it for 403s. */
    @Provider
    public static class AuthorizationProblemMapper implements ExceptionMapper<AuthorizationException> {
        @Override
        public Response toResponse(AuthorizationException e) {
            // Our own refusals (the tenant provider's) carry an Indonesian message and no user id.
            String detail = e.getUserId() == null ? e.getMessage()
                    : "Pengguna " + e.getUserId() + " tidak berwenang atas data ini (wilayah atau peran lain)";
            return forbidden(detail, e.getMessage());
        }
    }
}
