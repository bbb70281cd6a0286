package dev.paybridge.benchmarks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Sends prepared, distinct {@code payment_paid} deliveries to paybridge's webhook URL: closed-loop steps at a fixed
 * client count, and an open-loop run at a fixed rate whose latency counts from each request's scheduled send time.
 * Every event is sent at most once; each run takes the next unused ones.
 */
final class WebhookIngest {
    private static final Map<String, String> HEADERS = Map.of("Content-Type", "application/json");
    private final int port;
    private final String path;
    private final List<String> bodies;
    private final EventSource source;
    private int cursor;

    /** Makes distinct deliveries, one per new linked invoice, numbered on from {@code first}. */
    interface EventSource {
        List<String> make(int count, int first) throws Exception;
    }

    WebhookIngest(int port, String path, EventSource source, int count) throws Exception {
        this.port = port;
        this.path = path;
        this.source = source;
        this.bodies = new ArrayList<>(source.make(count, 0));
    }

    /** Makes sure {@code count} unsent events are left, making the missing ones. */
    void ensure(int count) throws Exception {
        int missing = count - remaining();
        if (missing > 0) {
            bodies.addAll(source.make(missing, bodies.size()));
        }
    }

    int remaining() {
        return bodies.size() - cursor;
    }

    /** One closed-loop step: its client count and what it measured. */
    record Step(int clients, long ok, long errors, double seconds, Latencies latencies, String firstError) {
        double rate() {
            return ok / seconds;
        }

        Map<String, Object> asMap() {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("clients", clients);
            map.put("events", ok + errors);
            map.put("ok", ok);
            map.put("errors", errors);
            map.put("seconds", Report.round(seconds));
            map.put("rate_per_s", Report.round(rate()));
            map.put("latency", latencies.summary());
            map.put("first_error", firstError);
            return map;
        }
    }

    /** Runs {@code clients} connections, each sending the next event as soon as its previous one was answered. */
    Step closedLoop(int clients, double seconds, int maxEvents) throws InterruptedException {
        int start = cursor;
        int end = start + Math.min(maxEvents, remaining());
        AtomicInteger next = new AtomicInteger(start);
        AtomicLong ok = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        List<Latencies> perThread = new ArrayList<>();
        String[] firstError = new String[1];
        long began = System.nanoTime();
        long deadline = began + (long) (seconds * 1e9);
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Latencies latencies = new Latencies();
            perThread.add(latencies);
            threads.add(start("closed-loop-" + c, () -> {
                try (LoopbackHttp http = new LoopbackHttp(port, 30_000)) {
                    while (System.nanoTime() < deadline) {
                        int i = next.getAndIncrement();
                        if (i >= end) {
                            break;
                        }
                        long sent = System.nanoTime();
                        String error = send(http, bodies.get(i));
                        latencies.recordNanos(System.nanoTime() - sent);
                        count(error, ok, errors, firstError);
                    }
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join(TimeUnit.SECONDS.toMillis((long) seconds + 60));
        }
        double elapsed = (System.nanoTime() - began) / 1e9;
        cursor = Math.min(end, next.get());
        Latencies all = new Latencies();
        perThread.forEach(all::add);
        return new Step(clients, ok.get(), errors.get(), elapsed, all, firstError[0]);
    }

    /** What the open-loop run measured. */
    record OpenLoop(double targetRate, long scheduled, long ok, long errors, long unfinished, double seconds,
            Latencies latencies, String firstError, Timeline timeline) {
        Map<String, Object> asMap() {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("target_rate_per_s", Report.round(targetRate));
            map.put("scheduled", scheduled);
            map.put("ok", ok);
            map.put("errors", errors + unfinished);
            map.put("unfinished", unfinished);
            map.put("seconds", Report.round(seconds));
            map.put("achieved_rate_per_s", Report.round(ok / seconds));
            map.put("latency_from_scheduled_send", latencies.summary());
            map.put("first_error", firstError);
            return map;
        }
    }

    /** The events {@link #openLoop} sends at this rate: its lead-in's and its measured window's. */
    static int openLoopEvents(double rate, double lead, double seconds) {
        return (int) Math.round(rate * lead) + (int) Math.round(rate * seconds);
    }

    /**
     * Schedules one event every {@code 1/rate} seconds for {@code lead + seconds}; {@code threads} connections send
     * them. Only the events scheduled after the first {@code lead} seconds are counted (new sender connections, and
     * server threads that have not served one yet, start there, as pgbench's new connections do in its open loop). A
     * request's latency runs from its scheduled time, so a stalled server is not hidden by fewer sends.
     */
    OpenLoop openLoop(double rate, double lead, double seconds, int threads) throws InterruptedException {
        int leading = (int) Math.round(rate * lead);
        int count = (int) Math.round(rate * seconds);
        if (openLoopEvents(rate, lead, seconds) > remaining()) {
            throw new IllegalStateException("the open loop needs " + (leading + count) + " unsent events, "
                    + remaining() + " are left");
        }
        int start = cursor + leading;
        int first = cursor;
        cursor += leading + count;
        BlockingQueue<long[]> queue = new ArrayBlockingQueue<>(leading + count + threads);
        AtomicLong ok = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        String[] firstError = new String[1];
        List<Latencies> perThread = new ArrayList<>();
        AtomicLong lastDone = new AtomicLong();
        List<Thread> senders = new ArrayList<>();
        Timeline timeline = new Timeline(count, rate);
        CountDownLatch ready = new CountDownLatch(threads);
        for (int t = 0; t < threads; t++) {
            Latencies latencies = new Latencies();
            perThread.add(latencies);
            senders.add(start("open-loop-" + t, () -> {
                try (LoopbackHttp http = new LoopbackHttp(port, 30_000)) {
                    connected(http, ready);
                    for (long[] job = queue.take(); job[0] >= 0; job = queue.take()) {
                        String error = send(http, bodies.get((int) job[0]));
                        if (job[0] < start) {
                            if (error != null) {
                                // the lead-in's latencies are not counted, its failures are
                                count(error, ok, errors, firstError);
                            }
                            continue;
                        }
                        long done = System.nanoTime();
                        latencies.recordNanos(done - job[1]);
                        timeline.record((int) job[0] - start, done - job[1]);
                        lastDone.accumulateAndGet(done, Math::max);
                        count(error, ok, errors, firstError);
                    }
                } catch (InterruptedException stop) {
                    Thread.currentThread().interrupt();
                }
            }));
        }
        ready.await(30, TimeUnit.SECONDS);
        long scheduleStart = System.nanoTime();
        double interval = 1e9 / rate;
        long began = scheduleStart + (long) (leading * interval);
        for (int k = 0; k < leading + count; k++) {
            long intended = scheduleStart + (long) (k * interval);
            for (long wait = intended - System.nanoTime(); wait > 0; wait = intended - System.nanoTime()) {
                LockSupport.parkNanos(wait);
            }
            if (k == leading) {
                timeline.began(System.currentTimeMillis());
            }
            queue.add(new long[] {first + k, intended});
        }
        for (int t = 0; t < threads; t++) {
            queue.add(new long[] {-1, 0});
        }
        long joinDeadline = System.nanoTime() + 30_000_000_000L;
        for (Thread sender : senders) {
            sender.join(Math.max(1, (joinDeadline - System.nanoTime()) / 1_000_000));
            sender.interrupt();
        }
        Latencies all = new Latencies();
        perThread.forEach(all::add);
        long unfinished = count - ok.get() - errors.get();
        double elapsed = (Math.max(lastDone.get(), began + 1) - began) / 1e9;
        return new OpenLoop(rate, count, ok.get(), errors.get(), unfinished, elapsed, all, firstError[0], timeline);
    }

    /** Opens the sender's connection (one /health call) before the schedule starts: the open loop times events only. */
    private static void connected(LoopbackHttp http, CountDownLatch ready) {
        try {
            http.send("GET", "/health", Map.of(), null);
        } catch (Exception notAnswered) {
            // the events sent on this connection will report the failure
        } finally {
            ready.countDown();
        }
    }

    private static Thread start(String name, Runnable work) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private String send(LoopbackHttp http, String body) {
        try {
            LoopbackHttp.Answer answer = http.send("POST", path, HEADERS, body);
            return answer.status() == 200 ? null : answer.status() + " " + answer.body();
        } catch (Exception failed) {
            return failed.toString();
        }
    }

    private static void count(String error, AtomicLong ok, AtomicLong errors, String[] firstError) {
        if (error == null) {
            ok.incrementAndGet();
        } else {
            errors.incrementAndGet();
            synchronized (firstError) {
                if (firstError[0] == null) {
                    firstError[0] = error.length() > 300 ? error.substring(0, 300) : error;
                }
            }
        }
    }
}
