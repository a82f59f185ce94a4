package com.example.shop.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.example.shop.Slow;
import java.math.BigDecimal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CouponCodeTest {

    @BeforeAll
    static void connectToCampaignService() {
        Slow.sleepMillis(395);
    }

    @BeforeEach
    void setUp() {
        Slow.sleepMillis(60);
    }

    @Test
    void percentageCoupon() {
        CouponCode c = CouponCode.parse("summer-10");
        assertEquals("SUMMER", c.campaign());
        assertEquals(new Discount.Percentage(new BigDecimal("10")), c.discount());
    }

    @Test
    void fixedCoupon() {
        CouponCode c = CouponCode.parse("WELCOME-5EUR");
        assertEquals(new Discount.Fixed(Money.ofCents(500, "EUR")), c.discount());
    }

    @Test
    void campaignMayContainDashes() {
        assertEquals("BLACK-FRIDAY", CouponCode.parse("black-friday-25").campaign());
    }

    @ParameterizedTest
    @ValueSource(strings = {"SUMMER", "-10", "SUMMER-", "SUMMER-100", "2024-10", "SUMMER-5USD", "SUMMER-ABC"})
    void rejectsMalformedCodes(String code) {
        assertThrows(IllegalArgumentException.class, () -> CouponCode.parse(code));
    }
}
