package dev.paybridge.moyasar.simulator;

/**
 * A card number as Moyasar shows it: the first six and the last four digits, X in between, in groups of four
 * joined by dashes ({@code 4111-11XX-XXXX-1111}). A 15-digit Amex gets the same rule, so its last group has three
 * characters ({@code 3400-00XX-XXX0-000}).
 */
final class CardMask {

    private static final int FIRST = 6;
    private static final int LAST = 4;
    private static final int GROUP = 4;

    private CardMask() {
    }

    static String mask(String digits) {
        if (digits.length() < FIRST + LAST) {
            throw new IllegalArgumentException("a card number has at least " + (FIRST + LAST) + " digits");
        }
        String masked = digits.substring(0, FIRST) + "X".repeat(digits.length() - FIRST - LAST)
                + digits.substring(digits.length() - LAST);
        StringBuilder grouped = new StringBuilder(masked.length() + masked.length() / GROUP);
        for (int i = 0; i < masked.length(); i += GROUP) {
            if (i > 0) {
                grouped.append('-');
            }
            grouped.append(masked, i, Math.min(i + GROUP, masked.length()));
        }
        return grouped.toString();
    }
}
