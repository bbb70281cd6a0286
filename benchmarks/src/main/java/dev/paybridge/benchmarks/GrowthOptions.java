package dev.paybridge.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The growth phase's options ({@code --growth-sizes}, {@code --growth-events}, {@code --growth-clients},
 * {@code --no-growth}), taken out of the arguments before {@link Options} reads the rest.
 */
record GrowthOptions(List<Integer> sizes, int events, int clients, List<String> rest) {
    private static final String PREFIX = "--growth-";

    /** No sizes: the phase is skipped. */
    boolean enabled() {
        return !sizes.isEmpty();
    }

    static GrowthOptions take(String[] args) {
        Map<String, String> given = new LinkedHashMap<>();
        List<String> rest = new ArrayList<>();
        boolean off = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            int eq = arg.indexOf('=');
            if (arg.equals("--no-growth")) {
                off = true;
            } else if (!arg.startsWith(PREFIX)) {
                rest.add(arg);
            } else if (eq > 0) {
                given.put(arg.substring(PREFIX.length(), eq), arg.substring(eq + 1));
            } else if (i + 1 < args.length) {
                given.put(arg.substring(PREFIX.length()), args[++i]);
            } else {
                throw new IllegalArgumentException("option " + arg + " needs a value\n" + Options.USAGE);
            }
        }
        List<Integer> sizes = Arrays.stream(given.getOrDefault("sizes", "10000,100000,1000000").split(","))
                .map(String::trim).filter(text -> !text.isEmpty()).map(Integer::parseInt).toList();
        GrowthOptions options = new GrowthOptions(off ? List.of() : sizes,
                Integer.parseInt(given.getOrDefault("events", "3000")),
                Integer.parseInt(given.getOrDefault("clients", "8")), rest);
        given.keySet().removeAll(List.of("sizes", "events", "clients"));
        if (!given.isEmpty()) {
            throw new IllegalArgumentException("unknown options " + given.keySet().stream().map(name -> PREFIX + name)
                    .toList() + "\n" + Options.USAGE);
        }
        return options;
    }

    /** The settings as written into the results. */
    Map<String, Object> asMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("sizes", sizes);
        map.put("events_per_size", events);
        map.put("clients", clients);
        return map;
    }
}
