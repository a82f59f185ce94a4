package com.example.shop.checkout;

import com.example.shop.cart.Cart;
import com.example.shop.pricing.Discount;
import com.example.shop.pricing.PriceCalculator;
import com.example.shop.pricing.TaxTable;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Turns a cart into an order: validates, prices and numbers it. */
public final class CheckoutService {

    private final PriceCalculator calculator = new PriceCalculator(new TaxTable());
    private final Set<String> reducedTaxSkuFamilies;
    private int sequence;

    public CheckoutService(Set<String> reducedTaxSkuFamilies, int firstOrderNumber) {
        this.reducedTaxSkuFamilies = Set.copyOf(reducedTaxSkuFamilies);
        this.sequence = firstOrderNumber;
    }

    public Order checkout(String customer, Cart cart, Address shipTo, Discount discount, LocalDate date) {
        if (cart.isEmpty()) {
            throw new CheckoutException(List.of("cart is empty"));
        }
        List<String> problems = shipTo.problems();
        if (!problems.isEmpty()) {
            throw new CheckoutException(problems);
        }
        List<PriceCalculator.Line> lines = cart.lines().stream()
                .map(l -> new PriceCalculator.Line(l.unitPrice(), l.quantity(),
                        reducedTaxSkuFamilies.contains(l.sku().substring(0, Math.min(3, l.sku().length())))))
                .toList();
        PriceCalculator.Result r = calculator.calculate(lines, discount, shipTo.country());
        String id = String.format("%d-%06d", date.getYear(), sequence++);
        return new Order(id, customer, date, cart.lines(), shipTo, r.discounted(), r.tax(), r.gross(), OrderState.PLACED);
    }

    /** Thrown when checkout is not possible; carries all problems found. */
    public static final class CheckoutException extends RuntimeException {
        private final List<String> problems;

        public CheckoutException(List<String> problems) {
            super(String.join("; ", problems));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }
}
