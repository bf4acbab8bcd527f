package org.carecommunities.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Asks a running portal the same searches over and over from a number of connections at once and reports the
 * latency percentiles of each search (after a warm-up that is not counted). Every answer must be 200 and name at
 * least one service, or the run fails: a fast error is not a result.
 *
 * <p>Arguments: the portal's base URL, requests per search, connections, then the searches (paths with their
 * query). See the README's "Benchmarks" section.
 */
public final class SearchBenchmark {

    /** Requests per search before the measured ones, so the server's compiler has settled. */
    private static final int WARM_UP = 1000;

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("SearchBenchmark <base-url> <requests> <connections> <path?query>...");
            System.exit(2);
        }
        String base = args[0].replaceAll("/+$", "");
        int requests = Integer.parseInt(args[1]);
        int connections = Integer.parseInt(args[2]);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                // as a reverse proxy in front of the portal would ask
                .version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newFixedThreadPool(connections)).build();
        ExecutorService callers = Executors.newFixedThreadPool(connections);
        try {
            for (String path : Arrays.copyOfRange(args, 3, args.length)) {
                URI uri = URI.create(base + path);
                run(http, callers, uri, WARM_UP, connections);
                long started = System.nanoTime();
                List<Long> micros = run(http, callers, uri, requests, connections);
                double seconds = (System.nanoTime() - started) / 1e9;
                Collections.sort(micros);
                System.out.printf("%s%n  %d requests, %d connections: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, "
                                + "max %.1f ms, %.0f requests/s%n", path, requests, connections,
                        percentile(micros, 50), percentile(micros, 95), percentile(micros, 99),
                        micros.get(micros.size() - 1) / 1000.0, requests / seconds);
            }
        } catch (Exception e) {
            // the client's threads would keep the JVM (and exec:java) waiting
            e.printStackTrace();
            System.exit(1);
        } finally {
            callers.shutdownNow();
        }
        System.exit(0);
    }

    private static List<Long> run(HttpClient http, ExecutorService callers, URI uri, int requests, int connections)
            throws Exception {
        AtomicInteger left = new AtomicInteger(requests);
        List<Future<List<Long>>> workers = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            workers.add(callers.submit(() -> {
                List<Long> times = new ArrayList<>();
                HttpRequest request = HttpRequest.newBuilder(uri).header("Accept", "text/html,application/json")
                        .timeout(Duration.ofSeconds(30)).GET().build();
                while (left.getAndDecrement() > 0) {
                    long start = System.nanoTime();
                    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                    times.add((System.nanoTime() - start) / 1000);
                    if (response.statusCode() != 200 || !(response.body().contains("/asset-map/services/")
                            || response.body().contains("\"organization_id\""))) {
                        throw new IllegalStateException(uri + " answered " + response.statusCode()
                                + " without a service: " + response.body().substring(0,
                                Math.min(300, response.body().length())));
                    }
                }
                return times;
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> worker : workers) {
            all.addAll(worker.get());
        }
        return all;
    }

    private static double percentile(List<Long> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1000.0;
    }
}
