package com.example.shop.payments;

import com.example.shop.pricing.Money;

/** A payment with a small state machine: authorise, capture (possibly partially), refund. */
public final class Payment {

    public enum Status { NEW, AUTHORISED, CAPTURED, PARTIALLY_REFUNDED, REFUNDED, VOIDED }

    private final Money amount;
    private Status status = Status.NEW;
    private Money captured;
    private Money refunded;

    public Payment(Money amount) {
        if (amount.cents() <= 0) {
            throw new IllegalArgumentException("amount must be positive");
        }
        this.amount = amount;
        this.captured = Money.zero(amount.currency());
        this.refunded = Money.zero(amount.currency());
    }

    public void authorise() {
        require(Status.NEW, "authorise");
        status = Status.AUTHORISED;
    }

    public void capture(Money value) {
        require(Status.AUTHORISED, "capture");
        if (value.compareTo(amount) > 0 || value.cents() <= 0) {
            throw new IllegalArgumentException("cannot capture " + value + " of " + amount);
        }
        captured = value;
        status = Status.CAPTURED;
    }

    public void voidAuthorisation() {
        require(Status.AUTHORISED, "void");
        status = Status.VOIDED;
    }

    public void refund(Money value) {
        if (status != Status.CAPTURED && status != Status.PARTIALLY_REFUNDED) {
            throw new IllegalStateException("cannot refund in state " + status);
        }
        Money total = refunded.plus(value);
        if (total.compareTo(captured) > 0) {
            throw new IllegalArgumentException("refund exceeds captured amount");
        }
        refunded = total;
        status = total.equals(captured) ? Status.REFUNDED : Status.PARTIALLY_REFUNDED;
    }

    public Status status() {
        return status;
    }

    public Money captured() {
        return captured;
    }

    public Money refunded() {
        return refunded;
    }

    public Money balance() {
        return captured.minus(refunded);
    }

    private void require(Status expected, String action) {
        if (status != expected) {
            throw new IllegalStateException("cannot " + action + " in state " + status);
        }
    }
}
