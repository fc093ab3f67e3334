package tw.gov.securitymeeting.publication.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The zip-bomb corpus ({@link ZipBombs}) is scanned in a JVM of its own with {@code -Xmx128m}: every file gives
 * the finding 「檔案無法讀取」 with a reason, none runs out of memory, and the heap after each scan stays
 * flat. The figures are printed.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ZipBombTest {

  @TempDir
  static Path corpus;

  private static final Map<String, byte[]> BOMBS = new HashMap<>();

  @BeforeAll
  static void writeCorpus() throws Exception {
    BOMBS.putAll(ZipBombs.corpus());
    Files.createDirectory(corpus.resolve("files"));
    for (Map.Entry<String, byte[]> e : BOMBS.entrySet()) {
      Files.write(corpus.resolve("files").resolve(e.getKey()), e.getValue());
    }
  }

  @Test
  void every_bomb_is_an_unreadable_file_in_a_128_MB_heap() throws Exception {
    String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(java, "-Xmx128m", "-XX:+ExitOnOutOfMemoryError", "-Dfile.encoding=UTF-8",
        "-cp", classpath, ZipBombScan.class.getName(), corpus.resolve("files").toString())
        .redirectErrorStream(true).redirectOutput(corpus.resolve("out.log").toFile()).start();
    boolean done = p.waitFor(5, TimeUnit.MINUTES);
    if (!done) {
      p.destroyForcibly();
    }
    String out = Files.readString(corpus.resolve("out.log"), StandardCharsets.UTF_8);
    System.out.println(out);
    assertThat(done).as("the scan of the bomb corpus finishes").isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    assertThat(out).doesNotContain("OutOfMemoryError");
    List<String> lines = out.lines().filter(l -> l.contains("\t")).toList();
    for (String name : BOMBS.keySet()) {
      String line = lines.stream().filter(l -> l.startsWith(name + "\t")).findFirst().orElseThrow(
          () -> new AssertionError(name + " was not scanned:\n" + out));
      String[] cells = line.split("\t");
      System.out.printf("%-16s %8d bytes  %6s ms  heap after %4s MB  %s%n", name, BOMBS.get(name).length, cells[2],
          cells[3], cells[1]);
      assertThat(cells[1]).as(name).startsWith("[檔案無法讀取] " + name + "：");
      assertThat(Long.parseLong(cells[3])).as("heap after GC, MB, " + name).isLessThan(48);
    }
    String peak = lines.stream().filter(l -> l.startsWith("PEAK\t")).findFirst().orElseThrow();
    assertThat(Long.parseLong(peak.split("\t")[1])).as("peak heap, MB").isLessThan(128);
  }

  @Test
  void a_normal_document_passes_the_guard() throws Exception {
    byte[] odt = TestDocuments.odt(List.of("公告內容"), TestDocuments.WordExtras.none());
    assertThat(new ArchiveGuard(ScanLimits.defaults()).check(odt, Long.MAX_VALUE)).isEmpty();
  }

  @Test
  void the_reasons_name_the_limit() throws Exception {
    ArchiveGuard guard = new ArchiveGuard(ScanLimits.defaults());
    Map<String, byte[]> bombs = BOMBS;
    assertThat(guard.check(bombs.get("巨大屬性.odt"), Long.MAX_VALUE)).contains("壓縮比超過 100:1（疑似壓縮炸彈）");
    assertThat(guard.check(bombs.get("不可壓縮的大屬性.odt"), Long.MAX_VALUE)).contains("XML 屬性值超過 1 MB");
    assertThat(guard.check(bombs.get("深層巢狀.odt"), Long.MAX_VALUE)).contains("XML 元素巢狀超過 256 層");
    assertThat(guard.check(bombs.get("實體擴展.odt"), Long.MAX_VALUE)).contains("XML 含有 DTD 宣告（不接受實體定義）");
    assertThat(guard.check(bombs.get("大量項目.odt"), Long.MAX_VALUE)).contains("壓縮檔內的項目超過 10000 個");
    assertThat(guard.check(bombs.get("層層壓縮.odt"), Long.MAX_VALUE)).contains("內嵌的壓縮檔超過 3 層");
    assertThat(guard.check(bombs.get("巨大屬性.odt"), 0)).contains("檢查時間超過 120 秒");
    ScanLimits noRatio = new ScanLimits("64MB", "256MB", 10_000, 3, 100_000, "1GB", "1GB", 256, "PT2M", 300_000);
    assertThat(new ArchiveGuard(noRatio).check(bombs.get("巨大屬性.odt"), Long.MAX_VALUE))
        .contains("解壓縮後超過 64 MB");
    assertThat(new ArchiveGuard(noRatio).check(bombs.get("膨脹450MB.odt"), Long.MAX_VALUE))
        .contains("整個檔案解壓縮後超過 256 MB");
  }

  @Test
  void the_upload_check_takes_a_bomb_by_its_name_without_parsing_it_and_the_scan_reports_it() {
    assertThat(new FileTypeSniffer().typeMismatch("巨大屬性.docx", BOMBS.get("巨大屬性.docx"))).isEmpty();
    assertThat(new FileTypeSniffer().typeMismatch("工作表炸彈.xlsx", BOMBS.get("工作表炸彈.xlsx"))).isEmpty();
  }
}
