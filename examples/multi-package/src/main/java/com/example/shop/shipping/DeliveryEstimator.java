package com.example.shop.shipping;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

/** Estimates delivery dates counting business days only, with a same-day cut-off time. */
public final class DeliveryEstimator {

    private final LocalTime cutOff;
    private final Set<LocalDate> holidays;

    public DeliveryEstimator(LocalTime cutOff, Set<LocalDate> holidays) {
        this.cutOff = cutOff;
        this.holidays = Set.copyOf(holidays);
    }

    public boolean isBusinessDay(LocalDate date) {
        DayOfWeek d = date.getDayOfWeek();
        return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY && !holidays.contains(date);
    }

    /** The day the parcel leaves the warehouse. */
    public LocalDate dispatchDate(LocalDate orderDate, LocalTime orderTime) {
        LocalDate day = orderDate;
        if (!isBusinessDay(day) || !orderTime.isBefore(cutOff)) {
            day = nextBusinessDay(day);
        }
        return day;
    }

    public LocalDate deliveryDate(LocalDate orderDate, LocalTime orderTime, int transitBusinessDays) {
        LocalDate day = dispatchDate(orderDate, orderTime);
        for (int i = 0; i < transitBusinessDays; i++) {
            day = nextBusinessDay(day);
        }
        return day;
    }

    private LocalDate nextBusinessDay(LocalDate day) {
        LocalDate next = day.plusDays(1);
        while (!isBusinessDay(next)) {
            next = next.plusDays(1);
        }
        return next;
    }
}
