package tw.gov.securitymeeting.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Runs units of work (a lifecycle, or a meeting of several) on a number of worker threads. */
final class Driver {

  interface Work {
    /** Does unit number i; returns the lifecycles it completed. */
    int run(int i) throws Exception;
  }

  /** Wall time in ms of running units 0..units-1 on workers threads; the first failure is rethrown. */
  static long run(int workers, int units, Work work) throws Exception {
    AtomicInteger next = new AtomicInteger();
    List<Throwable> failures = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    long start = System.nanoTime();
    for (int w = 0; w < workers; w++) {
      Thread t = new Thread(() -> {
        int i;
        while ((i = next.getAndIncrement()) < units) {
          try {
            work.run(i);
          } catch (Throwable e) {
            synchronized (failures) {
              failures.add(e);
            }
            return;
          }
        }
      }, "bench-worker-" + w);
      threads.add(t);
      t.start();
    }
    for (Thread t : threads) {
      t.join();
    }
    long wall = (System.nanoTime() - start) / 1_000_000;
    if (!failures.isEmpty()) {
      throw new IllegalStateException("工作失敗：" + failures.get(0), failures.get(0));
    }
    return wall;
  }

  private Driver() {}
}
