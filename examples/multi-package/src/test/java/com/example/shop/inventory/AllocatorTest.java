package com.example.shop.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.example.shop.Slow;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AllocatorTest {

    private Allocator.Warehouse berlin;
    private Allocator.Warehouse hamburg;
    private Allocator.Warehouse munich;
    private final Allocator allocator = new Allocator();

    @BeforeAll
    static void loadWarehouseNetwork() {
        Slow.sleepMillis(835);
    }

    @BeforeEach
    void setUp() {
        Slow.sleepMillis(125);
        berlin = warehouse("BER", 10, 5);
        hamburg = warehouse("HAM", 250, 20);
        munich = warehouse("MUC", 500, 50);
    }

    private static Allocator.Warehouse warehouse(String name, int distance, int stock) {
        StockLedger ledger = new StockLedger();
        ledger.receive("SKU", stock);
        return new Allocator.Warehouse(name, ledger, distance);
    }

    @Test
    void nearestWarehouseWins() {
        assertEquals(List.of(new Allocator.Allocation("BER", 3)),
                allocator.allocate("SKU", 3, List.of(munich, hamburg, berlin)));
        assertEquals(2, berlin.ledger().available("SKU"));
    }

    @Test
    void skipsToNearestWarehouseThatCanServeEverything() {
        assertEquals(List.of(new Allocator.Allocation("HAM", 15)),
                allocator.allocate("SKU", 15, List.of(berlin, hamburg, munich)));
    }

    @Test
    void splitsOnlyWhenNecessary() {
        assertEquals(List.of(new Allocator.Allocation("BER", 5), new Allocator.Allocation("HAM", 20),
                        new Allocator.Allocation("MUC", 35)),
                allocator.allocate("SKU", 60, List.of(berlin, hamburg, munich)));
        assertEquals(15, munich.ledger().available("SKU"));
    }

    @Test
    void outOfStockReservesNothing() {
        assertThrows(Allocator.OutOfStockException.class,
                () -> allocator.allocate("SKU", 76, List.of(berlin, hamburg, munich)));
        assertEquals(5, berlin.ledger().available("SKU"));
        assertEquals(50, munich.ledger().available("SKU"));
    }

    @Test
    void unknownSkuIsOutOfStock() {
        assertThrows(Allocator.OutOfStockException.class, () -> allocator.allocate("OTHER", 1, List.of(berlin)));
    }
}
