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
