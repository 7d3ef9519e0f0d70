package id.jamsos.rentan.support;

import org.w3c.dom.Document;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/** The process models of {@code bpmn/} parsed as namespace-aware DOM documents (no DTDs), in file-name order. */
public final class BpmnFiles {
    private BpmnFiles() {
    }

    /** Every {@code bpmn/*.bpmn} file of the project, relative to the working directory Maven runs tests in. */
    public static Map<Path, Document> read() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Map<Path, Document> models = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".bpmn")).sorted().toList()) {
                models.put(f, factory.newDocumentBuilder().parse(f.toFile()));
            }
        }
        return models;
    }
}
