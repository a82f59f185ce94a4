package com.example.shop.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.example.shop.Slow;
import com.example.shop.pricing.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SalesReportTest {

    private SalesReport report;

    @BeforeAll
    static void loadWarehouseExtract() {
        Slow.sleepMillis(1055);
    }

    @BeforeEach
    void setUp() {
        Slow.sleepMillis(140);
        report = new SalesReport(List.of(
                sale("2025-03-03", "TSH-0001", "clothing", 2, 3998, "DE"),
                sale("2025-03-05", "MUG-0001", "home", 1, 899, "FR"),
                sale("2025-03-09", "TSH-0001", "clothing", 1, 1999, "DE"),
                sale("2025-03-10", "CAP-0001", "clothing", 4, 4800, "NL"),
                sale("2025-03-11", "MUG-0001", "home", 3, 2697, "DE")), "EUR");
    }

    private static Sale sale(String date, String sku, String category, int qty, long cents, String country) {
        return new Sale(LocalDate.parse(date), sku, category, qty, Money.ofCents(cents, "EUR"), country);
    }

    private static Money eur(long cents) {
        return Money.ofCents(cents, "EUR");
    }

    @Test
    void totalRevenue() {
        assertEquals(eur(14393), report.totalRevenue());
    }

    @Test
    void revenueByCategory() {
        assertEquals(Map.of("clothing", eur(10797), "home", eur(3596)), report.revenueBy(Sale::category));
    }

    @Test
    void revenueByCountryIsSorted() {
        assertEquals(List.of("DE", "FR", "NL"), List.copyOf(report.revenueBy(Sale::country).keySet()));
    }

    @Test
    void revenueByWeekStartsOnMonday() {
        Map<LocalDate, Money> weeks = report.revenueByWeek();
        assertEquals(Map.of(LocalDate.of(2025, 3, 3), eur(6896), LocalDate.of(2025, 3, 10), eur(7497)), weeks);
    }

    @Test
    void topSellersByUnits() {
        assertEquals(List.of("CAP-0001", "MUG-0001"), report.topSellers(2));
        assertEquals(List.of("CAP-0001", "MUG-0001", "TSH-0001"), report.topSellers(10));
    }

    @Test
    void csvExportIsSortedAndParsable() {
        String csv = report.toCsv();
        List<List<String>> rows = Csv.parse(csv);
        assertEquals(6, rows.size());
        assertEquals(List.of("date", "sku", "category", "quantity", "revenue", "country"), rows.get(0));
        assertEquals(List.of("2025-03-03", "TSH-0001", "clothing", "2", "39.98", "DE"), rows.get(1));
        assertEquals("26.97", rows.get(5).get(4));
    }

    @Test
    void emptyReport() {
        SalesReport empty = new SalesReport(List.of(), "EUR");
        assertEquals(Money.zero("EUR"), empty.totalRevenue());
        assertEquals("date,sku,category,quantity,revenue,country\n", empty.toCsv());
    }
}
