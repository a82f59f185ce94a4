package com.example.shop.inventory;

/** Decides when and how much to reorder: (s, S) policy with safety stock from daily demand. */
public record ReorderPolicy(int leadTimeDays, int safetyDays, int targetDays) {

    public ReorderPolicy {
        if (leadTimeDays < 0 || safetyDays < 0 || targetDays <= 0) {
            throw new IllegalArgumentException("invalid policy");
        }
    }

    public int reorderPoint(double dailyDemand) {
        return (int) Math.ceil(dailyDemand * (leadTimeDays + safetyDays));
    }

    /** How many to order now; 0 if stock is above the reorder point. */
    public int orderQuantity(int available, double dailyDemand) {
        if (available > reorderPoint(dailyDemand)) {
            return 0;
        }
        int target = (int) Math.ceil(dailyDemand * (leadTimeDays + safetyDays + targetDays));
        return Math.max(0, target - available);
    }
}
