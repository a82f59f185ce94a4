package com.example.shop.reporting;

import com.example.shop.pricing.Money;
import java.time.LocalDate;

/** One sold line, as exported from the order system. */
public record Sale(LocalDate date, String sku, String category, int quantity, Money revenue, String country) {
}
