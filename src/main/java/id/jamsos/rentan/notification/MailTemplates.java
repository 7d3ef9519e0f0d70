package id.jamsos.rentan.notification;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Indonesian mail templates in {@code templates/mail/<key>.txt}: first line "Subjek: ...", then the body.
 * Placeholders {@code {{name}}}; a missing value fails loudly rather than mailing "{{name}}" to a citizen.
 */
@Component
public class MailTemplates {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\w+)}}");
    private final Map<String, String> cache = new ConcurrentHashMap<>();

    public record Rendered(String subject, String body) {
    }

    public Rendered render(String key, Map<String, ?> model) {
        String text = cache.computeIfAbsent(key, MailTemplates::load);
        String filled = fill(text, model, key);
        int nl = filled.indexOf('\n');
        String first = filled.substring(0, nl).trim();
        if (!first.startsWith("Subjek:")) {
            throw new IllegalStateException("template " + key + " must start with 'Subjek:'");
        }
        return new Rendered(first.substring("Subjek:".length()).trim(), filled.substring(nl + 1).trim() + "\n");
    }

    private static String fill(String text, Map<String, ?> model, String key) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Object v = model.get(m.group(1));
            if (v == null) {
                throw new IllegalArgumentException("template " + key + " needs value '" + m.group(1) + "'");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(v.toString()));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String load(String key) {
        try {
            return new String(new ClassPathResource("templates/mail/" + key + ".txt").getInputStream().readAllBytes(),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("mail template " + key + " not found", e);
        }
    }
}
