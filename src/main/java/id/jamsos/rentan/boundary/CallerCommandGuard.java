package id.jamsos.rentan.boundary;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.jamsos.rentan.process.ElementIds;
import org.camunda.bpm.engine.impl.ProcessInstanceModificationBuilderImpl;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.MessageCorrelationBuilderImpl;
import org.camunda.bpm.engine.impl.ModificationBuilderImpl;
import org.camunda.bpm.engine.impl.SignalEventReceivedBuilderImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractCorrelateMessageCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractPatchVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractRemoveVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetVariableCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.MessageEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceAsyncCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.ProcessInstanceModificationBatchCmd;
import org.camunda.bpm.engine.impl.cmd.ProcessInstanceModificationCmd;
import org.camunda.bpm.engine.impl.cmd.SignalCmd;
import org.camunda.bpm.engine.impl.cmd.SignalEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.cmd.batch.variables.SetVariablesToProcessInstancesBatchCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The engine boundary: a custom pre-command interceptor that checks every command a caller sends before it runs.
 * A caller is whoever has an authenticated user on the IdentityService when the outermost command starts:
 * engine-rest (BasicAuthFilter) and the Camunda webapps (Tasklist, Cockpit) set one; our own services (/api,
 * delegates, the job executor) and the process tests do not, and commands nested in another command are our
 * code's (a listener starting the next process), so neither is checked.
 *
 * <p>Refused with {@link BoundaryRefusal} (400 problem+json naming the variable, nothing changed):
 * <ul>
 *   <li>starting a process that only our services start, starting at an activity or without our listeners,
 *       and any start variable the process does not declare ({@link ProcessBoundary#startVariables()});</li>
 *   <li>completing / resolving a task or submitting its form with a variable the task does not declare, unless the
 *       value is the one the task already shows (Camunda Forms send read-only fields back unchanged);</li>
 *   <li>any variable written or removed through the variable endpoints ({@code /task/{id}/variables},
 *       {@code /task/{id}/localVariables}, {@code /process-instance/{id}/variables},
 *       {@code /execution/{id}/localVariables}, {@code /process-instance/variables-async});</li>
 *   <li>process instance modification with variables (and any modification by a non-administrator), message
 *       correlation or signals carrying variables.</li>
 * </ul>
 */
public class CallerCommandGuard extends CommandInterceptor {
    static final String ADMIN_GROUP = "camunda-admin";

    private final ProcessEngineConfigurationImpl cfg;
    private final Supplier<ProcessBoundaries> boundaries;

    public CallerCommandGuard(ProcessEngineConfigurationImpl cfg, Supplier<ProcessBoundaries> boundaries) {
        this.cfg = cfg;
        this.boundaries = boundaries;
    }

    @Override
    public <T> T execute(Command<T> command) {
        if (Context.getCommandContext() == null) {
            Authentication caller = cfg.getIdentityService().getCurrentAuthentication();
            if (caller != null && caller.getUserId() != null) {
                check(command, caller);
            }
        }
        return next.execute(command);
    }

    private void check(Command<?> command, Authentication caller) {
        if (command instanceof StartProcessInstanceAtActivitiesCmd) {
            throw new BoundaryRefusal("startInstructions", "proses hanya dapat dimulai dari awal (startInstructions tidak diizinkan)");
        } else if (command instanceof StartProcessInstanceCmd) {
            ProcessInstantiationBuilderImpl b = field(command, "instantiationBuilder");
            if (b.getModificationBuilder() != null && (b.getModificationBuilder().isSkipCustomListeners()
                    || b.getModificationBuilder().isSkipIoMappings())) {
                throw new BoundaryRefusal("skipCustomListeners", "proses harus dimulai dengan seluruh pemeriksaannya");
            }
            inEngine(ctx -> checkStart(ctx, b.getProcessDefinitionKey(), b.getProcessDefinitionId(), b.getVariables()));
        } else if (command instanceof SubmitStartFormCmd) {
            String definitionId = field(command, "processDefinitionId");
            Map<String, Object> vars = field(command, "variables");
            inEngine(ctx -> checkStart(ctx, null, definitionId, vars));
        } else if (command instanceof CompleteTaskCmd) {
            String taskId = field(command, "taskId");
            Map<String, Object> vars = field(command, "variables");
            inEngine(ctx -> checkTask(ctx, taskId, vars));
        } else if (command instanceof SubmitTaskFormCmd) {
            String taskId = field(command, "taskId");
            Map<String, Object> vars = field(command, "properties");
            inEngine(ctx -> checkTask(ctx, taskId, vars));
        } else if (command instanceof AbstractSetVariableCmd || command instanceof AbstractPatchVariablesCmd) {
            Map<String, ?> vars = field(command, "variables");
            Collection<String> deletions = command instanceof AbstractPatchVariablesCmd ? field(command, "deletions") : null;
            refuseVariableWrite(vars == null ? null : vars.keySet(), deletions);
        } else if (command instanceof AbstractRemoveVariableCmd) {
            refuseVariableWrite(null, field(command, "variableNames"));
        } else if (command instanceof SetVariablesToProcessInstancesBatchCmd) {
            Map<String, ?> vars = field(command, "variables");
            refuseVariableWrite(vars == null ? null : vars.keySet(), null);
        } else if (command instanceof ModifyProcessInstanceCmd || command instanceof ProcessInstanceModificationCmd
                || command instanceof ModifyProcessInstanceAsyncCmd
                || command instanceof ProcessInstanceModificationBatchCmd) {
            checkModification(command, caller);
        } else if (command instanceof AbstractCorrelateMessageCmd) {
            MessageCorrelationBuilderImpl b = field(command, "builder");
            refuseVariables("processVariables", b.getPayloadProcessInstanceVariables());
            refuseVariables("processVariablesLocal", b.getPayloadProcessInstanceVariablesLocal());
            refuseVariables("processVariablesToTriggeredScope", b.getPayloadProcessInstanceVariablesToTriggeredScope());
        } else if (command instanceof MessageEventReceivedCmd) {
            refuseVariables("processVariables", field(command, "processVariables"));
            refuseVariables("processVariablesLocal", field(command, "processVariablesLocal"));
            refuseVariables("processVariablesToTriggeredScope", field(command, "processVariablesToTriggeredScope"));
        } else if (command instanceof SignalEventReceivedCmd) {
            SignalEventReceivedBuilderImpl b = field(command, "builder");
            refuseVariables("variables", b.getVariables());
        } else if (command instanceof SignalCmd) {
            refuseVariables("variables", field(command, "processVariables"));
        }
    }

    private void checkModification(Command<?> command, Authentication caller) {
        List<Object> instructions = new ArrayList<>();
        Object builder = firstField(command, "builder");
        if (builder instanceof ProcessInstanceModificationBuilderImpl b) {
            refuseVariables("variables", b.getProcessVariables());
            instructions.addAll(b.getModificationOperations());
        } else if (builder instanceof ModificationBuilderImpl b) {
            instructions.addAll(b.getInstructions());
        }
        for (Object instruction : instructions) {
            refuseVariables("variables", firstField(instruction, "variables"));
            refuseVariables("variables", firstField(instruction, "variablesLocal"));
        }
        if (caller.getGroupIds() == null || !caller.getGroupIds().contains(ADMIN_GROUP)) {
            throw new BoundaryRefusal("instructions", "hanya administrator yang dapat memindahkan token proses");
        }
    }

    private void checkStart(CommandContext ctx, String key, String definitionId, Map<String, Object> vars) {
        String processKey = key;
        if (processKey == null && definitionId != null) {
            ProcessDefinitionEntity d = ctx.getProcessEngineConfiguration().getDeploymentCache()
                    .findDeployedProcessDefinitionById(definitionId);
            processKey = d.getKey();
        }
        ProcessBoundary boundary = boundaries.get().of(processKey).orElse(null);
        if (boundary == null || !boundary.callerMayStart()) {
            throw new BoundaryRefusal("processDefinitionKey", "proses '" + processKey
                    + "' hanya dimulai oleh sistem, tidak oleh petugas");
        }
        if (vars == null) {
            return;
        }
        for (String name : vars.keySet()) {
            if (!boundary.startVariables().contains(name)) {
                throw new BoundaryRefusal(name, "bukan isian formulir mulai proses '" + processKey
                        + "' (yang diterima: " + String.join(", ", boundary.startVariables()) + ")");
            }
        }
    }

    private void checkTask(CommandContext ctx, String taskId, Map<String, Object> vars) {
        if (vars == null || vars.isEmpty() || taskId == null) {
            return;
        }
        TaskEntity task = ctx.getTaskManager().findTaskById(taskId);
        if (task == null || task.getProcessDefinitionId() == null
                || (task.getTenantId() != null && !ctx.getTenantManager().isAuthenticatedTenant(task.getTenantId()))) {
            return; // the command itself answers: unknown task, standalone task, another regency's task
        }
        String processKey = ctx.getProcessEngineConfiguration().getDeploymentCache()
                .findDeployedProcessDefinitionById(task.getProcessDefinitionId()).getKey();
        String taskKey = ElementIds.current(task.getTaskDefinitionKey());
        Set<String> inputs = boundaries.get().of(processKey).flatMap(b -> b.taskInputs(taskKey)).orElse(Set.of());
        for (Map.Entry<String, Object> e : vars.entrySet()) {
            if (inputs.contains(e.getKey()) || sameValue(e.getValue(), task.getVariableTyped(e.getKey(), false))) {
                continue;
            }
            throw new BoundaryRefusal(e.getKey(), inputs.isEmpty()
                    ? "tugas '" + taskKey + "' tidak menerima isian apa pun"
                    : "bukan isian tugas '" + taskKey + "' (yang diterima: " + String.join(", ", inputs) + ")");
        }
    }

    /**
     * A value sent back as the task shows it (a read-only form field) changes nothing. Takes the sent value and the
     * task's current one (typed values, serialized or not); Json lists and maps (embedded forms send back what they
     * read) are compared as Json trees, numbers by value. A value that cannot be compared counts as different, so the
     * caller gets the 400 refusal, never a 500.
     */
    static boolean sameValue(Object sent, Object current) {
        try {
            Object s = plain(sent);
            Object c = plain(current);
            if (blank(s) && blank(c)) {
                return true;
            }
            if (s == null || c == null) {
                return false;
            }
            if (s instanceof Number a && c instanceof Number b) {
                return new BigDecimal(a.toString()).compareTo(new BigDecimal(b.toString())) == 0;
            }
            JsonNode sj = json(s);
            JsonNode cj = json(c);
            if (sj != null && cj != null) {
                return sj.equals(cj);
            }
            return String.valueOf(s).equals(String.valueOf(c));
        } catch (RuntimeException notComparable) {
            return false;
        }
    }

    private static Object plain(Object v) {
        if (v instanceof SerializableValue sv && !sv.isDeserialized()) {
            return sv.getValueSerialized();
        }
        return v instanceof TypedValue tv ? tv.getValue() : v;
    }

    /** The value as a Json tree when it is a Json list or map (text, Spin node, Java map or list), else null. */
    private static JsonNode json(Object v) {
        try {
            if (v instanceof String text) {
                String t = text.trim();
                return t.startsWith("{") || t.startsWith("[") ? JSON.readTree(t) : null;
            }
            if (v instanceof java.util.Map<?, ?> || v instanceof Collection<?>) {
                return JSON.valueToTree(v);
            }
            String t = String.valueOf(v).trim();
            return t.startsWith("{") || t.startsWith("[") ? JSON.readTree(t) : null;
        } catch (Exception notJson) {
            return null;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private static boolean blank(Object v) {
        return v == null || (v instanceof String s && s.isBlank());
    }

    private static void refuseVariableWrite(Collection<String> written, Collection<String> removed) {
        String name = written != null && !written.isEmpty() ? written.iterator().next()
                : removed != null && !removed.isEmpty() ? removed.iterator().next() : null;
        if (name != null) {
            throw new BoundaryRefusal(name, "variabel proses tidak dapat diubah atau dihapus langsung; "
                    + "kirim isian tugas saat menyelesaikan tugas");
        }
    }

    private static void refuseVariables(String what, Object vars) {
        if (vars instanceof Map<?, ?> m && !m.isEmpty()) {
            throw new BoundaryRefusal(String.valueOf(m.keySet().iterator().next()),
                    what + " tidak diterima: rujukan dan keputusan proses tidak dapat dikirim lewat perintah ini");
        }
    }

    private void inEngine(java.util.function.Consumer<CommandContext> check) {
        next.execute(ctx -> {
            check.accept(ctx);
            return null;
        });
    }

    @SuppressWarnings("unchecked")
    private static <T> T field(Object target, String name) {
        Object v = firstField(target, name);
        return (T) v;
    }

    private static Object firstField(Object target, String name) {
        for (Class<?> c = target.getClass(); c != null; c = c.getSuperclass()) {
            try {
                Field f = c.getDeclaredField(name);
                f.setAccessible(true);
                return f.get(target);
            } catch (NoSuchFieldException e) {
                // look in the superclass
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("Camunda " + c.getName() + "." + name + " tidak terbaca", e);
            }
        }
        return null;
    }
}
