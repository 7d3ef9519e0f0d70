package id.jamsos.rentan.identity;

/** The caller of the current /api request, set by {@link BasicAuthFilter}. */
public final class CurrentOfficial {
    private static final ThreadLocal<Official> CURRENT = new ThreadLocal<>();

    private CurrentOfficial() {
    }

    public static Official get() {
        Official o = CURRENT.get();
        if (o == null) {
            throw new IllegalStateException("no authenticated official on this thread");
        }
        return o;
    }

    static void set(Official official) {
        CURRENT.set(official);
    }

    static void clear() {
        CURRENT.remove();
    }
}
