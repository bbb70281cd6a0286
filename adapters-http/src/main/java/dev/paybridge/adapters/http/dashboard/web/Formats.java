package dev.paybridge.adapters.http.dashboard.web;

import dev.paybridge.domain.money.Money;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DecimalStyle;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Dates, numbers and amounts written the way a language writes them (Arabic with Arabic-Indic digits); an amount
 * always shows exactly its currency's exponent. Times are shown in UTC, as the API gives them.
 */
public final class Formats {
    private final Locale locale;
    private final DateTimeFormatter dateTime;
    private final DateTimeFormatter date;

    public Formats(Language language) {
        this.locale = language.locale();
        DecimalStyle digits = DecimalStyle.of(locale);
        this.dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale)
                .withDecimalStyle(digits).withZone(ZoneOffset.UTC);
        this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).withDecimalStyle(digits);
    }

    /** A moment in UTC, or an empty string for none. */
    public String dateTime(Instant instant) {
        return instant == null ? "" : dateTime.format(instant) + " UTC";
    }

    public String date(LocalDate day) {
        return day == null ? "" : date.format(day);
    }

    /** The amount at its currency's exponent, grouped as the language groups digits, then the currency code. */
    public String money(Money money) {
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        number.setMinimumFractionDigits(money.currency().exponent());
        number.setMaximumFractionDigits(money.currency().exponent());
        return number.format(money.amount()) + "\u00a0" + money.currency().code();
    }

    /** A quantity or unit price, with as many decimals as it has. */
    public String decimal(BigDecimal value) {
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        BigDecimal plain = value.stripTrailingZeros();
        number.setMinimumFractionDigits(Math.max(0, plain.scale()));
        number.setMaximumFractionDigits(Math.max(0, plain.scale()));
        return number.format(plain);
    }

    public String number(long value) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }
}
