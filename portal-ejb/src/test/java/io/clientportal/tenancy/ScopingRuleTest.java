package io.clientportal.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Scoping lives in one place: only the persistence owners hold a persistence context or set a scope property, so a
 * new service gets its EntityManager already scoped to the caller and cannot forget (or forge) the scope.
 */
class ScopingRuleTest {

    private static final Path MAIN = Path.of("src/main/java");

    /** What may appear only in the named classes (the persistence owners and the mappings of the discriminators). */
    private static final Map<Pattern, Set<String>> RESERVED = Map.of(
            Pattern.compile("@PersistenceContext|@PersistenceUnit|EntityManagerFactory\\b(?!\\(\\))"),
            Set.of("TenantPersistence"),
            Pattern.compile("\\bTenantPersistence\\.scope\\("), Set.of("PortalPersistence"),
            Pattern.compile("\\bTenantScope\\.PROPERTY\\b|\\bCLIENT_PROPERTY\\b|\"portal\\.(tenant|client)-id\""),
            Set.of("TenantScope", "PortalScope", "TenantPersistence", "PortalPersistence", "TenantOwned",
                    "PortalScoped"),
            Pattern.compile("\\.applyTo\\(\\s*(em|entityManager)\\b"), Set.of());

    @Test
    void onlyThePersistenceOwnersScopeAnEntityManager() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            List<String> violations = files.filter(file -> file.toString().endsWith(".java"))
                    .flatMap(file -> violations(className(file), read(file)).stream())
                    .toList();
            assertEquals(List.of(), violations);
        }
    }

    @Test
    void theRuleCatchesAServiceThatScopesByHand() {
        String service = "class Sneaky { @PersistenceContext EntityManager em;\n"
                + "  void x() { em.setProperty(TenantScope.PROPERTY, 1L); scope.applyTo(em); } }";
        assertEquals(3, violations("Sneaky", service).size());
        assertTrue(violations("TenantPersistence", "@PersistenceContext EntityManager em;").isEmpty());
    }

    static List<String> violations(String className, String source) {
        String code = withoutComments(source);
        return RESERVED.entrySet().stream()
                .filter(rule -> !rule.getValue().contains(className) && rule.getKey().matcher(code).find())
                .map(rule -> className + " uses " + rule.getKey().pattern())
                .toList();
    }

    /** Javadoc may name what it explains. */
    private static String withoutComments(String source) {
        return source.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\n]*", "");
    }

    private static String className(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - ".java".length());
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
