package dev.paybridge.application.spi;

import dev.paybridge.domain.connection.GatewayMode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/** A plugin's verdict on a full set of credentials: acceptable (and in which mode), or refused field by field. */
public sealed interface CredentialCheck {

    /** The one way to read a verdict: one function per case. */
    <R> R fold(Function<Accepted, R> accepted, Function<Refused, R> refused);

    /** The credentials are well-formed; they will act in {@code mode}. */
    record Accepted(GatewayMode mode) implements CredentialCheck {
        public Accepted {
            Objects.requireNonNull(mode, "mode");
        }

        @Override
        public <R> R fold(Function<Accepted, R> accepted, Function<Refused, R> refused) {
            return accepted.apply(this);
        }
    }

    /** Messages by credential field name; none of them may quote the secret itself. */
    record Refused(Map<String, List<String>> fieldErrors) implements CredentialCheck {
        public Refused {
            if (fieldErrors.isEmpty()) {
                throw new IllegalArgumentException("a refusal names at least one field");
            }
            fieldErrors = Map.copyOf(fieldErrors);
        }

        @Override
        public <R> R fold(Function<Accepted, R> accepted, Function<Refused, R> refused) {
            return refused.apply(this);
        }
    }
}
