package dev.paybridge.moyasar.simulator;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Moyasar's test-mode cards: which numbers pay, which decline and why, and the brand a number belongs to. */
final class TestCards {

    static final String APPROVED = "APPROVED";
    static final String UNLISTED_DECLINE = "UNSPECIFIED FAILURE";

    private static final Set<String> APPROVING = Set.of(
            "4201320111111010", "4111111111111111", "5421080101000000", "340000000900000");

    private static final Map<String, String> DECLINING = Map.of(
            "4123120000000000", "UNSPECIFIED FAILURE",
            "4123120001090000", "INSUFFICIENT FUNDS",
            "4123120001090109", "DECLINED",
            "4201320000311101", "INSUFFICIENT FUNDS",
            "5105105105105100", "UNSPECIFIED FAILURE");

    /** A subset of the mada BIN list, enough to recognise mada test and common cards. */
    private static final Set<String> MADA_BINS = Set.of(
            "420132", "440647", "440795", "446404", "457865", "968208", "588845", "636120", "417633", "468540",
            "468541", "468542", "468543", "446393", "409201", "458456", "484783", "462220", "455708", "410621",
            "455036", "486094", "486095", "486096", "504300", "440533", "489318", "489319", "445564", "968211",
            "410685", "406996", "432328", "428671", "428672", "428673", "968206", "446672", "543357", "434107",
            "407197", "407395", "412565", "431361", "604906", "521076", "529415", "535825", "543085", "524130",
            "554180", "549760", "968209", "524514", "529741", "537767", "535989", "536023", "513213", "520058",
            "558563", "588848", "588850", "585265", "968202", "531095", "530906", "532013", "968204", "422817",
            "422818", "422819", "428331", "483010", "483011", "483012", "589206", "968207", "419593", "439954",
            "530060", "531196", "421141", "588982", "589005", "968205");

    private TestCards() {
    }

    /** Whether the card pays, and the acquirer message: APPROVED, the listed reason, or a generic decline. */
    static CardOutcome outcome(String digits) {
        if (APPROVING.contains(digits)) {
            return new CardOutcome(true, APPROVED);
        }
        return new CardOutcome(false, DECLINING.getOrDefault(digits, UNLISTED_DECLINE));
    }

    /** The card company Moyasar reports: mada, visa, master or amex; empty for other brands. */
    static Optional<String> company(String digits) {
        if (digits.length() >= 6 && MADA_BINS.contains(digits.substring(0, 6))) {
            return Optional.of("mada");
        }
        if (digits.startsWith("4")) {
            return Optional.of("visa");
        }
        if (digits.startsWith("34") || digits.startsWith("37")) {
            return Optional.of("amex");
        }
        if (digits.length() >= 4) {
            int two = Integer.parseInt(digits.substring(0, 2));
            int four = Integer.parseInt(digits.substring(0, 4));
            if ((two >= 51 && two <= 55) || (four >= 2221 && four <= 2720)) {
                return Optional.of("master");
            }
        }
        return Optional.empty();
    }

    static String mask(String digits) {
        return "XXXX-XXXX-XXXX-" + digits.substring(digits.length() - 4);
    }

    /** Whether a test card approves and the message the acquirer gave. */
    record CardOutcome(boolean approved, String message) {
    }
}
