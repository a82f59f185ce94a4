package com.example.shop.reviews;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** Aggregates reviews: average, histogram, and a Bayesian average for ranking. */
public record RatingSummary(int count, BigDecimal average, int[] histogram) {

    public static RatingSummary of(List<Review> reviews) {
        int[] hist = new int[5];
        int sum = 0;
        for (Review r : reviews) {
            hist[r.stars() - 1]++;
            sum += r.stars();
        }
        BigDecimal avg = reviews.isEmpty() ? BigDecimal.ZERO.setScale(1)
                : BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(reviews.size()), 1, RoundingMode.HALF_UP);
        return new RatingSummary(reviews.size(), avg, hist);
    }

    /** Bayesian average pulled towards {@code prior} with weight {@code priorWeight} virtual reviews. */
    public double bayesian(double prior, int priorWeight) {
        double sum = 0;
        for (int i = 0; i < 5; i++) {
            sum += (i + 1) * histogram[i];
        }
        return (prior * priorWeight + sum) / (priorWeight + count);
    }

    /** Share of 4 and 5 star reviews in percent, rounded. */
    public int percentPositive() {
        return count == 0 ? 0 : Math.round(100f * (histogram[3] + histogram[4]) / count);
    }

    /** A text bar chart, one line per star value from 5 down to 1, e.g. "5 ##### 5". */
    public String chart() {
        StringBuilder sb = new StringBuilder();
        for (int s = 5; s >= 1; s--) {
            sb.append(s).append(' ').append("#".repeat(histogram[s - 1])).append(' ').append(histogram[s - 1]);
            if (s > 1) {
                sb.append('\n');
            }
        }
        return sb.toString();
    }
}
