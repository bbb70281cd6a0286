package dev.paybridge.benchmarks;

import java.util.LinkedHashMap;
import java.util.Map;

/** Samples a process's resident memory (VmRSS) every 200 ms while a load runs; keeps the highest sample. */
final class MemorySampler implements AutoCloseable {
    private final ChildProcess process;
    private final Thread thread;
    private volatile boolean running = true;
    private volatile long maxRssKb = -1;
    private volatile long samples;

    MemorySampler(ChildProcess process) {
        this.process = process;
        this.thread = new Thread(this::sample, "rss-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    private void sample() {
        while (running) {
            long rss = process.procStatusKb("VmRSS");
            if (rss > maxRssKb) {
                maxRssKb = rss;
            }
            samples++;
            try {
                Thread.sleep(200);
            } catch (InterruptedException stop) {
                return;
            }
        }
    }

    /** The highest VmRSS seen, and VmRSS/VmHWM now (VmHWM: the kernel's own peak since the process started). */
    Map<String, Object> summary() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("samples", samples);
        map.put("max_vmrss_mb", Report.round(maxRssKb / 1024.0));
        map.put("vmrss_after_mb", Report.round(process.procStatusKb("VmRSS") / 1024.0));
        map.put("vmhwm_mb", Report.round(process.procStatusKb("VmHWM") / 1024.0));
        return map;
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.interrupt();
        thread.join(1_000);
    }
}
