package tw.gov.securitymeeting.publication.scan;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * The bounds of one scan (app.publication.scan.*), enforced by {@link ArchiveGuard} before Tika, POI or StAX
 * see an attachment's bytes, and the time budget of a whole scan. The scan job's lock
 * ({@code camunda.bpm.job-execution.lock-time-in-millis}) must outlive the time budget: start-up is refused
 * otherwise.
 */
@Component
public class ScanLimits {

  final long maxEntrySize;
  final long maxTotalSize;
  final int maxEntries;
  final int maxNesting;
  final int maxCompressionRatio;
  final long maxXmlAttribute;
  final long maxXmlText;
  final int maxXmlDepth;
  final Duration timeBudget;

  ScanLimits(@Value("${app.publication.scan.max-entry-size:64MB}") String maxEntrySize,
      @Value("${app.publication.scan.max-total-size:256MB}") String maxTotalSize,
      @Value("${app.publication.scan.max-entries:10000}") int maxEntries,
      @Value("${app.publication.scan.max-nesting:3}") int maxNesting,
      @Value("${app.publication.scan.max-compression-ratio:100}") int maxCompressionRatio,
      @Value("${app.publication.scan.max-xml-attribute:1MB}") String maxXmlAttribute,
      @Value("${app.publication.scan.max-xml-text:8MB}") String maxXmlText,
      @Value("${app.publication.scan.max-xml-depth:256}") int maxXmlDepth,
      @Value("${app.publication.scan.time-budget:PT2M}") String timeBudget,
      @Value("${camunda.bpm.job-execution.lock-time-in-millis:300000}") long lockTimeMillis) {
    this.maxEntrySize = DataSize.parse(maxEntrySize).toBytes();
    this.maxTotalSize = DataSize.parse(maxTotalSize).toBytes();
    this.maxEntries = maxEntries;
    this.maxNesting = maxNesting;
    this.maxCompressionRatio = maxCompressionRatio;
    this.maxXmlAttribute = DataSize.parse(maxXmlAttribute).toBytes();
    this.maxXmlText = DataSize.parse(maxXmlText).toBytes();
    this.maxXmlDepth = maxXmlDepth;
    this.timeBudget = Duration.parse(timeBudget);
    // the scan's worst case is its time budget plus storing the findings; the job's lock must outlive it
    if (lockTimeMillis < this.timeBudget.toMillis() + 60_000) {
      throw new IllegalStateException("camunda.bpm.job-execution.lock-time-in-millis (" + lockTimeMillis
          + ") must exceed app.publication.scan.time-budget (" + this.timeBudget + ") by at least 60 s");
    }
  }

  /** The defaults (64 MB per entry, 256 MB per file, 10,000 entries, 2 minutes …), for use without Spring. */
  static ScanLimits defaults() {
    return new ScanLimits("64MB", "256MB", 10_000, 3, 100, "1MB", "8MB", 256, "PT2M", 300_000);
  }
}
