package com.example.shop.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.shop.Slow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StockLedgerTest {

    private StockLedger ledger;

    @BeforeAll
    static void openWarehouseDatabase() {
        Slow.sleepMillis(660);
    }

    @BeforeEach
    void setUp() {
        Slow.sleepMillis(90);
        ledger = new StockLedger();
        ledger.receive("TSH-0001", 10);
    }

    @Test
    void receivingAddsToOnHand() {
        ledger.receive("TSH-0001", 5);
        assertEquals(15, ledger.onHand("TSH-0001"));
        assertEquals(15, ledger.available("TSH-0001"));
    }

    @Test
    void reservingReducesAvailableOnly() {
        assertTrue(ledger.reserve("TSH-0001", 4));
        assertEquals(10, ledger.onHand("TSH-0001"));
        assertEquals(6, ledger.available("TSH-0001"));
        assertEquals(4, ledger.reserved("TSH-0001"));
    }

    @Test
    void cannotOverReserve() {
        assertFalse(ledger.reserve("TSH-0001", 11));
        assertEquals(0, ledger.reserved("TSH-0001"));
    }

    @Test
    void releaseRestoresAvailability() {
        ledger.reserve("TSH-0001", 4);
        ledger.release("TSH-0001", 3);
        assertEquals(9, ledger.available("TSH-0001"));
    }

    @Test
    void cannotReleaseMoreThanReserved() {
        ledger.reserve("TSH-0001", 2);
        assertThrows(IllegalStateException.class, () -> ledger.release("TSH-0001", 3));
    }

    @Test
    void shippingRemovesStock() {
        ledger.reserve("TSH-0001", 4);
        ledger.ship("TSH-0001", 4);
        assertEquals(6, ledger.onHand("TSH-0001"));
        assertEquals(0, ledger.reserved("TSH-0001"));
        assertEquals(6, ledger.available("TSH-0001"));
    }

    @Test
    void unknownSkuHasNothing() {
        assertEquals(0, ledger.available("NOP-0000"));
        assertFalse(ledger.reserve("NOP-0000", 1));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
    void quantitiesMustBePositive(int quantity) {
        assertThrows(IllegalArgumentException.class, () -> ledger.receive("TSH-0001", quantity));
        assertThrows(IllegalArgumentException.class, () -> ledger.reserve("TSH-0001", quantity));
    }
}
