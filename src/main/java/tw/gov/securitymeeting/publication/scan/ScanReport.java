package tw.gov.securitymeeting.publication.scan;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The result of one scan: immutable, holds masked excerpts only.
 *
 * @param findings all findings, notice text first, then the attachments in the order given
 */
public record ScanReport(List<Finding> findings) {

  public ScanReport {
    findings = findings == null ? List.of() : List.copyOf(findings);
  }

  /** True when any finding blocks approval on its own (檔案無法讀取 or 檔案類型不符). */
  public boolean blocksApproval() {
    return findings.stream().anyMatch(f -> f.kind().blocksApproval());
  }

  /** True when nothing at all was found. */
  public boolean isClean() {
    return findings.isEmpty();
  }

  /** Number of findings per kind, kinds without findings left out, in the enum's order. */
  public Map<FindingKind, Integer> countsByKind() {
    Map<FindingKind, Integer> counts = new EnumMap<>(FindingKind.class);
    for (Finding f : findings) {
      counts.merge(f.kind(), 1, Integer::sum);
    }
    return Collections.unmodifiableMap(counts);
  }

  /** Number of findings of one kind. */
  public int count(FindingKind kind) {
    return (int) findings.stream().filter(f -> f.kind() == kind).count();
  }

  /** The counts keyed by zh-TW label, e.g. {身分證統一編號=2, 行動電話=1}. */
  public Map<String, Integer> countsByLabel() {
    Map<String, Integer> labels = new java.util.LinkedHashMap<>();
    countsByKind().forEach((kind, n) -> labels.put(kind.label(), n));
    return Collections.unmodifiableMap(labels);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("ScanReport[")
        .append(findings.size()).append(" findings, blocksApproval=").append(blocksApproval())
        .append(", counts=").append(countsByLabel()).append(']');
    for (Finding f : findings) {
      sb.append("\n  ").append(f);
    }
    return sb.toString();
  }
}
