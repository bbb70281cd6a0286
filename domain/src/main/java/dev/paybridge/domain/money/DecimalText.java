package dev.paybridge.domain.money;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/** Parses the API's decimal strings strictly: plain digits, an optional sign and fraction, at most 18 integer digits. */
public final class DecimalText {
    public static final int MAX_INTEGER_DIGITS = 18;
    private static final Pattern PLAIN_DECIMAL = Pattern.compile("-?\\d{1,18}(\\.\\d{1,30})?");

    private DecimalText() {
    }

    /** The decimal, or an {@link IllegalArgumentException} whose message is fit to show the client. */
    public static BigDecimal parse(String text) {
        if (text == null || !PLAIN_DECIMAL.matcher(text).matches()) {
            throw new IllegalArgumentException(
                    "must be a decimal string such as \"12.50\" (no exponent, at most " + MAX_INTEGER_DIGITS
                            + " integer digits)");
        }
        return new BigDecimal(text);
    }

    /** Like {@link #parse} and refuses more than {@code maxDecimals} digits after the point. */
    public static BigDecimal parse(String text, int maxDecimals) {
        BigDecimal value = parse(text);
        if (value.scale() > maxDecimals) {
            throw new IllegalArgumentException("must have at most " + maxDecimals + " decimal places");
        }
        return value;
    }
}
