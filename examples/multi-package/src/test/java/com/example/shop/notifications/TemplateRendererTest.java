package com.example.shop.notifications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.example.shop.Slow;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TemplateRendererTest {

    private TemplateRenderer renderer;

    @BeforeAll
    static void compilePatterns() {
        Slow.sleepMillis(395);
    }

    @BeforeEach
    void setUp() {
        Slow.sleepMillis(65);
        renderer = new TemplateRenderer();
    }

    @Test
    void replacesPlaceholders() {
        assertEquals("Hi Jane, you have 3 items", renderer.render("Hi {{name}}, you have {{count}} items",
                Map.of("name", "Jane", "count", 3)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "{{v|upper}}; MiXeD; MIXED",
        "{{v|lower}}; MiXeD; mixed",
        "{{v|trim}}; '  x  '; x",
        "{{ v }}; spaced; spaced",
        "{{v | upper }}; spaced filter; SPACED FILTER"
    })
    void appliesFilters(String template, String value, String expected) {
        assertEquals(expected, renderer.render(template, Map.of("v", value)));
    }

    @Test
    void defaultUsedOnlyWhenMissing() {
        assertEquals("friend", renderer.render("{{name|default:friend}}", Map.of()));
        assertEquals("Jane", renderer.render("{{name|default:friend}}", Map.of("name", "Jane")));
    }

    @Test
    void missingVariableIsAnError() {
        TemplateRenderer.MissingVariableException e = assertThrows(TemplateRenderer.MissingVariableException.class,
                () -> renderer.render("Hello {{who}}", Map.of()));
        assertEquals("who", e.variable());
    }

    @Test
    void unknownFilterIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> renderer.render("{{a|reverse}}", Map.of("a", "x")));
    }

    @Test
    void dollarSignsAndBackslashesAreLiteral() {
        assertEquals("cost: $5 \\o/", renderer.render("cost: {{v}}", Map.of("v", "$5 \\o/")));
    }

    @Test
    void commentLinesAreDropped() {
        assertEquals("a\nb", renderer.render("## comment\na\n## another\nb", Map.of()));
    }

    @Test
    void listsVariablesInOrder() {
        assertEquals(List.of("b", "a", "c"), renderer.variables("{{b}} {{a|upper}} {{b}} {{c|default:x}}"));
    }

    @Test
    void textWithoutPlaceholdersIsUnchanged() {
        assertEquals("{ not } {{ 1bad }}", renderer.render("{ not } {{ 1bad }}", Map.of()));
    }
}
