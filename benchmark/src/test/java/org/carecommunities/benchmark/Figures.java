package org.carecommunities.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Each load's figures as the run goes, and the table printed at its end (and written to
 * {@code target/benchmark-figures.md}): requests per second and their share of the static file's, p50, p95 and
 * p99 in milliseconds, errors; then the server's heap and resident memory.
 */
final class Figures {

    static final String BASELINE = "static file (baseline)";

    private final Duration seconds;
    private final Map<String, Samples> loads = new LinkedHashMap<>();

    Figures(Duration seconds) {
        this.seconds = seconds;
    }

    synchronized void expect(String load) {
        loads.putIfAbsent(load, new Samples());
    }

    void record(String load, int millis, boolean answered) {
        Samples samples;
        synchronized (this) {
            samples = loads.get(load);
        }
        samples.add(millis, answered);
    }

    void print(Map<String, String> settings) {
        double baseline = loads.get(BASELINE).perSecond(seconds);
        StringBuilder table = new StringBuilder();
        table.append("Run: ").append(settings).append(", ").append(Runtime.version()).append(" (client)\n\n");
        table.append("| load | requests | req/s | share of the static file | p50 ms | p95 ms | p99 ms | errors |\n");
        table.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
        loads.forEach((name, samples) -> {
            double perSecond = samples.perSecond(seconds);
            table.append(String.format(Locale.ROOT, "| %s | %,d | %,.0f | %.1f%% | %d | %d | %d | %d |%n", name,
                    samples.count(), perSecond, 100 * perSecond / baseline, samples.percentile(50),
                    samples.percentile(95), samples.percentile(99), samples.errors()));
        });
        table.append('\n').append(ServerMemory.read(settings.get("base"))).append('\n');
        System.out.println("\n" + table);
        try {
            Path figures = Path.of(System.getProperty("figures", "target/benchmark-figures.md"));
            Files.createDirectories(figures.toAbsolutePath().getParent());
            Files.writeString(figures, table);
        } catch (IOException e) {
            System.err.println("Could not write the figures: " + e.getMessage());
        }
    }

    /** One load's response times. */
    private static final class Samples {
        private int[] millis = new int[1 << 16];
        private int count;
        private int errors;

        synchronized void add(int ms, boolean answered) {
            if (count == millis.length) {
                millis = Arrays.copyOf(millis, count * 2);
            }
            millis[count++] = ms;
            if (!answered) {
                errors++;
            }
        }

        synchronized int count() {
            return count;
        }

        synchronized int errors() {
            return errors;
        }

        synchronized double perSecond(Duration over) {
            return count / (over.toMillis() / 1000.0);
        }

        synchronized int percentile(int p) {
            if (count == 0) {
                return 0;
            }
            int[] sorted = Arrays.copyOf(millis, count);
            Arrays.sort(sorted);
            return sorted[Math.min(count - 1, (int) Math.ceil(p / 100.0 * count) - 1)];
        }
    }

    /** The server's heap (from its metrics) and resident memory (from /proc, when it runs on this machine). */
    static final class ServerMemory {

        static String read(String base) {
            return "Server after the run: heap used " + heap(base) + ", resident " + resident() + ".";
        }

        private static String heap(String base) {
            try {
                HttpResponse<String> metrics = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(base + "/metrics?scope=base")).build(), HttpResponse.BodyHandlers.ofString());
                return metrics.body().lines().filter(l -> l.startsWith("memory_usedHeap_bytes")
                                || l.startsWith("base_memory_usedHeap_bytes"))
                        .map(l -> mb(Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))).findFirst()
                        .orElse("unknown (no /metrics)");
            } catch (IOException | RuntimeException e) {
                return "unknown (" + e.getMessage() + ")";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "unknown";
            }
        }

        /** The resident set of the Liberty server's JVM: the process whose command line runs ws-server.jar. */
        private static String resident() {
            try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
                return processes.filter(p -> p.getFileName().toString().matches("[0-9]+"))
                        .filter(p -> {
                            try {
                                return Files.readString(p.resolve("cmdline")).contains("ws-server.jar");
                            } catch (IOException e) {
                                return false;
                            }
                        })
                        .map(p -> {
                            try {
                                return Files.readAllLines(p.resolve("status")).stream()
                                        .filter(l -> l.startsWith("VmRSS:")).findFirst()
                                        .map(l -> mb(1024 * Double.parseDouble(l.replaceAll("[^0-9]", ""))))
                                        .orElse("unknown") + " (pid " + p.getFileName() + ")";
                            } catch (IOException e) {
                                return "unknown";
                            }
                        }).reduce((a, b) -> a + "; " + b).orElse("unknown (no Liberty process here)");
            } catch (IOException e) {
                return "unknown";
            }
        }

        private static String mb(double bytes) {
            return String.format(Locale.ROOT, "%.0f MB", bytes / 1_048_576);
        }
    }
}
