package id.jamsos.rentan.config;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;

/** engine-rest with our additions: authorization failures as problem+json, like the rest of the API. */
@Component
public class EngineRestConfig extends CamundaJerseyResourceConfig {

    @Override
    protected void registerAdditionalResources() {
        register(AuthorizationProblemMapper.class);
        register(TenantProblemMapper.class);
    }

    /**
     * engine-rest wraps the tenant check ("belongs to no authenticated tenant", ENGINE-13034) in a RestException
     * answered 500; an official of another regency gets 403 instead. Everything else keeps Camunda's answer.
     */
    @Provider
    @jakarta.annotation.Priority(1)
    public static class TenantProblemMapper implements ExceptionMapper<org.camunda.bpm.engine.rest.exception.RestException> {
        private final org.camunda.bpm.engine.rest.exception.RestExceptionHandler camunda =
                new org.camunda.bpm.engine.rest.exception.RestExceptionHandler();

        @Override
        public Response toResponse(org.camunda.bpm.engine.rest.exception.RestException e) {
            String m = e.getMessage() == null ? "" : e.getMessage();
            if (!m.contains("ENGINE-13034") && !m.contains("no authenticated tenant")) {
                return camunda.toResponse(e);
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("type", "about:blank");
            body.put("title", "Akses ditolak");
            body.put("status", 403);
            body.put("detail", "Data ini milik kabupaten lain: di luar wilayah kewenangan Anda");
            body.put("camundaMessage", m);
            return Response.status(Response.Status.FORBIDDEN).type("application/problem+json").entity(body).build();
        }
    }

    /** More specific than Camunda's ProcessEngineException mapper, so Jersey picks it for 403s. */
    @Provider
    public static class AuthorizationProblemMapper implements ExceptionMapper<AuthorizationException> {
        @Override
        public Response toResponse(AuthorizationException e) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("type", "about:blank");
            body.put("title", "Akses ditolak");
            body.put("status", 403);
            body.put("detail", "Pengguna " + e.getUserId() + " tidak berwenang atas data ini (wilayah atau peran lain)");
            body.put("camundaMessage", e.getMessage());
            return Response.status(Response.Status.FORBIDDEN).type("application/problem+json").entity(body).build();
        }
    }
}
