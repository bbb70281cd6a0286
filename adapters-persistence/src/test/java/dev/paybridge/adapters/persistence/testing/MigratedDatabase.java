package dev.paybridge.adapters.persistence.testing;

import dev.paybridge.adapters.persistence.jooq.PostgresDatabase;

/** A fresh, migrated paybridge database for one test class. */
public final class MigratedDatabase {
    private MigratedDatabase() {
    }

    public static PostgresDatabase create() {
        PostgresServer.TestDatabase database = PostgresServer.get().createDatabase();
        return PostgresDatabase.open(database.jdbcUrl(), database.user(), database.password(), 8);
    }
}
