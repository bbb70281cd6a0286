package dev.paybridge.moyasar.simulator;

import java.util.Optional;
import java.util.Set;

/** Which card company Moyasar reports for a number: mada (from a subset of its BINs), visa, master or amex. */
final class CardBrands {

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

    private CardBrands() {
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
}
