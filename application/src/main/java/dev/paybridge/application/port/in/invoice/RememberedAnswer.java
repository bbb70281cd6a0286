package dev.paybridge.application.port.in.invoice;

import java.util.Arrays;
import java.util.Objects;

/** The answer first given for an idempotency key: a status code and a body, kept byte for byte. */
public record RememberedAnswer(int status, byte[] body) {
    public RememberedAnswer {
        Objects.requireNonNull(body, "body");
        body = body.clone();
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RememberedAnswer that && status == that.status && Arrays.equals(body, that.body);
    }

    @Override
    public int hashCode() {
        return 31 * status + Arrays.hashCode(body);
    }

    @Override
    public String toString() {
        return "RememberedAnswer[" + status + ", " + body.length + " bytes]";
    }
}
