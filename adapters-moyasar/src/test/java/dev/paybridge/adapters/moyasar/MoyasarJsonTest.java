package dev.paybridge.adapters.moyasar;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class MoyasarJsonTest {

    private static final DateTimeFormatter WIRE = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    @Property
    void reads_every_moyasar_timestamp_as_the_instant_it_names(
            @ForAll @LongRange(min = 0, max = 253_402_300_799_999L) long epochMillis) {
        Instant instant = Instant.ofEpochMilli(epochMillis);
        String wire = WIRE.format(instant);

        assertThat(MoyasarJson.wireInstant(wire)).isEqualTo(instant).isEqualTo(OffsetDateTime.parse(wire).toInstant());
    }

    @Test
    void leaves_other_shapes_to_the_iso_parser() {
        assertThat(MoyasarJson.wireInstant("2026-11-28T10:00:00.000+03:00")).isNull();
        assertThat(MoyasarJson.wireInstant("2026-11-28T07:00:00Z")).isNull();
        assertThat(MoyasarJson.instant(JsonNodeFactory.instance.textNode("2026-11-28T10:00:00.000+03:00")))
                .isEqualTo(Instant.parse("2026-11-28T07:00:00Z"));
        assertThat(MoyasarJson.instant(JsonNodeFactory.instance.textNode("2026-11-28T07:00:00Z")))
                .isEqualTo(Instant.parse("2026-11-28T07:00:00Z"));
    }

    @Test
    void refuses_impossible_dates_and_stray_characters() {
        assertThat(MoyasarJson.wireInstant("2026-02-30T07:00:00.000Z")).isNull();
        assertThat(MoyasarJson.wireInstant("2026-11-28T24:00:00.000Z")).isNull();
        assertThat(MoyasarJson.wireInstant("2026-1a-28T07:00:00.000Z")).isNull();
        assertThat(MoyasarJson.instant(JsonNodeFactory.instance.textNode("2026-02-30T07:00:00.000Z"))).isNull();
    }
}
