package id.jamsos.rentan.boundary;

import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every feature's {@link BoundaryDeclaration}, by process key. */
@Component
public class ProcessBoundaries {
    private final List<BoundaryDeclaration> declarations;
    private volatile Map<String, ProcessBoundary> byKey;

    public ProcessBoundaries(@Lazy List<BoundaryDeclaration> declarations) {
        this.declarations = declarations;
    }

    /** The declaration of a process key; empty for a process nobody declared (callers are then refused). */
    public Optional<ProcessBoundary> of(String processKey) {
        return Optional.ofNullable(all().get(processKey));
    }

    public Map<String, ProcessBoundary> all() {
        Map<String, ProcessBoundary> m = byKey;
        if (m == null) {
            m = new LinkedHashMap<>();
            for (BoundaryDeclaration d : declarations) {
                for (ProcessBoundary p : d.processes()) {
                    if (m.put(p.processKey(), p) != null) {
                        throw new IllegalStateException("Proses " + p.processKey() + " dideklarasikan dua kali");
                    }
                }
            }
            byKey = m;
        }
        return m;
    }
}
