package id.jamsos.rentan.config;

import jakarta.annotation.PostConstruct;
import org.camunda.bpm.engine.rest.hal.Hal;
import org.camunda.bpm.engine.rest.hal.cache.DefaultHalResourceCache;
import org.camunda.bpm.engine.rest.hal.processDefinition.HalProcessDefinition;
import org.springframework.stereotype.Component;

/**
 * Camunda's HAL relation cache for process definitions, for the task lists Tasklist asks for as
 * {@code application/hal+json} (engine-rest and the webapps' engine REST share Camunda's {@link Hal} singleton).
 *
 * <p>Each list embeds the process definition of its tasks. Without a cache Camunda resolves them with an authorized
 * {@code ProcessDefinitionQuery} on every call: about a tenth of the server's CPU for 50 officials working their
 * lists (issue 18, JFR of {@code OfficialsBench}). Camunda documents the cache as the {@code HalRelationCacheBootstrap}
 * listener of its web.xml; this application registers it in code. A definition is immutable once deployed, so an
 * entry never goes stale; each holds a definition's id, key, name and links, at most {@link #CAPACITY} of them for
 * {@link #SECONDS_TO_LIVE} s.
 *
 * <p>Only process definitions are cached: the cache is shared by all callers, and every official may read every
 * process definition (the global READ grant of {@code identity.IdentitySetup}), so it shows nobody what they could
 * not read. Users and groups (a task's assignee and candidate groups) are not cached, as their visibility follows the
 * caller's authorizations.
 */
@Component
public class HalProcessDefinitionCache {
    /** Definitions kept: every version of every process, with room for years of deployments. */
    static final int CAPACITY = 500;
    /** Seconds an entry lives (Camunda's example value). */
    static final long SECONDS_TO_LIVE = 900;

    /** Registers the cache on Camunda's HAL singleton; a second context in the JVM registers an equal one. */
    @PostConstruct
    void register() {
        Hal.getInstance().registerHalRelationCache(HalProcessDefinition.class,
                new DefaultHalResourceCache(CAPACITY, SECONDS_TO_LIVE));
    }
}
