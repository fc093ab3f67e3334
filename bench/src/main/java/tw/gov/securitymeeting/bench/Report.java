package tw.gov.securitymeeting.bench;

import java.util.List;

/** The summary of the throughput runs: per target and worker count, and the ratio application / engine. */
final class Report {

  private Report() {}

  static void throughput(List<Measurement> measurements, List<Target> targets, List<Integer> workerCounts) {
    System.out.println();
    System.out.println("== throughput (means over rounds) ==");
    System.out.printf("%-8s %7s %10s %9s %9s %11s %11s %8s %s%n", "target", "workers", "lifecyc/s", "commits", "SQL",
        "CPU proc ms", "CPU pg ms", "ratio", "(per lifecycle)");
    for (int workers : workerCounts) {
      double engineRate = rate(measurements, "engine", workers);
      for (Target target : targets) {
        List<Measurement> runs = runs(measurements, target.name(), workers);
        int lifecycles = runs.stream().mapToInt(Measurement::lifecycles).sum();
        double rate = rate(measurements, target.name(), workers);
        System.out.printf("%-8s %7d %10.2f %9.1f %9.1f %11.1f %11.1f %8.2f%n", target.name(), workers, rate,
            runs.stream().mapToLong(m -> m.database().commits()).sum() / (double) lifecycles,
            runs.stream().mapToLong(m -> m.database().statements()).sum() / (double) lifecycles,
            runs.stream().mapToLong(Measurement::processCpuMs).sum() / (double) lifecycles,
            runs.stream().mapToLong(m -> m.database().cpuMillis()).sum() / (double) lifecycles,
            rate / engineRate);
      }
    }
    System.out.println();
    System.out.println("== latency per call kind (all rounds) ==");
    for (int workers : workerCounts) {
      for (Target target : targets) {
        Latencies all = new Latencies();
        runs(measurements, target.name(), workers).forEach(m -> all.addAll(m.latencies()));
        System.out.printf("%s, %d workers:%n%s", target.name(), workers, all.format("  "));
      }
    }
  }

  /** Lifecycles per second over all rounds (total lifecycles / total wall time). */
  static double rate(List<Measurement> measurements, String target, int workers) {
    List<Measurement> runs = runs(measurements, target, workers);
    return runs.stream().mapToInt(Measurement::lifecycles).sum() * 1000.0 / runs.stream().mapToLong(Measurement::wallMs).sum();
  }

  static List<Measurement> runs(List<Measurement> measurements, String target, int workers) {
    return measurements.stream().filter(m -> m.target().equals(target) && m.workers() == workers).toList();
  }
}
