package dev.paybridge.adapters.persistence.jooq;

import static dev.paybridge.adapters.persistence.generated.Tables.PAYMENTS;
import static dev.paybridge.adapters.persistence.generated.Tables.WEBHOOK_EVENTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paybridge.adapters.persistence.generated.tables.records.WebhookEventsRecord;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

class RenderedStatementTest {
    private static final DSLContext NO_DATABASE = DSL.using(SQLDialect.POSTGRES);
    private static final RenderedStatement SET_STATUS = RenderedStatement.of(DSL.update(PAYMENTS)
            .set(PAYMENTS.STATUS, RenderedStatement.value(PAYMENTS.STATUS))
            .set(PAYMENTS.UPDATED_AT, RenderedStatement.value(PAYMENTS.UPDATED_AT))
            .where(PAYMENTS.ID.eq(RenderedStatement.value(PAYMENTS.ID))));

    @Test
    void an_insert_of_every_column_has_one_placeholder_per_column() {
        RenderedStatement insert = RenderedStatement.of(DSL.insertInto(WEBHOOK_EVENTS)
                .set(RenderedStatement.everyColumn(WEBHOOK_EVENTS)).onConflictDoNothing());

        assertThat(insert.toString()).startsWith("insert into \"webhook_events\"").endsWith("on conflict do nothing");
        assertThat(insert.toString().chars().filter(c -> c == '?')).hasSize(WEBHOOK_EVENTS.fields().length);
    }

    @Test
    void refuses_a_value_of_the_wrong_type_before_touching_the_database() {
        Map<String, Object> values = new HashMap<>();
        values.put("status", "succeeded");
        values.put("updated_at", Instant.EPOCH);
        values.put("id", "pay_1");

        assertThatThrownBy(() -> SET_STATUS.execute(NO_DATABASE, values))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("updated_at").hasMessageContaining("java.time.OffsetDateTime");
    }

    @Test
    void refuses_a_record_without_a_field_a_parameter_needs() {
        assertThatThrownBy(() -> SET_STATUS.execute(NO_DATABASE, new WebhookEventsRecord()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no field updated_at");
    }

    @Test
    void refuses_values_for_parameters_it_does_not_have() {
        Map<String, Object> values = new HashMap<>();
        values.put("status", "succeeded");
        values.put("updated_at", null);
        values.put("id", "pay_1");
        values.put("amount", "10.00");

        assertThatThrownBy(() -> SET_STATUS.execute(NO_DATABASE, values))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("amount");
    }
}
