package tw.gov.securitymeeting.bench;

/** What the benchmark drives: the bare engine or the packaged application. */
interface Target extends AutoCloseable {

  String name();

  String database();

  /** The process whose CPU counts as the application's (the engine runs inside the benchmark's JVM). */
  long pid();

  /** Lifecycles one unit of work completes (a meeting of several items for the application). */
  int lifecyclesPerUnit();

  /** Does unit i: registers its items and drives each to its end; returns the lifecycles done. */
  int unit(int i, Latencies latencies) throws Exception;
}
