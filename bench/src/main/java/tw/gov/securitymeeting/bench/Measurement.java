package tw.gov.securitymeeting.bench;

/** One measured run: a target, a number of workers, the lifecycles done and what they cost. */
record Measurement(String target, int round, int workers, int lifecycles, long wallMs, Postgres.Counters database,
    long processCpuMs, long clientCpuMs, Latencies latencies) {

  double perSecond() {
    return lifecycles * 1000.0 / wallMs;
  }

  double perLifecycle(long value) {
    return value / (double) lifecycles;
  }

  String line() {
    return String.format("%-8s round %d, %d workers: %4d lifecycles in %6d ms = %6.2f/s; per lifecycle %5.1f commits, %6.1f SQL,"
        + " CPU %6.1f ms process + %5.1f ms PostgreSQL (client %5.1f ms)",
        target, round, workers, lifecycles, wallMs, perSecond(), perLifecycle(database.commits()),
        perLifecycle(database.statements()), perLifecycle(processCpuMs), perLifecycle(database.cpuMillis()),
        perLifecycle(clientCpuMs));
  }
}
