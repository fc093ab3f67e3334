package tw.gov.securitymeeting.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The statistics' ODS opens in LibreOffice: converted headless to CSV, its figures and Chinese texts are there. */
class StatisticsOdsLibreOfficeIT {

  @Test
  void shouldOpenInLibreOffice() throws Exception {
    Statistics.Report report = new Statistics.Report(new StatisticsPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)),
        List.of(new Statistics.Line("planning", "綜合規劃處", 3, 2, 1.0, 4, 4, 4.5, 4 / 3.0, 0),
            new Statistics.Line("education", "教育處", 2, 1, 0.0, 2, 0, 2.0, 1.0, 1)),
        List.of(new Statistics.Line("1", "=HYPERLINK(\"x\") 會報（115年12月30日(星期三)）", 4, 2, 4 / 6.0, 6, 4, 4.5, 1.25, 1)),
        List.of(), List.of());
    byte[] ods = StatisticsExports.ods(report);
    assertThat(OverviewPagesTest.odsContent(ods)).contains("綜合規劃處", "office:value-type=\"percentage\"");

    boolean soffice = new ProcessBuilder("sh", "-c", "command -v soffice").start().waitFor() == 0;
    Assumptions.assumeTrue(soffice, "soffice (LibreOffice) is not installed: the ODS conversion is skipped");
    Path dir = Files.createTempDirectory("statistics");
    Path file = Files.write(dir.resolve("statistics.ods"), ods);
    Process convert = new ProcessBuilder("soffice", "--headless", "-env:UserInstallation=file://" + dir.resolve("profile"),
        "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1", "--outdir", dir.toString(), file.toString())
        .redirectErrorStream(true).start();
    assertThat(convert.waitFor(180, TimeUnit.SECONDS)).isTrue();
    String csv = Files.readString(dir.resolve("statistics.csv"), StandardCharsets.UTF_8);
    assertThat(csv).contains("綜合規劃處", "100", "4.5", "1.33", "交辦件數", "教育處");
  }
}
