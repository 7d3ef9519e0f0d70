package id.jamsos.rentan.process;

import id.jamsos.rentan.common.TaskInputException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.spin.json.SpinJsonNode;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads list and map variables however they arrive: Spin Json (Tasklist forms, engine-rest type Json),
 * a JSON string, or plain Java collections (Java API, tests).
 */
public final class ProcessVariables {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ProcessVariables() {
    }

    private static JsonNode tree(Object v, String field) {
        try {
            JsonNode n;
            if (v instanceof SpinJsonNode spin) {
                n = JSON.readTree(spin.toString());
            } else if (v instanceof String s) {
                n = s.isBlank() ? null : JSON.readTree(s);
            } else {
                n = JSON.valueToTree(v);
            }
            // An embedded form that stringifies its value before sending it as type Json arrives double-encoded.
            if (n != null && n.isTextual() && !n.asText().isBlank()) {
                n = JSON.readTree(n.asText());
            }
            return n;
        } catch (Exception e) {
            throw new TaskInputException(field + ": bukan JSON yang sah");
        }
    }

    public static List<Long> idList(Object v, String field) {
        List<Long> out = new ArrayList<>();
        if (v == null) {
            return out;
        }
        if (v instanceof Collection<?> c) {
            for (Object o : c) {
                out.add(toLong(o, field));
            }
            return out;
        }
        JsonNode n = tree(v, field);
        if (n == null || n.isNull()) {
            return out;
        }
        if (!n.isArray()) {
            throw new TaskInputException(field + ": harus berupa daftar id calon");
        }
        for (JsonNode e : n) {
            out.add(toLong(e.isNumber() ? e.asLong() : e.asText(), field));
        }
        return out;
    }

    private static Long toLong(Object o, String field) {
        if (o instanceof Number num) {
            return num.longValue();
        }
        try {
            return Long.parseLong(String.valueOf(o).trim());
        } catch (NumberFormatException e) {
            throw new TaskInputException(field + ": '" + o + "' bukan id calon");
        }
    }

    public static Map<String, String> stringMap(Object v, String field) {
        Map<String, String> out = new LinkedHashMap<>();
        if (v == null) {
            return out;
        }
        if (v instanceof Map<?, ?> m) {
            m.forEach((k, val) -> out.put(String.valueOf(k), val == null ? null : String.valueOf(val)));
            return out;
        }
        JsonNode n = tree(v, field);
        if (n == null || n.isNull()) {
            return out;
        }
        if (!n.isObject()) {
            throw new TaskInputException(field + ": harus berupa peta id calon → alasan");
        }
        n.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().isNull() ? null : e.getValue().asText()));
        return out;
    }
}
