package io.clientportal.web.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The curl examples of the README's "Integration API" section, read from the README itself: its shell variables, and
 * each curl command with the statuses its comment promises ("→ 201, 200").
 */
final class ReadmeExamples {

    record Example(String command, List<Integer> statuses) {
    }

    private static final Pattern PROMISE = Pattern.compile("→ ([^)]*)");
    private static final Pattern STATUS = Pattern.compile("\\b\\d{3}\\b");

    final List<String> variables = new ArrayList<>();
    final List<Example> examples = new ArrayList<>();

    static ReadmeExamples read(Path readme) throws IOException {
        String text = Files.readString(readme);
        String section = text.substring(text.indexOf("## Integration API"));
        section = section.substring(section.indexOf("```sh") + "```sh".length());
        section = section.substring(0, section.indexOf("```"));
        ReadmeExamples read = new ReadmeExamples();
        List<Integer> promised = List.of();
        StringBuilder command = null;
        for (String line : section.split("\n")) {
            if (command != null) {
                command.append(' ').append(line.strip().replaceFirst("\\\\$", ""));
                if (!line.endsWith("\\")) {
                    read.examples.add(new Example(command.toString(), promised));
                    command = null;
                }
            } else if (line.startsWith("#")) {
                Matcher promise = PROMISE.matcher(line);
                promised = promise.find() ? statuses(promise.group(1)) : List.of();
            } else if (line.startsWith("curl ")) {
                command = new StringBuilder(line.replaceFirst("\\\\$", "").strip());
                if (!line.endsWith("\\")) {
                    read.examples.add(new Example(command.toString(), promised));
                    command = null;
                }
            } else if (line.matches("[A-Z]+=.*")) {
                read.variables.add(line);
            }
        }
        return read;
    }

    private static List<Integer> statuses(String promise) {
        Matcher status = STATUS.matcher(promise);
        List<Integer> statuses = new ArrayList<>();
        while (status.find()) {
            statuses.add(Integer.valueOf(status.group()));
        }
        return statuses;
    }

    /** A bash script that runs the example against a server on another port, printing only the status. */
    String script(Example example, String hostAndPort, int port) {
        String curl = "curl --connect-to " + hostAndPort + ":127.0.0.1:" + port + " -s -o /dev/null -w '%{http_code}'";
        return String.join("\n", variables) + "\n" + example.command().replaceFirst("^curl", curl) + "\n";
    }

    @Override
    public String toString() {
        return Arrays.toString(examples.toArray());
    }
}
