package dev.paybridge.moyasar.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimestampsTest {

    @Test
    void writes_utc_with_milliseconds() {
        assertThat(Timestamps.format(Instant.parse("2026-03-04T05:06:07Z"))).isEqualTo("2026-03-04T05:06:07.000Z");
        assertThat(Timestamps.format(null)).isNull();
    }

    @Test
    void reads_offsets_local_times_as_utc_and_dates() {
        assertThat(Timestamps.parse("2026-03-04T08:06:07.5+03:00")).hasValue(Instant.parse("2026-03-04T05:06:07.5Z"));
        assertThat(Timestamps.parse("2026-03-04T05:06:07")).hasValue(Instant.parse("2026-03-04T05:06:07Z"));
        assertThat(Timestamps.parse("2026-03-04")).hasValue(Instant.parse("2026-03-04T00:00:00Z"));
        assertThat(Timestamps.parse("tomorrow")).isEmpty();
    }
}
