package dev.paybridge.adapters.persistence.jooq;

import org.jooq.Field;

/**
 * Fits text that came from outside (a gateway's messages and labels) into its column: PostgreSQL text cannot hold
 * the NUL character, so it becomes U+FFFD, and text longer than the column is cut with an ellipsis.
 */
public final class Columns {
    private Columns() {
    }

    public static String fit(Field<String> column, String text) {
        if (text == null) {
            return null;
        }
        String storable = text.indexOf('\u0000') < 0 ? text : text.replace('\u0000', '\uFFFD');
        int length = column.getDataType().length();
        if (length <= 0 || storable.length() <= length) {
            return storable;
        }
        return storable.substring(0, length - 1) + "…";
    }
}
