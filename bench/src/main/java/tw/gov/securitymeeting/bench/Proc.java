package tw.gov.securitymeeting.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** CPU time of processes from /proc (Linux), in milliseconds. */
final class Proc {

  private static final long TICK_MS = 10; // CLK_TCK = 100

  private Proc() {}

  /** utime + stime of pid; with waitedChildren also the CPU of its children that have ended. */
  static long cpuMillis(long pid, boolean waitedChildren) {
    String[] f = fields(pid);
    if (f == null) {
      return 0;
    }
    long ticks = Long.parseLong(f[13]) + Long.parseLong(f[14]);
    if (waitedChildren) {
      ticks += Long.parseLong(f[15]) + Long.parseLong(f[16]);
    }
    return ticks * TICK_MS;
  }

  /** CPU of a process, its running children and its ended children (PostgreSQL's postmaster and backends). */
  static long treeCpuMillis(long pid) {
    long total = cpuMillis(pid, true);
    try (Stream<Path> all = Files.list(Path.of("/proc"))) {
      for (Path p : (Iterable<Path>) all::iterator) {
        String name = p.getFileName().toString();
        if (!name.chars().allMatch(Character::isDigit)) {
          continue;
        }
        String[] f = fields(Long.parseLong(name));
        if (f != null && Long.parseLong(f[3]) == pid) {
          total += (Long.parseLong(f[13]) + Long.parseLong(f[14])) * TICK_MS;
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return total;
  }

  /** Fields of /proc/pid/stat after the command name (index 0 = pid, 2 = state, 3 = ppid, 13 = utime …). */
  private static String[] fields(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
      int close = stat.lastIndexOf(')');
      String[] rest = stat.substring(close + 2).split(" ");
      String[] f = new String[rest.length + 2];
      f[0] = Long.toString(pid);
      f[1] = "comm";
      System.arraycopy(rest, 0, f, 2, rest.length);
      return f;
    } catch (IOException | RuntimeException gone) {
      return null;
    }
  }
}
