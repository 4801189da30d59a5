package io.stancewatch.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.stancewatch.app.testing.StackExtension;
import io.stancewatch.app.testing.TestStack;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import picocli.CommandLine;

/**
 * Runs {@code stancewatch bench} on a small feed against the shared test stack: it must work end to end
 * and report counts that agree with each other. Speed is not asserted here (see docs/BENCHMARK.md).
 */
@ExtendWith(StackExtension.class)
class BenchSmokeIntegrationTest {

    private static final Pattern SUMMARY = Pattern.compile(
            "bench: pipeline \\d+ articles/s, pass-through \\d+ articles/s, ratio \\d+\\.\\d{2}, p99 -?\\d+ ms");
    private static final Pattern PASS_THROUGH = Pattern.compile(
            "pass-through: (\\d+) articles, \\d+ timed[^,]*, [\\d.]+ MB in [\\d.]+ s: \\d+ articles/s, [\\d.]+ MB/s; copied (\\d+) records");
    private static final Pattern PIPELINE = Pattern.compile(
            "pipeline: (\\d+) articles, \\d+ timed[^,]*, [\\d.]+ MB in [\\d.]+ s: \\d+ articles/s, [\\d.]+ MB/s; (\\d+) alerts, (\\d+) states,"
                    + " (\\d+) dead letters");
    private static final Pattern LATENCY = Pattern.compile(
            "latency: (\\d+) articles at (\\d+)/s, (\\d+) alerts \\((\\d+) timed\\): p50 (\\d+) ms, p95 (\\d+) ms,"
                    + " p99 (\\d+) ms, max (\\d+) ms");
    private static final Pattern WARM_UP = Pattern.compile(
            "latency warm-up: (\\d+) articles before, (\\d+) alerts timed apart: p50 \\d+ ms, p95 \\d+ ms,"
                    + " p99 \\d+ ms, max \\d+ ms");

    @Test
    void shouldPrintTheSummaryWithConsistentCountsWhenRunOnASmallFeed(final TestStack stack) {
        final StringWriter out = new StringWriter();
        final CommandLine bench = new CommandLine(new BenchCommand());
        bench.setOut(new PrintWriter(out, true));

        final int exitCode = bench.execute("--articles", "2000", "--rate", "300", "--latency-seconds", "3",
                "--latency-warmup-seconds", "1", "--warmup-articles", "100",
                "--bootstrap-servers", stack.bootstrapServers(), "--schema-registry-url", stack.schemaRegistryUrl());

        assertThat(exitCode).as("exit code; output:%n%s", out).isZero();
        final List<String> lines = out.toString().lines().toList();
        assertThat(lines.get(lines.size() - 1)).matches(SUMMARY);

        assertThat(lines).as("each throughput run's topology warmed up on its own feed first")
                .anyMatch(line -> line.startsWith("bench: warmup-pass-through done"))
                .anyMatch(line -> line.startsWith("bench: warmup-pipeline done"));

        final Matcher passThrough = find(lines, PASS_THROUGH);
        assertThat(passThrough.group(1)).isEqualTo("2000");
        assertThat(passThrough.group(2)).as("every article copied once").isEqualTo("2000");

        final Matcher pipeline = find(lines, PIPELINE);
        assertThat(pipeline.group(1)).isEqualTo("2000");
        assertThat(Long.parseLong(pipeline.group(2))).as("alerts from a feed whose stances change").isPositive();
        assertThat(Long.parseLong(pipeline.group(3))).as("states").isGreaterThanOrEqualTo(
                Long.parseLong(pipeline.group(2)));
        assertThat(pipeline.group(4)).as("a valid feed has no dead letters").isEqualTo("0");

        final Matcher latency = find(lines, LATENCY);
        assertThat(latency.group(1)).as("rate x seconds").isEqualTo("900");
        assertThat(latency.group(2)).isEqualTo("300");
        assertThat(Long.parseLong(latency.group(3))).isPositive();
        final Matcher warmUp = find(lines, WARM_UP);
        assertThat(warmUp.group(1)).as("rate x warm-up seconds").isEqualTo("300");
        assertThat(Long.parseLong(latency.group(4)) + Long.parseLong(warmUp.group(2)))
                .as("every alert traced to the article that caused it, in the warm-up or after")
                .isEqualTo(Long.parseLong(latency.group(3)));
        assertThat(latency.group(4)).as("alerts timed after the warm-up").isNotEqualTo("0");
        final long p50 = Long.parseLong(latency.group(5));
        final long p99 = Long.parseLong(latency.group(7));
        assertThat(p50).isPositive().isLessThanOrEqualTo(p99);
        assertThat(p99).isLessThanOrEqualTo(Long.parseLong(latency.group(8)));
    }

    private static Matcher find(final List<String> lines, final Pattern pattern) {
        return lines.stream().map(pattern::matcher).filter(Matcher::matches).findFirst()
                .orElseThrow(() -> new AssertionError("No line matches " + pattern + " in:\n" + String.join("\n", lines)));
    }
}
