package com.example.shop.shipping;

/** A parcel's physical properties: weight in grams, dimensions in centimetres. */
public record Parcel(int weightGrams, int lengthCm, int widthCm, int heightCm) {

    public Parcel {
        if (weightGrams <= 0 || lengthCm <= 0 || widthCm <= 0 || heightCm <= 0) {
            throw new IllegalArgumentException("parcel dimensions must be positive");
        }
    }

    /** Volumetric weight in grams with the common divisor 5000 cm3/kg. */
    public int volumetricGrams() {
        return (int) Math.ceil(lengthCm * widthCm * heightCm / 5.0);
    }

    public int chargeableGrams() {
        return Math.max(weightGrams, volumetricGrams());
    }

    /** Girth + longest side, used by carriers to classify bulky parcels. */
    public int lengthPlusGirth() {
        int longest = Math.max(lengthCm, Math.max(widthCm, heightCm));
        int sum = lengthCm + widthCm + heightCm;
        return longest + 2 * (sum - longest);
    }
}
