package dev.paybridge.benchmarks.micro;

import dev.paybridge.domain.money.MinorUnits;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Decimal money to and from a gateway's minor units (SAR 10.00 = 1000, KWD 10.000 = 10000, JPY 1000 = 1000). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MoneyConversionBenchmark {
    @Param({"10.00:2", "10.000:3", "1000:0", "10.005:2"})
    public String amountAtExponent;
    private BigDecimal amount;
    private int exponent;
    private long minor;

    @Setup
    public void parse() {
        String[] parts = amountAtExponent.split(":");
        amount = new BigDecimal(parts[0]);
        exponent = Integer.parseInt(parts[1]);
        minor = amount.movePointRight(exponent).longValue();
    }

    /** The last case cannot be represented (three decimals in a two-decimal currency) and is refused. */
    @Benchmark
    public Optional<Long> toMinor() {
        return MinorUnits.toMinor(amount, exponent);
    }

    @Benchmark
    public BigDecimal fromMinor() {
        return MinorUnits.fromMinor(minor, exponent);
    }
}
