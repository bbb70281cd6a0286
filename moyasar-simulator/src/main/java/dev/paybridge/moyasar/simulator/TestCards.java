package dev.paybridge.moyasar.simulator;

import java.util.Map;

/**
 * Moyasar's test-mode cards (docs.moyasar.com/guides/card-payments/test-cards): which numbers pay, which decline,
 * with the message and ISO 8583 response code the acquirer gives. Unlisted numbers decline.
 */
final class TestCards {

    static final String APPROVED = "APPROVED";
    static final String APPROVED_CODE = "00";

    /** What an unlisted number gives: the docs say it fails, not with which message or code (UNCERTAIN). */
    static final CardOutcome UNLISTED = declined("UNSPECIFIED FAILURE", "99");

    private static final CardOutcome UNSPECIFIED = UNLISTED;
    private static final CardOutcome INSUFFICIENT_FUNDS = declined("INSUFFICIENT FUNDS", "51");
    private static final CardOutcome LOST_CARD = declined("DECLINED: LOST CARD", "41");
    private static final CardOutcome DECLINED = declined("DECLINED", "05");
    private static final CardOutcome EXPIRED_CARD = declined("DECLINED: EXPIRED CARD", "54");
    private static final CardOutcome EXCEEDS_LIMIT = declined("DECLINED: EXCEEDS WITHDRAWAL LIMIT", "61");
    private static final CardOutcome STOLEN_CARD = declined("DECLINED: STOLEN CARD", "43");
    private static final CardOutcome PAID = new CardOutcome(true, APPROVED, APPROVED_CODE);

    private static final Map<String, CardOutcome> OUTCOMES = Map.ofEntries(
            Map.entry("4201320111111010", PAID),
            Map.entry("4201320000013020", UNSPECIFIED),
            Map.entry("4201320000311101", INSUFFICIENT_FUNDS),
            Map.entry("4201320131000508", LOST_CARD),
            Map.entry("4201321234411220", DECLINED),
            Map.entry("4201322267774310", EXPIRED_CARD),
            Map.entry("4201326324640570", EXCEEDS_LIMIT),
            Map.entry("4201321144311528", STOLEN_CARD),
            Map.entry("4111111111111111", PAID),
            Map.entry("4111114005765430", PAID),
            Map.entry("4123120000000000", UNSPECIFIED),
            Map.entry("4123120001090000", INSUFFICIENT_FUNDS),
            Map.entry("4123450131000508", LOST_CARD),
            Map.entry("4123120001090109", DECLINED),
            Map.entry("4123128518640738", EXPIRED_CARD),
            Map.entry("4123123033308648", EXCEEDS_LIMIT),
            Map.entry("4123125276780003", STOLEN_CARD),
            Map.entry("5421080101000000", PAID),
            Map.entry("5105105105105100", UNSPECIFIED),
            Map.entry("5457210001000092", INSUFFICIENT_FUNDS),
            Map.entry("5204010101000000", LOST_CARD),
            Map.entry("5204730000002514", DECLINED),
            Map.entry("5105107550274126", EXPIRED_CARD),
            Map.entry("5105106475101067", EXCEEDS_LIMIT),
            Map.entry("5105107304607225", STOLEN_CARD),
            Map.entry("340000000900000", PAID),
            Map.entry("371111111111114", UNSPECIFIED),
            Map.entry("340033000000000", INSUFFICIENT_FUNDS),
            Map.entry("340012340501000", LOST_CARD),
            Map.entry("340033000000133", DECLINED),
            Map.entry("340000018441278", EXPIRED_CARD),
            Map.entry("340000753060788", EXCEEDS_LIMIT),
            Map.entry("340000418501838", STOLEN_CARD));

    private TestCards() {
    }

    /** Whether the card pays, with the acquirer's message and response code; unlisted numbers decline. */
    static CardOutcome outcome(String digits) {
        return OUTCOMES.getOrDefault(digits, UNLISTED);
    }

    private static CardOutcome declined(String message, String responseCode) {
        return new CardOutcome(false, message, responseCode);
    }

    /** Whether a test card approves, the message the acquirer gave and its ISO 8583 response code. */
    record CardOutcome(boolean approved, String message, String responseCode) {
    }
}
