package dev.paybridge.testing.fakes;

/** A write the database would refuse (a unique or foreign key broken): the in-memory store throws as PostgreSQL does. */
public final class ConstraintViolation extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    ConstraintViolation(String constraint) {
        super("violates " + constraint);
    }
}
