package com.example.billing;

import java.util.ArrayList;
import java.util.List;

/** An invoice: net lines, an optional discount on the net sum, then tax. */
public final class Invoice {

    private final TaxRate taxRate;
    private final List<Long> netLines = new ArrayList<>();
    private Discount discount = new Discount.Fixed(0);

    public Invoice(TaxRate taxRate) {
        this.taxRate = taxRate;
    }

    public Invoice line(long netCents) {
        netLines.add(netCents);
        return this;
    }

    public Invoice discount(Discount discount) {
        this.discount = discount;
        return this;
    }

    public long netCents() {
        return discount.apply(netLines.stream().mapToLong(Long::longValue).sum());
    }

    public long taxCents() {
        return taxRate.taxOn(netCents());
    }

    public long grossCents() {
        return netCents() + taxCents();
    }
}
