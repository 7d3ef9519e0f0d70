package id.jamsos.rentan.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.rest.dto.task.TaskDto;
import org.camunda.bpm.engine.rest.mapper.JacksonConfigurator;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.Test;

import java.util.Date;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 18: engine-rest and the webapps' REST share one ObjectMapper configured as Camunda's. */
class SharedRestObjectMapperTest {

    @Test
    void oneMapperForEveryRequestConfiguredAsCamundas() throws Exception {
        SharedRestObjectMapper resolver = new SharedRestObjectMapper();
        ObjectMapper first = resolver.getContext(TaskDto.class);
        assertThat(new SharedRestObjectMapper().getContext(String.class)).isSameAs(first);

        ObjectMapper camunda = new JacksonConfigurator().getContext(TaskDto.class);
        Date date = new Date(1_764_547_200_000L);
        assertThat(first.writeValueAsString(date)).isEqualTo(camunda.writeValueAsString(date));
        // Unknown properties are ignored as in Camunda's configuration (Tasklist sends some the DTOs lack).
        assertThat(first.readValue("{\"id\":\"t1\",\"unknownField\":1}", TaskDto.class).getId()).isEqualTo("t1");
    }

    @Test
    void bothRestApplicationsUseTheSharedMapperInsteadOfCamundasPerRequestOne() {
        ResourceConfig config = new ResourceConfig();
        EngineRestConfig.registerProvidersWithRefusals(config);
        assertThat(config.getClasses()).contains(SharedRestObjectMapper.class).doesNotContain(JacksonConfigurator.class);
        assertThat(new WebappEngineRestApplication().getClasses())
                .contains(SharedRestObjectMapper.class).doesNotContain(JacksonConfigurator.class);
    }
}
