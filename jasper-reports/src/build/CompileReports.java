import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;

/**
 * Compiles every .jrxml under a folder to a .jasper under another, keeping sub-folders.
 * Run by the build through the java source launcher, so no compile step ends up in the shipped jar
 * and the application server never needs a Java compiler for reports.
 *
 * <p>JDT is asked for by name: left to choose, JasperReports would silently fall back to the JDK's javac, whose
 * expression classes get the class version of whatever JDK runs the build (a build on Java 25 would then not
 * fill on Java 17). JDT writes Java 8 class files and records the core JRJavacCompiler in the .jasper,
 * so filling needs no JDT.
 */
public class CompileReports {

    public static void main(String[] args) throws IOException, JRException {
        if (args.length != 2) {
            System.err.println("usage: java CompileReports.java <jrxml folder> <jasper folder>");
            System.exit(2);
        }
        Path sources = Path.of(args[0]);
        Path output = Path.of(args[1]);
        DefaultJasperReportsContext.getInstance()
                .setProperty("net.sf.jasperreports.compiler.java", "net.sf.jasperreports.jdt.JRJdtCompiler");

        List<Path> designs;
        try (Stream<Path> files = Files.walk(sources)) {
            designs = files.filter(file -> file.toString().endsWith(".jrxml")).sorted().toList();
        }
        // A wrong folder would otherwise produce a jar without templates that only fails in production.
        if (designs.isEmpty()) {
            throw new IllegalStateException("No .jrxml found under " + sources.toAbsolutePath());
        }

        for (Path design : designs) {
            String name = sources.relativize(design).toString().replaceFirst("\\.jrxml$", ".jasper");
            Path compiled = output.resolve(name);
            Files.createDirectories(compiled.getParent());
            JasperCompileManager.compileReportToFile(design.toString(), compiled.toString());
            System.out.println("Compiled " + sources.relativize(design) + " to " + compiled);
        }
    }
}
