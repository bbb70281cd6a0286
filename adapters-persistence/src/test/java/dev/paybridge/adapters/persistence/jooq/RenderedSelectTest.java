package dev.paybridge.adapters.persistence.jooq;

import static dev.paybridge.adapters.persistence.generated.Tables.PAYMENTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

class RenderedSelectTest {

    @Test
    void renders_once_with_one_placeholder_per_named_parameter() {
        RenderedSelect<?> select = RenderedSelect.of(PAYMENTS, DSL.selectFrom(PAYMENTS)
                .where(PAYMENTS.TENANT_ID.eq(DSL.param("tenant", String.class)),
                        PAYMENTS.STATUS.eq(DSL.inline("succeeded"))));

        assertThat(select.toString()).contains("\"tenant_id\" = ?").contains("\"status\" = 'succeeded'")
                .doesNotContain("public.");
    }

    @Test
    void refuses_a_template_with_an_unnamed_value() {
        assertThatThrownBy(() -> RenderedSelect.of(PAYMENTS, DSL.selectFrom(PAYMENTS)
                .where(PAYMENTS.TENANT_ID.eq("ten_1"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a name of its own");
    }

    @Test
    void refuses_a_template_that_uses_one_name_twice() {
        assertThatThrownBy(() -> RenderedSelect.of(PAYMENTS, DSL.selectFrom(PAYMENTS)
                .where(PAYMENTS.TENANT_ID.eq(DSL.param("id", String.class))
                        .or(PAYMENTS.ID.eq(DSL.param("id", String.class))))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a name of its own");
    }

    @Test
    void refuses_to_run_without_every_value() {
        RenderedSelect<?> select = RenderedSelect.of(PAYMENTS, DSL.selectFrom(PAYMENTS)
                .where(PAYMENTS.TENANT_ID.eq(DSL.param("tenant", String.class)),
                        PAYMENTS.ID.eq(DSL.param("payment", String.class))));

        assertThatThrownBy(() -> select.fetch(DSL.using(org.jooq.SQLDialect.POSTGRES), Map.of("tenant", "ten_1")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("payment");
        assertThatThrownBy(() -> select.fetch(DSL.using(org.jooq.SQLDialect.POSTGRES),
                Map.of("tenant", "ten_1", "invoice", "inv_1")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("payment");
    }
}
