package dev.paybridge.testing.fakes;

/** Text fitted to a column as the jOOQ adapter fits gateway text: NUL becomes U+FFFD, overlong text ends in an ellipsis. */
final class Columns {
    private Columns() {
    }

    static String fit(String text, int length) {
        if (text == null) {
            return null;
        }
        String storable = text.replace('\u0000', '\uFFFD');
        return storable.length() <= length ? storable : storable.substring(0, length - 1) + "…";
    }
}
