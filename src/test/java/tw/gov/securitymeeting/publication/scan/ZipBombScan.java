package tw.gov.securitymeeting.publication.scan;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Run by {@link ZipBombTest} in a JVM of its own with a small heap: scans every file of a folder and prints one
 * line per file, {@code name<TAB>findings<TAB>ms<TAB>heap after GC MB}, then {@code PEAK<TAB>MB}.
 */
final class ZipBombScan {

  private ZipBombScan() {
  }

  public static void main(String[] args) throws Exception {
    PersonalDataScanner scanner = new PersonalDataScanner();
    List<Path> files;
    try (Stream<Path> list = Files.list(Path.of(args[0]))) {
      files = list.sorted().toList();
    }
    for (Path file : files) {
      long start = System.nanoTime();
      ScanReport report = scanner.scan(null, List.of(new Attachment(file.getFileName().toString(),
          Files.readAllBytes(file))));
      long ms = (System.nanoTime() - start) / 1_000_000;
      System.gc();
      long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
      String findings = String.join(" | ", report.findings().stream().map(Finding::toString).toList());
      System.out.println(file.getFileName() + "\t" + findings + "\t" + ms + "\t" + used);
    }
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.out.println("PEAK\t" + peak / (1024 * 1024));
  }
}
