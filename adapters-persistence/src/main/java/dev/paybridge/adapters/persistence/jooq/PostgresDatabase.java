package dev.paybridge.adapters.persistence.jooq;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.DataSourceConnectionProvider;
import org.jooq.impl.DefaultConfiguration;
import org.jooq.impl.ThreadLocalTransactionProvider;

/** paybridge's PostgreSQL: a connection pool, the Flyway migrations and the jOOQ context every repository shares. */
public final class PostgresDatabase implements AutoCloseable {
    /**
     * Every statement is planned for its parameters' types, not their values. A plan made for one tenant's values
     * trusts what the planner's statistics say of that tenant, and of a tenant newer than the last ANALYZE they say
     * it has no rows: PostgreSQL then finds one of its invoices by scanning all of them. A plan for any tenant keeps
     * to the keys. Such a plan knows nothing of a bound value's own frequency, so the values that come from the code
     * (row counts, states, kinds) are written into the SQL: {@link Literals}.
     */
    private static final String PLAN_FOR_ANY_TENANT = "SET plan_cache_mode = force_generic_plan";
    private final HikariDataSource dataSource;
    private final DSLContext dsl;

    private PostgresDatabase(HikariDataSource dataSource) {
        this.dataSource = dataSource;
        DataSourceConnectionProvider connections = new DataSourceConnectionProvider(dataSource);
        this.dsl = DSL.using(new DefaultConfiguration()
                .set(SQLDialect.POSTGRES)
                .set(new Settings().withRenderSchema(false).withExecuteLogging(false))
                .set(connections)
                .set(new ThreadLocalTransactionProvider(connections)));
    }

    /** Opens a pool on a {@code jdbc:postgresql:} URL (credentials in the URL or given apart) and migrates the schema. */
    public static PostgresDatabase open(String jdbcUrl, String user, String password, int poolSize) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        if (user != null) {
            config.setUsername(user);
        }
        if (password != null) {
            config.setPassword(password);
        }
        config.setMaximumPoolSize(poolSize);
        config.setPoolName("paybridge-db");
        config.setConnectionTimeout(5_000);
        config.setConnectionInitSql(PLAN_FOR_ANY_TENANT);
        HikariDataSource dataSource = new HikariDataSource(config);
        try {
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        } catch (RuntimeException migrationFailed) {
            dataSource.close();
            throw migrationFailed;
        }
        return new PostgresDatabase(dataSource);
    }

    public DSLContext dsl() {
        return dsl;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** Whether the database answers a trivial query within the given seconds. */
    public boolean isReachable(int timeoutSeconds) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(timeoutSeconds);
        } catch (SQLException unreachable) {
            return false;
        }
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
