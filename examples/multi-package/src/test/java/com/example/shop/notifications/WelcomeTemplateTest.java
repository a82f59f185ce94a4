package com.example.shop.notifications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.shop.Slow;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reads the real templates from {@code templates/} relative to the working directory (the project root). */
class WelcomeTemplateTest {

    private TemplateLoader loader;
    private final TemplateRenderer renderer = new TemplateRenderer();

    @BeforeAll
    static void startTemplateCache() {
        Slow.sleepMillis(750);
    }

    @BeforeEach
    void setUp() {
        Slow.sleepMillis(105);
        loader = TemplateLoader.fromWorkingDirectory();
    }

    @Test
    void welcomeTemplateIsReadFromWorkingDirectory() throws Exception {
        Path file = Path.of("templates", "welcome.txt");
        assertTrue(Files.isRegularFile(file), "missing " + file.toAbsolutePath());
        assertEquals(Files.readString(file), loader.load("welcome"));
    }

    @Test
    void rendersWelcomeMail() {
        String rendered = renderer.render(loader.load("welcome"),
                Map.of("firstName", "Jane", "username", "Jane.Doe"));
        Notification n = Notification.fromRendered("jane@example.com", rendered);
        assertEquals("Welcome to the Example Shop, Jane!", n.subject());
        assertTrue(n.body().startsWith("Hi Jane,"), n.body());
        assertTrue(n.body().contains("your account jane.doe is ready"), n.body());
        assertTrue(n.body().contains("with the code WELCOME-10."), n.body());
    }

    @Test
    void welcomeCouponCanBeOverridden() {
        String rendered = renderer.render(loader.load("welcome"),
                Map.of("firstName", "Jo", "username", "jo", "coupon", "SPRING-15"));
        assertTrue(rendered.contains("with the code SPRING-15."));
    }

    @Test
    void welcomeNeedsFirstName() {
        assertThrows(TemplateRenderer.MissingVariableException.class,
                () -> renderer.render(loader.load("welcome"), Map.of("username", "x")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"welcome", "order-confirmation", "password-reset"})
    void everyTemplateHasSubjectLine(String name) {
        String rendered = loader.load(name);
        String firstContentLine = rendered.lines().filter(l -> !l.startsWith("##")).findFirst().orElseThrow();
        assertTrue(firstContentLine.startsWith("Subject: "), name + ": " + firstContentLine);
    }

    @Test
    void passwordResetVariables() {
        assertEquals(List.of("username", "hours", "link"), renderer.variables(loader.load("password-reset")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"../pom", "a/b", ".hidden"})
    void refusesPathTraversal(String name) {
        assertThrows(IllegalArgumentException.class, () -> loader.load(name));
    }

    @Test
    void missingTemplateMentionsAbsolutePath() {
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> loader.load("does-not-exist"));
        assertTrue(e.getMessage().contains("does-not-exist.txt"));
    }
}
