package com.example.shop.checkout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.example.shop.Slow;
import com.example.shop.cart.Cart;
import com.example.shop.pricing.Discount;
import com.example.shop.pricing.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CheckoutServiceTest {

    private static final LocalDate DATE = LocalDate.of(2025, 3, 14);
    private static final Address BERLIN = new Address("Jane Doe", "Invalidenstr. 117", "10115", "Berlin", "DE");

    private CheckoutService service;
    private Cart cart;

    @BeforeAll
    static void startPaymentSandbox() {
        Slow.sleepMillis(1055);
    }

    @BeforeEach
    void setUp() {
        Slow.sleepMillis(130);
        service = new CheckoutService(Set.of("BOO"), 42);
        cart = new Cart("EUR");
    }

    @Test
    void pricesOrderWithStandardTax() {
        cart.add("TSH-0001", Money.ofCents(2000, "EUR"), 2);
        Order order = service.checkout("Jane", cart, BERLIN, new Discount.None(), DATE);
        assertEquals(Money.ofCents(4000, "EUR"), order.subtotal());
        assertEquals(Money.ofCents(760, "EUR"), order.tax());
        assertEquals(Money.ofCents(4760, "EUR"), order.total());
        assertEquals(OrderState.PLACED, order.state());
    }

    @Test
    void booksUseReducedRate() {
        cart.add("BOO-0001", Money.ofCents(1000, "EUR"), 1);
        Order order = service.checkout("Jane", cart, BERLIN, new Discount.None(), DATE);
        assertEquals(Money.ofCents(70, "EUR"), order.tax());
    }

    @Test
    void numbersOrdersSequentially() {
        cart.add("TSH-0001", Money.ofCents(100, "EUR"), 1);
        assertEquals("2025-000042", service.checkout("Jane", cart, BERLIN, new Discount.None(), DATE).id());
        assertEquals("2025-000043", service.checkout("Jane", cart, BERLIN, new Discount.None(), DATE).id());
    }

    @Test
    void emptyCartIsRejected() {
        CheckoutService.CheckoutException e = assertThrows(CheckoutService.CheckoutException.class,
                () -> service.checkout("Jane", cart, BERLIN, new Discount.None(), DATE));
        assertEquals(List.of("cart is empty"), e.problems());
    }

    @Test
    void invalidAddressIsRejectedWithAllProblems() {
        cart.add("TSH-0001", Money.ofCents(100, "EUR"), 1);
        Address bad = new Address("", "Street", "1", "Berlin", "DE");
        CheckoutService.CheckoutException e = assertThrows(CheckoutService.CheckoutException.class,
                () -> service.checkout("Jane", cart, bad, new Discount.None(), DATE));
        assertEquals(3, e.problems().size());
    }

    @Test
    void orderLifecycle() {
        cart.add("TSH-0001", Money.ofCents(100, "EUR"), 1);
        Order order = service.checkout("Jane", cart, BERLIN, new Discount.None(), DATE);
        Order delivered = order.withState(OrderState.PAID).withState(OrderState.SHIPPED).withState(OrderState.DELIVERED);
        assertEquals(OrderState.DELIVERED, delivered.state());
        assertThrows(IllegalStateException.class, () -> delivered.withState(OrderState.CANCELLED));
    }

    @Test
    void discountReducesTaxBase() {
        cart.add("TSH-0001", Money.ofCents(10000, "EUR"), 1);
        Order order = service.checkout("Jane", cart, BERLIN, Discount.parse("25%"), DATE);
        assertEquals(Money.ofCents(7500, "EUR"), order.subtotal());
        assertEquals(Money.ofCents(1425, "EUR"), order.tax());
    }
}
