package com.example.shop.reporting;

import com.example.shop.pricing.Money;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** Aggregations over sales: by category, by ISO week, top sellers, and CSV export. */
public final class SalesReport {

    private final List<Sale> sales;
    private final String currency;

    public SalesReport(List<Sale> sales, String currency) {
        this.sales = List.copyOf(sales);
        this.currency = currency;
    }

    public Money totalRevenue() {
        return sales.stream().map(Sale::revenue).reduce(Money.zero(currency), Money::plus);
    }

    public Map<String, Money> revenueBy(Function<Sale, String> key) {
        Map<String, Money> out = new TreeMap<>();
        for (Sale s : sales) {
            out.merge(key.apply(s), s.revenue(), Money::plus);
        }
        return out;
    }

    /** Revenue per week, keyed by the Monday of the week. */
    public Map<LocalDate, Money> revenueByWeek() {
        Map<LocalDate, Money> out = new TreeMap<>();
        for (Sale s : sales) {
            LocalDate monday = s.date().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            out.merge(monday, s.revenue(), Money::plus);
        }
        return out;
    }

    /** The n SKUs with most units sold, ties broken by SKU. */
    public List<String> topSellers(int n) {
        Map<String, Integer> units = new TreeMap<>();
        for (Sale s : sales) {
            units.merge(s.sku(), s.quantity(), Integer::sum);
        }
        return units.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(n)
                .map(Map.Entry::getKey)
                .toList();
    }

    public String toCsv() {
        List<String> lines = new ArrayList<>();
        lines.add(Csv.row(List.of("date", "sku", "category", "quantity", "revenue", "country")));
        sales.stream().sorted(Comparator.comparing(Sale::date).thenComparing(Sale::sku)).forEach(s -> lines.add(Csv.row(List.of(
                s.date().toString(), s.sku(), s.category(), Integer.toString(s.quantity()),
                java.math.BigDecimal.valueOf(s.revenue().cents(), 2).toPlainString(), s.country()))));
        return String.join("\n", lines) + "\n";
    }
}
