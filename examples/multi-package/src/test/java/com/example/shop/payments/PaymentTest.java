package com.example.shop.payments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.example.shop.Slow;
import com.example.shop.pricing.Money;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PaymentTest {

    private Payment payment;

    @BeforeAll
    static void startGatewayStub() {
        Slow.sleepMillis(970);
    }

    @BeforeEach
    void setUp() {
        Slow.sleepMillis(140);
        payment = new Payment(eur(5000));
    }

    private static Money eur(long cents) {
        return Money.ofCents(cents, "EUR");
    }

    @Test
    void happyPath() {
        payment.authorise();
        payment.capture(eur(5000));
        assertEquals(Payment.Status.CAPTURED, payment.status());
        assertEquals(eur(5000), payment.balance());
    }

    @Test
    void partialCaptureThenFullRefund() {
        payment.authorise();
        payment.capture(eur(3000));
        payment.refund(eur(1000));
        assertEquals(Payment.Status.PARTIALLY_REFUNDED, payment.status());
        payment.refund(eur(2000));
        assertEquals(Payment.Status.REFUNDED, payment.status());
        assertEquals(eur(0), payment.balance());
    }

    @Test
    void cannotCaptureMoreThanAuthorised() {
        payment.authorise();
        assertThrows(IllegalArgumentException.class, () -> payment.capture(eur(5001)));
    }

    @Test
    void cannotCaptureWithoutAuthorisation() {
        assertThrows(IllegalStateException.class, () -> payment.capture(eur(100)));
    }

    @Test
    void cannotRefundMoreThanCaptured() {
        payment.authorise();
        payment.capture(eur(1000));
        payment.refund(eur(600));
        assertThrows(IllegalArgumentException.class, () -> payment.refund(eur(401)));
        assertEquals(eur(400), payment.balance());
    }

    @Test
    void voidedPaymentCannotBeCaptured() {
        payment.authorise();
        payment.voidAuthorisation();
        assertEquals(Payment.Status.VOIDED, payment.status());
        assertThrows(IllegalStateException.class, () -> payment.capture(eur(1)));
    }

    @Test
    void cannotAuthoriseTwice() {
        payment.authorise();
        assertThrows(IllegalStateException.class, payment::authorise);
    }

    @Test
    void amountMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new Payment(eur(0)));
    }

    @Test
    void refundBeforeCaptureFails() {
        payment.authorise();
        assertThrows(IllegalStateException.class, () -> payment.refund(eur(1)));
    }
}
