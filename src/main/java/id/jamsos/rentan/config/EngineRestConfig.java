package id.jamsos.rentan.config;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
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
        register(TenantProblemFilter.class);
    }

    private static Response forbidden(String detail, String camundaMessage) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", "Akses ditolak");
        body.put("status", 403);
        body.put("detail", detail);
        body.put("camundaMessage", camundaMessage);
        return Response.status(Response.Status.FORBIDDEN).type("application/problem+json").entity(body).build();
    }

    /**
     * The tenant check (another regency's task, instance or job) raises a plain ProcessEngineException, which
     * engine-rest answers with 500 (some resources wrap it first): it is a refusal, so rewrite it to a 403.
     */
    @Provider
    public static class TenantProblemFilter implements ContainerResponseFilter {
        @Override
        public void filter(ContainerRequestContext request, ContainerResponseContext response) {
            if (response.getStatus() == 500 && response.getEntity() instanceof ExceptionDto dto) {
                String m = String.valueOf(dto.getMessage());
                if (m.contains("no authenticated tenant") || m.contains("not authorized to access tenant")) {
                    Response r = forbidden("Data ini milik kabupaten lain (wilayah di luar kewenangan Anda)", m);
                    response.setStatus(403);
                    response.setEntity(r.getEntity(), null, MediaType.valueOf("application/problem+json"));
                }
            }
        }
    }

    /** More specific than Camunda's ProcessEngineException mapper, so Jersey picks it for 403s. */
    @Provider
    public static class AuthorizationProblemMapper implements ExceptionMapper<AuthorizationException> {
        @Override
        public Response toResponse(AuthorizationException e) {
            return forbidden("Pengguna " + e.getUserId() + " tidak berwenang atas data ini (wilayah atau peran lain)",
                    e.getMessage());
        }
    }
}
