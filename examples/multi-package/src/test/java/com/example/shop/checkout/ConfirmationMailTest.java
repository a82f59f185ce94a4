package com.example.shop.checkout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.shop.Slow;
import com.example.shop.cart.Cart;
import com.example.shop.notifications.Notification;
import com.example.shop.notifications.TemplateLoader;
import com.example.shop.pricing.Discount;
import com.example.shop.pricing.Money;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Reads {@code templates/order-confirmation.txt} relative to the working directory (the project root). */
class ConfirmationMailTest {

    private static final Path TEMPLATE = Path.of("templates", "order-confirmation.txt");

    private Order order;
    private ConfirmationMail mail;

    @BeforeAll
    static void startMailServer() {
        Slow.sleepMillis(880);
    }

    @BeforeEach
    void setUp() {
        Slow.sleepMillis(115);
        Cart cart = new Cart("EUR");
        cart.add("TSH-0001", Money.ofCents(1999, "EUR"), 2);
        cart.add("MUG-0007", Money.ofCents(850, "EUR"), 1);
        Address address = new Address("Jane Doe", "Rue de Rivoli 1", "75001", "Paris", "FR");
        order = new CheckoutService(Set.of(), 7).checkout("  Jane  ", cart, address, new Discount.None(),
                LocalDate.of(2025, 6, 2));
        mail = new ConfirmationMail(TemplateLoader.fromWorkingDirectory());
    }

    @Test
    void templateExistsInWorkingDirectory() {
        assertTrue(Files.isRegularFile(TEMPLATE), "expected " + TEMPLATE.toAbsolutePath());
    }

    @Test
    void subjectComesFromFirstTemplateLine() {
        Notification n = mail.render(order, "jane@example.com", null);
        assertEquals("Your order 2025-000007 is confirmed", n.subject());
        assertEquals("jane@example.com", n.recipient());
    }

    @Test
    void bodyContainsGreetingLinesAndTotals() {
        String body = mail.render(order, "jane@example.com", "DHL").body();
        assertTrue(body.startsWith("Hello Jane,"), body);
        assertTrue(body.contains("TSH-0001     x2   39.98 EUR"), body);
        assertTrue(body.contains("Subtotal: 48.48 EUR"), body);
        assertTrue(body.contains("Tax:      9.70 EUR"), body);
        assertTrue(body.contains("Total:    58.18 EUR"), body);
    }

    @Test
    void cityIsUpperCasedAndCarrierDefaults() {
        assertTrue(mail.render(order, "j@example.com", null).body().contains("shipped to PARIS by Standard Post."));
        assertTrue(mail.render(order, "j@example.com", "UPS").body().contains("shipped to PARIS by UPS."));
    }

    @Test
    void commentLinesAreNotRendered() throws Exception {
        assertTrue(Files.readString(TEMPLATE).startsWith("##"));
        assertTrue(!mail.render(order, "j@example.com", null).body().contains("##"));
    }
}
