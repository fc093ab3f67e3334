package tw.gov.securitymeeting.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The benchmark of issue #15: the application's overhead over the bare engine on one PostgreSQL 17 server.
 * Settings are system properties (docs/performance.md): bench.lifecycles, bench.workers, bench.rounds,
 * bench.items, bench.warmup, bench.jars, bench.scale, bench.scale-jars, bench.scale-calls, bench.scale-open,
 * bench.scale-workers, bench.hold, bench.engine-history,
 * bench.java-options.
 */
public final class Bench {

  private Bench() {}

  public static void main(String[] args) throws Exception {
    int lifecycles = Integer.getInteger("bench.lifecycles", 30);
    int rounds = Integer.getInteger("bench.rounds", 2);
    int items = Integer.getInteger("bench.items", 10);
    int warmup = Integer.getInteger("bench.warmup", 20);
    List<Integer> workerCounts = ints(System.getProperty("bench.workers", "2,4"));
    List<Integer> scale = ints(System.getProperty("bench.scale", "200"));
    int scaleCalls = Integer.getInteger("bench.scale-calls", 20);
    int scaleOpen = Integer.getInteger("bench.scale-open", 2000);
    int scaleWorkers = Integer.getInteger("bench.scale-workers", 4);
    String history = System.getProperty("bench.engine-history", "audit");
    String javaOptions = System.getProperty("bench.java-options", "-Xmx1g");
    Map<String, Path> jars = jars(System.getProperty("bench.jars", ""));
    List<String> scaleJars = List.of(System.getProperty("bench.scale-jars", String.join(",", jars.keySet())).split(","));

    System.out.printf("bench: %d lifecycles per run, %s workers, %d rounds, %d items per meeting, warm-up %d; engine history %s;"
        + " jars %s; scale %s%n", lifecycles, workerCounts, rounds, items, warmup, history, jars, scale);
    try (Postgres postgres = Postgres.start()) {
      System.out.println("PostgreSQL 17 (embedded, fsync on, synchronous_commit on); SQL statements from " + postgres.statementSource());
      List<Target> targets = new ArrayList<>();
      targets.add(new EngineTarget(postgres, "bench_engine", history));
      int n = 0;
      for (var jar : jars.entrySet()) {
        AppTarget app = new AppTarget(jar.getKey(), jar.getValue(), postgres, "bench_app_" + (++n), items, javaOptions);
        System.out.printf("%s: %s ready (readiness UP) after %d ms; log %s%n", app.name(), jar.getValue().getFileName(),
            app.startupMillis(), app.log());
        targets.add(app);
      }
      try {
        for (Target target : targets) {
          Driver.run(2, units(warmup, target), i -> target.unit(-1 - i, new Latencies()));
        }
        List<Measurement> measurements = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
          for (int workers : workerCounts) {
            for (Target target : targets) {
              Measurement m = measure(postgres, target, round, workers, lifecycles);
              System.out.println(m.line());
              measurements.add(m);
            }
          }
        }
        Report.throughput(measurements, targets, workerCounts);
        for (Target target : targets) {
          if (target instanceof AppTarget app) {
            System.out.printf("%s: heap used after the lifecycles %d MB (jcmd GC.heap_info)%n", app.name(), app.heapUsedMb());
          }
        }
        for (Target target : targets) {
          if (target instanceof AppTarget app && !scale.isEmpty() && scaleJars.contains(app.name())) {
            new Scale(app, postgres, scaleCalls, scaleOpen, scaleWorkers).run(scale);
            System.out.printf("%s: restarted on the loaded database (%,d items): ready (readiness UP) after %d ms%n", app.name(),
                scale.get(scale.size() - 1), app.restart());
          }
        }
        int hold = Integer.getInteger("bench.hold", 0);
        if (hold > 0) {
          System.out.printf("holding PostgreSQL (%s) and the applications for %d s (bench.hold) for EXPLAIN ANALYZE%n",
              postgres.jdbcUrl("postgres"), hold);
          Thread.sleep(hold * 1000L);
        }
      } finally {
        for (Target target : targets) {
          target.close();
        }
      }
    }
    System.exit(0);
  }

  private static int units(int lifecycles, Target target) {
    return Math.max(1, (lifecycles + target.lifecyclesPerUnit() - 1) / target.lifecyclesPerUnit());
  }

  private static Measurement measure(Postgres postgres, Target target, int round, int workers, int lifecycles) throws Exception {
    Latencies latencies = new Latencies();
    int units = units(lifecycles, target);
    java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
    Postgres.Counters before = postgres.counters(target.database());
    long processBefore = Proc.cpuMillis(target.pid(), false);
    long clientBefore = Proc.cpuMillis(ProcessHandle.current().pid(), false);
    long wall = Driver.run(workers, units, i -> done.addAndGet(target.unit(round * 100_000 + workers * 10_000 + i, latencies)));
    long processCpu = Proc.cpuMillis(target.pid(), false) - processBefore;
    long clientCpu = target instanceof AppTarget ? Proc.cpuMillis(ProcessHandle.current().pid(), false) - clientBefore : 0;
    Postgres.Counters cost = postgres.counters(target.database()).minus(before);
    return new Measurement(target.name(), round, workers, done.get(), wall, cost, processCpu, clientCpu, latencies);
  }

  private static List<Integer> ints(String csv) {
    List<Integer> values = new ArrayList<>();
    for (String v : csv.split(",")) {
      if (!v.isBlank()) {
        values.add(Integer.parseInt(v.trim()));
      }
    }
    return values;
  }

  /** "label=path,label=path"; empty: the application's jar in target/. */
  private static Map<String, Path> jars(String spec) throws Exception {
    Map<String, Path> jars = new LinkedHashMap<>();
    if (spec.isBlank()) {
      jars.put("app", AppTarget.jarIn(Path.of("target")).toPath());
      return jars;
    }
    for (String entry : spec.split(",")) {
      String[] parts = entry.split("=", 2);
      jars.put(parts.length == 2 ? parts[0].trim() : "app", Path.of(parts[parts.length - 1].trim()));
    }
    return jars;
  }
}
