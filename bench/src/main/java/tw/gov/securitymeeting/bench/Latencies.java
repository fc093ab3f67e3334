package tw.gov.securitymeeting.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/** Latencies per call kind, in microseconds; p50 and p95 by nearest rank. */
final class Latencies {

  private final Map<String, List<Long>> byKind = new ConcurrentHashMap<>();

  void add(String kind, long nanos) {
    byKind.computeIfAbsent(kind, k -> Collections.synchronizedList(new ArrayList<>())).add(nanos / 1000);
  }

  /** Times a call and records it under kind. */
  <T> T time(String kind, java.util.concurrent.Callable<T> call) {
    long start = System.nanoTime();
    try {
      return call.call();
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    } finally {
      add(kind, System.nanoTime() - start);
    }
  }

  /** Adds every latency of other (merging rounds). */
  void addAll(Latencies other) {
    other.byKind.forEach((kind, values) -> {
      synchronized (values) {
        byKind.computeIfAbsent(kind, k -> Collections.synchronizedList(new ArrayList<>())).addAll(values);
      }
    });
  }

  Map<String, long[]> summary() {
    Map<String, long[]> result = new TreeMap<>();
    byKind.forEach((kind, values) -> {
      List<Long> sorted;
      synchronized (values) {
        sorted = new ArrayList<>(values);
      }
      Collections.sort(sorted);
      result.put(kind, new long[] {sorted.size(), percentile(sorted, 50), percentile(sorted, 95)});
    });
    return result;
  }

  static long percentile(List<Long> sorted, int p) {
    if (sorted.isEmpty()) {
      return 0;
    }
    int rank = (int) Math.ceil(sorted.size() * p / 100.0);
    return sorted.get(Math.max(0, rank - 1));
  }

  /** "kind n=… p50 … ms p95 … ms" lines. */
  String format(String indent) {
    StringBuilder out = new StringBuilder();
    summary().forEach((kind, s) -> out.append(String.format("%s%-34s n=%-5d p50 %8.2f ms   p95 %8.2f ms%n", indent, kind, s[0],
        s[1] / 1000.0, s[2] / 1000.0)));
    return out.toString();
  }
}
