package com.example.shop.pricing;

import java.util.List;

/** Combines line prices, a discount and tax into a final price. */
public final class PriceCalculator {

    /** A priced line: unit price times quantity, flagged for the reduced tax rate. */
    public record Line(Money unitPrice, int quantity, boolean reducedTax) {
        public Line {
            if (quantity <= 0) {
                throw new IllegalArgumentException("quantity must be positive: " + quantity);
            }
        }

        public Money total() {
            return unitPrice.times(quantity);
        }
    }

    /** The outcome of a calculation. */
    public record Result(Money net, Money discounted, Money tax, Money gross) {
    }

    private final TaxTable taxes;

    public PriceCalculator(TaxTable taxes) {
        this.taxes = taxes;
    }

    public Result calculate(List<Line> lines, Discount discount, String country) {
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("no lines");
        }
        String currency = lines.get(0).unitPrice().currency();
        Money net = Money.zero(currency);
        Money reducedNet = Money.zero(currency);
        for (Line line : lines) {
            net = net.plus(line.total());
            if (line.reducedTax()) {
                reducedNet = reducedNet.plus(line.total());
            }
        }
        Money discounted = discount.apply(net);
        // Spread the discount proportionally between standard and reduced lines.
        Money tax;
        if (net.cents() == 0) {
            tax = Money.zero(currency);
        } else {
            long reducedShare = Math.round((double) discounted.cents() * reducedNet.cents() / net.cents());
            Money reducedPart = Money.ofCents(reducedShare, currency);
            Money standardPart = discounted.minus(reducedPart);
            tax = taxes.taxOn(standardPart, country, false).plus(taxes.taxOn(reducedPart, country, true));
        }
        return new Result(net, discounted, tax, discounted.plus(tax));
    }
}
