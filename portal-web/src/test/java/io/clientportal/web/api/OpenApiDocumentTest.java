package io.clientportal.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The served OpenAPI document against the code: every route the JAX-RS resources of the API answer (path and method,
 * read from their annotations) is documented, and nothing is documented that no resource answers.
 */
class OpenApiDocumentTest {

    @Test
    void everyRouteIsDocumentedAndEveryDocumentedRouteExists() throws Exception {
        Set<String> routes = routesOfTheResources();
        assertTrue(routes.size() >= 14, "the scan found the resources: " + routes);
        assertEquals(routes, documentedRoutes());
    }

    @Test
    void everyOperationSaysWhatItAnswersWithoutAKey() throws IOException {
        JsonObject paths = document().getJsonObject("paths");
        for (String path : paths.keySet()) {
            paths.getJsonObject(path).forEach((method, operation) -> {
                if (method.equals("parameters") || path.endsWith("openapi.json")) {
                    return;
                }
                assertTrue(operation.asJsonObject().getJsonObject("responses").containsKey("401"),
                        method + " " + path);
            });
        }
    }

    @Test
    void everyOperationHasItsOwnIdentifier() throws IOException {
        Set<String> ids = new TreeSet<>();
        JsonObject paths = document().getJsonObject("paths");
        for (String path : paths.keySet()) {
            paths.getJsonObject(path).forEach((method, operation) -> {
                if (!method.equals("parameters")) {
                    String id = operation.asJsonObject().getString("operationId");
                    assertTrue(id.matches("[a-z][A-Za-z]*"), id);
                    assertTrue(ids.add(id), "twice: " + id);
                }
            });
        }
    }

    @Test
    void theDocumentsSchemasAllExist() throws IOException {
        String text = document().toString();
        JsonObject schemas = document().getJsonObject("components").getJsonObject("schemas");
        Matcher refs = Pattern.compile("#/components/schemas/(\\w+)").matcher(text);
        while (refs.find()) {
            assertTrue(schemas.containsKey(refs.group(1)), refs.group(1));
        }
        assertFalse(schemas.isEmpty());
    }

    private static Set<String> documentedRoutes() throws IOException {
        Set<String> routes = new TreeSet<>();
        JsonObject paths = document().getJsonObject("paths");
        for (String path : paths.keySet()) {
            paths.getJsonObject(path).keySet().stream().filter(key -> !key.equals("parameters"))
                    .forEach(method -> routes.add(method.toUpperCase(Locale.ROOT) + " /api" + path));
        }
        return routes;
    }

    private static JsonObject document() throws IOException {
        try (InputStream in = OpenApiResource.class.getResourceAsStream(OpenApiResource.DOCUMENT);
             JsonReader reader = Json.createReader(in)) {
            return reader.readObject();
        }
    }

    /** Every {@code @Path} class of this package, as compiled: a new resource is found without being listed here. */
    private static Set<String> routesOfTheResources() throws IOException, URISyntaxException,
            ClassNotFoundException {
        java.nio.file.Path classes = Paths.get(OpenApiResource.class.getResource("OpenApiResource.class").toURI())
                .getParent();
        Set<String> routes = new TreeSet<>();
        try (Stream<java.nio.file.Path> files = Files.list(classes)) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = file.getFileName().toString().replace(".class", "");
                Class<?> type = Class.forName(OpenApiResource.class.getPackageName() + "." + name);
                Path root = type.getAnnotation(Path.class);
                if (root != null) {
                    addRoutes(type, root.value(), routes);
                }
            }
        }
        return routes;
    }

    private static void addRoutes(Class<?> resource, String root, Set<String> routes) {
        for (Method method : resource.getDeclaredMethods()) {
            for (Annotation annotation : method.getAnnotations()) {
                HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
                if (http != null) {
                    Path sub = method.getAnnotation(Path.class);
                    routes.add(http.value() + " /api/" + root + (sub == null ? "" : "/" + sub.value()));
                }
            }
        }
    }
}
