package com.example.shop.pricing;

import java.util.Locale;

/**
 * A coupon code like "SUMMER-10" or "WELCOME-5EUR": a campaign name, a dash, and a discount
 * that is a percentage (plain number) or a fixed euro amount (number followed by EUR).
 */
public record CouponCode(String campaign, Discount discount) {

    public static CouponCode parse(String code) {
        String c = code.trim().toUpperCase(Locale.ROOT);
        int dash = c.lastIndexOf('-');
        if (dash <= 0 || dash == c.length() - 1) {
            throw new IllegalArgumentException("malformed coupon: " + code);
        }
        String campaign = c.substring(0, dash);
        if (!campaign.matches("[A-Z][A-Z0-9-]*")) {
            throw new IllegalArgumentException("malformed campaign: " + campaign);
        }
        String value = c.substring(dash + 1);
        Discount discount;
        if (value.matches("\\d{1,2}")) {
            discount = new Discount.Percentage(new java.math.BigDecimal(value));
        } else if (value.matches("\\d{1,3}EUR")) {
            long euros = Long.parseLong(value.substring(0, value.length() - 3));
            discount = new Discount.Fixed(Money.ofCents(euros * 100, "EUR"));
        } else {
            throw new IllegalArgumentException("malformed discount: " + value);
        }
        return new CouponCode(campaign, discount);
    }
}
