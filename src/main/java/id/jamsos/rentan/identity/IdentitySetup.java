package id.jamsos.rentan.identity;

import id.jamsos.rentan.region.ProgramRegencyRepository;
import id.jamsos.rentan.region.Region;
import id.jamsos.rentan.region.RegionRepository;
import id.jamsos.rentan.region.RegionsAdded;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Camunda identity that every profile needs (prod too): one tenant per regency, a group per role and
 * region, the authorizations of each role and the Tasklist filters named in Bahasa Indonesia.
 * Idempotent: runs at every start and after each region import, creating only what is missing.
 */
@Component
@Order(10)
public class IdentitySetup implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(IdentitySetup.class);

    public static final String FILTER_MY_TASKS = "Tugas Saya";
    public static final String FILTER_GROUP_TASKS = "Tugas Kelompok";
    public static final String FILTER_OVERDUE = "Lewat Tenggat";

    /** Which roles may start which processes from Tasklist or engine-rest (the /api checks its own rules). */
    public static final Map<Role, List<String>> STARTABLE = Map.of(
            Role.DINSOS, List.of("budget-evaluation", "pks-agreement", "candidate-verification"),
            Role.BPJS, List.of("claim-payout"));

    private final IdentityService identity;
    private final AuthorizationService authorizations;
    private final FilterService filters;
    private final TaskService tasks;
    private final RegionRepository regions;
    private final ProgramRegencyRepository program;

    public IdentitySetup(IdentityService identity, AuthorizationService authorizations, FilterService filters,
                         TaskService tasks, RegionRepository regions, ProgramRegencyRepository program) {
        this.identity = identity;
        this.authorizations = authorizations;
        this.filters = filters;
        this.tasks = tasks;
        this.regions = regions;
        this.program = program;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        long start = System.currentTimeMillis();
        // Only the program's regencies: the other ~500 regencies of the national list are reference data.
        List<Region> all = new ArrayList<>();
        for (String regencyCode : program.codes()) {
            all.addAll(ensureTenant(regencyCode));
        }
        ensureGroupsFor(all);
        ensureGlobalAuthorizations();
        ensureFilters();
        log.info("Identity setup checked {} regions in {} ms", all.size(), System.currentTimeMillis() - start);
    }

    /**
     * Regions added by an import ({@code RegionImportService}) get their groups in the import's transaction, when
     * they lie in a program regency; the others wait until their regency joins ({@link #joinRegency}).
     */
    @EventListener
    public void onRegionsAdded(RegionsAdded event) {
        Set<String> joined = Set.copyOf(program.codes());
        List<Region> inProgram = event.regions().stream()
                .filter(r -> r.regencyCode() != null && joined.contains(r.regencyCode())).toList();
        // A program regency whose regions arrive with this import (a fresh production database) has no tenant yet.
        inProgram.stream().map(Region::regencyCode).distinct().forEach(this::ensureTenant);
        ensureGroupsFor(inProgram);
    }

    /**
     * A regency joins the program: its tenant, and the groups of the regency, its kecamatan and villages in force.
     *
     * @return the number of regions (regency, kecamatan, villages) whose groups were checked
     */
    @Transactional
    public int joinRegency(String regencyCode) {
        program.join(regencyCode);
        List<Region> within = ensureTenant(regencyCode);
        ensureGroupsFor(within);
        return within.size();
    }

    /** The regency's tenant (made when missing); answers the regency's regions in force. */
    private List<Region> ensureTenant(String regencyCode) {
        Region regency = regions.find(regencyCode).orElseThrow(
                () -> new IllegalStateException("program regency " + regencyCode + " is not in the region table"));
        if (identity.createTenantQuery().tenantId(regencyCode).count() == 0) {
            var tenant = identity.newTenant(regencyCode);
            tenant.setName(regency.name());
            identity.saveTenant(tenant);
        }
        return regions.within(regencyCode).stream().filter(r -> !r.retired()).toList();
    }

    /**
     * Groups, tenant memberships and role authorizations for these regions (all in program regencies, whose
     * tenant exists); existing ones are left alone.
     */
    @Transactional
    public void ensureGroupsFor(List<Region> newRegions) {
        if (newRegions.isEmpty()) {
            return;
        }
        Set<String> existing = identity.createGroupQuery().list().stream().map(Group::getId).collect(Collectors.toSet());
        Set<String> existingAuth = existingAuthorizationKeys();
        for (Region region : newRegions) {
            for (Role role : Role.values()) {
                if (role.level() != region.level()) {
                    continue;
                }
                String groupId = role.groupId(region.code());
                if (existing.contains(groupId)) {
                    continue;
                }
                Group g = identity.newGroup(groupId);
                g.setName(role.title() + " " + region.label());
                g.setType("WORKFLOW");
                identity.saveGroup(g);
                identity.createTenantGroupMembership(region.regencyCode(), groupId);
                grantRole(role, groupId, existingAuth);
            }
        }
    }

    private void grantRole(Role role, String groupId, Set<String> existingAuth) {
        for (String processKey : STARTABLE.getOrDefault(role, List.of())) {
            grant(existingAuth, groupId, Resources.PROCESS_DEFINITION, processKey,
                    Permissions.READ, Permissions.CREATE_INSTANCE);
            grant(existingAuth, groupId, Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.CREATE);
        }
        if (role == Role.SUPERVISOR) {
            // Read-only Cockpit; the tenant check narrows "*" to the supervisor's own regency.
            grant(existingAuth, groupId, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
            grant(existingAuth, groupId, Resources.PROCESS_DEFINITION, Authorization.ANY, Permissions.READ,
                    Permissions.READ_INSTANCE, Permissions.READ_HISTORY, Permissions.READ_TASK);
            grant(existingAuth, groupId, Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.READ);
            grant(existingAuth, groupId, Resources.TASK, Authorization.ANY, Permissions.READ);
            grant(existingAuth, groupId, Resources.DECISION_DEFINITION, Authorization.ANY, Permissions.READ,
                    Permissions.READ_HISTORY);
            grant(existingAuth, groupId, Resources.DECISION_REQUIREMENTS_DEFINITION, Authorization.ANY, Permissions.READ);
            grant(existingAuth, groupId, Resources.DEPLOYMENT, Authorization.ANY, Permissions.READ);
        }
    }

    private void ensureGlobalAuthorizations() {
        Set<String> existingAuth = existingAuthorizationKeys();
        // Every official works in Tasklist, reads the shared filters and the process diagrams.
        grant(existingAuth, null, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        grant(existingAuth, null, Resources.FILTER, Authorization.ANY, Permissions.READ);
        grant(existingAuth, null, Resources.PROCESS_DEFINITION, Authorization.ANY, Permissions.READ);
        grant(existingAuth, null, Resources.DECISION_DEFINITION, Authorization.ANY, Permissions.READ);
    }

    private Set<String> existingAuthorizationKeys() {
        Set<String> keys = new HashSet<>();
        for (Authorization a : authorizations.createAuthorizationQuery().list()) {
            keys.add(key(a.getGroupId(), a.getResourceType(), a.getResourceId()));
        }
        return keys;
    }

    private void grant(Set<String> existingAuth, String groupId, Resource resource, String resourceId,
                       Permission... permissions) {
        String key = key(groupId, resource.resourceType(), resourceId);
        if (existingAuth.contains(key)) {
            return;
        }
        Authorization a = authorizations.createNewAuthorization(
                groupId == null ? Authorization.AUTH_TYPE_GLOBAL : Authorization.AUTH_TYPE_GRANT);
        if (groupId == null) {
            a.setUserId(Authorization.ANY);
        } else {
            a.setGroupId(groupId);
        }
        a.setResource(resource);
        a.setResourceId(resourceId);
        for (Permission p : permissions) {
            a.addPermission(p);
        }
        authorizations.saveAuthorization(a);
        existingAuth.add(key);
    }

    private static String key(String groupId, int resourceType, String resourceId) {
        return (groupId == null ? "*" : groupId) + "|" + resourceType + "|" + resourceId;
    }

    private void ensureFilters() {
        TaskQuery mine = tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}").orderByDueDate().asc();
        TaskQuery group = tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
                .taskUnassigned().orderByDueDate().asc();
        TaskQuery overdue = tasks.createTaskQuery()
                .or().taskAssigneeExpression("${currentUser()}").taskCandidateGroupInExpression("${currentUserGroups()}").endOr()
                .dueBeforeExpression("${now()}").orderByDueDate().asc();
        ensureFilter(FILTER_MY_TASKS, mine, -10, "#2f6f3e", "Tugas yang sudah Anda klaim, urut tenggat");
        ensureFilter(FILTER_GROUP_TASKS, group, 0, "#1f5f99", "Tugas untuk jabatan Anda yang belum diklaim, urut tenggat");
        ensureFilter(FILTER_OVERDUE, overdue, 10, "#b3261e", "Tugas yang melewati tenggat waktu (termasuk eskalasi)");
    }

    /** Creates a shared Tasklist filter unless one of that name exists; features add their own this way. */
    public void ensureFilter(String name, TaskQuery query, int priority, String color, String description) {
        if (filters.createFilterQuery().filterName(name).count() > 0) {
            return;
        }
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("priority", priority);
        props.put("color", color);
        props.put("description", description);
        props.put("refresh", true);
        props.put("variables", List.of(
                Map.of("name", "regionName", "label", "Wilayah"),
                Map.of("name", "candidateCount", "label", "Jumlah calon")));
        Filter f = filters.newTaskFilter(name).setQuery(query).setProperties(props);
        filters.saveFilter(f);
    }
}
