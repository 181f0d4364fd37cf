package io.clientportal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The web layer never touches an EntityManager: it calls services, which get theirs already scoped to the caller the
 * web layer bound once per request ({@code signin.CallerScopeFilter}).
 */
class WebScopingRuleTest {

    private static final Pattern PERSISTENCE = Pattern.compile(
            "\\bEntityManager\\b|@PersistenceContext|@PersistenceUnit|TenantPersistence|PortalPersistence"
                    + "|TenantScope\\.PROPERTY|CLIENT_PROPERTY");

    @Test
    void noWebClassTouchesAnEntityManager() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            List<String> violations = files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> PERSISTENCE.matcher(read(file)).find())
                    .map(Path::toString)
                    .toList();
            assertEquals(List.of(), violations);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file).replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\n]*", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
