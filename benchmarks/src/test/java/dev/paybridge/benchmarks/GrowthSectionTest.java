package dev.paybridge.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GrowthSectionTest {
    /** The figures of the committed full run; the module's tests run in benchmarks/. */
    private static final Path RESULTS = Path.of("results.json");

    @Test
    void each_size_shows_the_share_of_cpu_time_the_hypervisor_took_during_its_measurement() throws Exception {
        Map<?, ?> results = new ObjectMapper().readValue(RESULTS.toFile(), Map.class);
        StringBuilder md = new StringBuilder();

        GrowthSection.append(md, results.get("growth"));

        List<String> table = md.toString().lines().filter(line -> line.startsWith("| ")).toList();
        assertThat(table.get(0)).endsWith("| CPU per webhook: paybridge / PostgreSQL | taken by the hypervisor |");
        List<?> sizes = (List<?>) ((Map<?, ?>) results.get("growth")).get("sizes");
        for (int size = 0; size < sizes.size(); size++) {
            Map<?, ?> cpu = (Map<?, ?>) ((Map<?, ?>) ((Map<?, ?>) sizes.get(size)).get("measured")).get("cpu_cores");
            assertThat(table.get(size + 1)).endsWith(" | " + Report.pct(cpu.get("machine_steal_fraction")) + " |")
                    .doesNotEndWith("n/a |");
        }
    }
}
