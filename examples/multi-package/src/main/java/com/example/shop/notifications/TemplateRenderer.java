package com.example.shop.notifications;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A tiny template renderer. Placeholders look like {@code {{name}}}; an optional filter
 * follows a pipe: {@code {{name|upper}}}, {@code {{name|lower}}}, {@code {{name|trim}}},
 * {@code {{name|default:friend}}}. A missing variable without a default is an error.
 * Lines starting with {@code ##} are comments and are dropped.
 */
public final class TemplateRenderer {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([a-zA-Z][a-zA-Z0-9_.]*)\\s*(?:\\|\\s*([^}]*?)\\s*)?}}");

    public String render(String template, Map<String, ?> variables) {
        String withoutComments = stripComments(template);
        Matcher m = PLACEHOLDER.matcher(withoutComments);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String filter = m.group(2);
            Object raw = variables.get(name);
            String value;
            if (filter != null && filter.startsWith("default:")) {
                value = raw == null ? filter.substring("default:".length()) : String.valueOf(raw);
            } else {
                if (raw == null) {
                    throw new MissingVariableException(name);
                }
                value = applyFilter(String.valueOf(raw), filter);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Names of all variables the template uses, in order of first appearance. */
    public java.util.List<String> variables(String template) {
        java.util.LinkedHashSet<String> names = new java.util.LinkedHashSet<>();
        Matcher m = PLACEHOLDER.matcher(stripComments(template));
        while (m.find()) {
            names.add(m.group(1));
        }
        return java.util.List.copyOf(names);
    }

    private static String applyFilter(String value, String filter) {
        if (filter == null || filter.isEmpty()) {
            return value;
        }
        return switch (filter) {
            case "upper" -> value.toUpperCase(Locale.ROOT);
            case "lower" -> value.toLowerCase(Locale.ROOT);
            case "trim" -> value.trim();
            default -> throw new IllegalArgumentException("unknown filter: " + filter);
        };
    }

    private static String stripComments(String template) {
        StringBuilder sb = new StringBuilder();
        for (String line : template.split("\n", -1)) {
            if (line.startsWith("##")) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(line);
        }
        return sb.toString();
    }

    /** Thrown when a template refers to a variable that was not supplied. */
    public static final class MissingVariableException extends RuntimeException {
        private final String variable;

        public MissingVariableException(String variable) {
            super("missing template variable: " + variable);
            this.variable = variable;
        }

        public String variable() {
            return variable;
        }
    }
}
