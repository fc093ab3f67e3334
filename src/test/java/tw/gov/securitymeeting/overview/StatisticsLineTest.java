package tw.gov.securitymeeting.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The statistics' texts round as String.format did before (half up), for the rates and averages a table can hold. */
class StatisticsLineTest {

  @Test
  void shouldRoundLikeStringFormat() {
    Random random = new Random(20261204);
    for (int n = 0; n < 20_000; n++) {
      long due = 1 + random.nextInt(5_000);
      long onTime = random.nextInt((int) due + 1);
      double rate = (double) onTime / due * 100;
      assertThat(Statistics.Line.rounded(rate, 1)).as(onTime + "/" + due).isEqualTo(String.format(Locale.ROOT, "%.1f", rate));
      double average = (double) random.nextInt(100_000) / (1 + random.nextInt(3_000));
      assertThat(Statistics.Line.rounded(average, 2)).isEqualTo(String.format(Locale.ROOT, "%.2f", average));
      assertThat(Statistics.Line.rounded(average, 1)).isEqualTo(String.format(Locale.ROOT, "%.1f", average));
    }
    // Halves round up, as on the page before.
    assertThat(Statistics.Line.rounded(12.25, 1)).isEqualTo("12.3");
    assertThat(Statistics.Line.rounded(0.125, 2)).isEqualTo("0.13");
    assertThat(Statistics.Line.rounded(100.0, 1)).isEqualTo("100.0");
  }

  @Test
  void shouldShowTheTextsOfALine() {
    Statistics.Line line = new Statistics.Line("construction", "建設處", 3, 2, 2.0 / 3, 3, 2, 10.5, 4.0 / 3, 1);
    assertThat(line.onTimeText()).isEqualTo("66.7%");
    assertThat(line.averageDaysText()).isEqualTo("10.5");
    assertThat(line.averageRoundsText()).isEqualTo("1.33");
    assertThat(new Statistics.Line("x", "x", 0, 0, null, 0, 0, null, null, 0).onTimeText()).isEqualTo("—");
  }
}
