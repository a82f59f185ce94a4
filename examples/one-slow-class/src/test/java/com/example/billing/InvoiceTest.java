package com.example.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.example.Slow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InvoiceTest {

    @BeforeEach
    void openLedger() {
        Slow.sleepMillis(700);
    }

    @Test
    void addsTaxToNet() {
        Invoice invoice = new Invoice(new TaxRate(1_900)).line(10_000).line(5_000);
        assertEquals(15_000, invoice.netCents());
        assertEquals(2_850, invoice.taxCents());
        assertEquals(17_850, invoice.grossCents());
    }

    @Test
    void discountComesBeforeTax() {
        Invoice invoice = new Invoice(new TaxRate(2_000)).line(10_000).discount(new Discount.Percent(10));
        assertEquals(9_000, invoice.netCents());
        assertEquals(10_800, invoice.grossCents());
    }

    @Test
    void emptyInvoiceIsZero() {
        assertEquals(0, new Invoice(new TaxRate(700)).grossCents());
    }
}
