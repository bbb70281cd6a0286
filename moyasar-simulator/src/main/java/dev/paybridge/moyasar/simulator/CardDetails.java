package dev.paybridge.moyasar.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.YearMonth;

/** The card a payer enters (checkout form or a payment's {@code source}), validated like Moyasar does. */
record CardDetails(String name, String number, int month, int year, String cvc, String company) {

    /** A card with a valid name, expiry and CVC around {@code number}, for scripted payments. */
    static CardDetails forNumber(String number, YearMonth today) {
        String digits = digits(number);
        if (digits.length() < 12 || digits.length() > 19 || CardBrands.company(digits).isEmpty()) {
            throw new IllegalArgumentException("not a card number the simulator accepts: " + number);
        }
        return new CardDetails("Test Payer", digits, 12, today.getYear() + 3, "123",
                CardBrands.company(digits).orElseThrow());
    }

    /** Reads {@code name, number, month, year, cvc}; returns null when any is invalid (reported under prefix). */
    static CardDetails read(JsonNode source, FieldErrors errors, String prefix, YearMonth today) {
        FieldErrors own = new FieldErrors();
        String name = Json.text(source, "name");
        if (name == null || name.isBlank()) {
            own.add(prefix + "name", "can't be blank");
        } else if (name.trim().split("\\s+").length < 2) {
            own.add(prefix + "name", "must contain a first and a last name");
        }
        String number = digits(Json.text(source, "number"));
        String company = CardBrands.company(number).orElse(null);
        if (number.length() < 12 || number.length() > 19) {
            own.add(prefix + "number", "is invalid");
        } else if (company == null) {
            own.add(prefix + "number", "is not a supported card brand");
        }
        int month = integer(Json.text(source, "month"));
        int year = integer(Json.text(source, "year"));
        year = year >= 0 && year < 100 ? 2000 + year : year;
        if (month < 1 || month > 12) {
            own.add(prefix + "month", "is invalid");
        } else if (year < 2000 || YearMonth.of(year, month).isBefore(today)) {
            own.add(prefix + "year", "card is expired");
        }
        String cvc = Json.text(source, "cvc");
        if (cvc == null || !cvc.trim().matches("\\d{3,4}")) {
            own.add(prefix + "cvc", "is invalid");
        }
        if (!own.isEmpty()) {
            errors.addAll(own);
            return null;
        }
        return new CardDetails(name.trim(), number, month, year, cvc.trim(), company);
    }

    private static String digits(String number) {
        return number == null ? "" : number.replaceAll("[\\s-]", "");
    }

    private static int integer(String text) {
        try {
            return text == null ? -1 : Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
