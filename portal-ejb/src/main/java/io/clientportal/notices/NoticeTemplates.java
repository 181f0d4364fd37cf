package io.clientportal.notices;

import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import io.clientportal.tenancy.Tenant;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Renders a notice from its three templates, {@code NAME.subject.ftl}, {@code NAME.text.ftl} and
 * {@code NAME.html.ftlh}. HTML templates escape every value (the {@code .ftlh} extension), text and subject templates
 * none. Every template sees {@code agency} (the agency's name) and {@code colour} (its brand colour, or the portal's).
 */
final class NoticeTemplates {

    /** The portal's own accent, as in its style sheet, for an agency that chose none. */
    static final String DEFAULT_COLOUR = "#1f6feb";
    private static final Pattern HEX_COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");
    private static final Configuration FREEMARKER = configuration();

    private NoticeTemplates() {
    }

    /** @param model what the templates of this notice name, already written for people (see kernel.Formatting) */
    static Notice render(String name, Tenant agency, Map<String, Object> model) {
        Map<String, Object> values = new HashMap<>(model);
        values.put("agency", agency.getName());
        values.put("colour", colourOf(agency));
        // A subject is one line: the outbox refuses any other, and a template's trailing newline is not content.
        return new Notice(part(name + ".subject.ftl", values).strip(), part(name + ".text.ftl", values),
                part(name + ".html.ftlh", values));
    }

    private static String colourOf(Tenant agency) {
        String colour = agency.getBrandColor();
        return colour != null && HEX_COLOUR.matcher(colour).matches() ? colour : DEFAULT_COLOUR;
    }

    private static String part(String template, Map<String, Object> values) {
        StringWriter out = new StringWriter();
        try {
            FREEMARKER.getTemplate(template).process(values, out);
        } catch (IOException e) {
            throw new UncheckedIOException("No notice template " + template, e);
        } catch (TemplateException e) {
            throw new IllegalStateException("The notice template " + template + " failed", e);
        }
        return out.toString();
    }

    private static Configuration configuration() {
        Configuration configuration = new Configuration(Configuration.VERSION_2_3_34);
        configuration.setClassForTemplateLoading(NoticeTemplates.class, "");
        configuration.setDefaultEncoding("UTF-8");
        // A template that names a missing value fails the change that sends it, instead of mailing half a sentence.
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setLogTemplateExceptions(false);
        configuration.setWrapUncheckedExceptions(true);
        configuration.setFallbackOnNullLoopVariable(false);
        return configuration;
    }
}
