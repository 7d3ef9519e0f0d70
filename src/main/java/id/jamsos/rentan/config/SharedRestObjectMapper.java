package id.jamsos.rentan.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import org.camunda.bpm.engine.rest.mapper.JacksonConfigurator;

/**
 * The Jackson {@link ObjectMapper} of engine-rest and of the webapps' engine REST (Tasklist's and Cockpit's calls),
 * configured exactly as Camunda's {@link JacksonConfigurator} does (its date format, unknown properties ignored,
 * ISO dates, java.time), but built once instead of once per request.
 *
 * <p>Camunda's configurator answers every {@code getContext} with a new mapper, so each request starts with empty
 * serializer and deserializer caches and introspects every DTO class again (issue 18: a large share of the CPU of
 * Tasklist's list, form-variables and submit calls under 50 concurrent officials). An {@code ObjectMapper} is
 * thread-safe once configured, and Jackson copies a {@code SimpleDateFormat} per use, so one instance serves all
 * requests. The mapper is built on the first request, after the Spring Boot starter has set
 * {@link JacksonConfigurator#dateFormatString} from {@code camunda.bpm.rest...} settings.
 */
@Provider
public class SharedRestObjectMapper implements ContextResolver<ObjectMapper> {
    private static volatile ObjectMapper mapper;

    /**
     * @param type the class being read or written (ignored: one mapper for all)
     * @return the shared, fully configured mapper
     */
    @Override
    public ObjectMapper getContext(Class<?> type) {
        ObjectMapper m = mapper;
        if (m == null) {
            synchronized (SharedRestObjectMapper.class) {
                m = mapper;
                if (m == null) {
                    m = JacksonConfigurator.configureObjectMapper(new ObjectMapper());
                    mapper = m;
                }
            }
        }
        return m;
    }
}
