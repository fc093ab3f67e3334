package tw.gov.securitymeeting.evidence;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code app.evidence.*}: every limit, role and step name of the task force. The official SOP is
 * not public, so nothing here is fixed in code; the defaults and their sources are in the README.
 *
 * @param notifyLimit time from awareness (知悉) to notification (通報)
 * @param recoveryLimits time from awareness to recovery, per incident level 1–4
 * @param meetingFromLevel from this level on the chair convenes a response meeting
 * @param groups candidate groups per step id ({@code {unit}} = the affected unit); also
 *     {@code members} (who may be named to the task force) and {@code escalation} (who is told when a deadline passes)
 * @param stepNames task names per step id, overriding the BPMN names
 * @param storageDirectory where uploaded evidence files are kept (a shared volume in a cluster)
 * @param maxFileSize the largest evidence file accepted
 */
@ConfigurationProperties("app.evidence")
record EvidenceProperties(
    Duration notifyLimit,
    Map<Integer, Duration> recoveryLimits,
    Integer meetingFromLevel,
    Map<String, List<String>> groups,
    Map<String, String> stepNames,
    Path storageDirectory,
    DataSize maxFileSize) {

  static final String UNIT = "{unit}";

  EvidenceProperties {
    notifyLimit = notifyLimit != null ? notifyLimit : Duration.ofHours(1);
    recoveryLimits = recoveryLimits != null && !recoveryLimits.isEmpty() ? Map.copyOf(recoveryLimits)
        : Map.of(1, Duration.ofHours(72), 2, Duration.ofHours(72), 3, Duration.ofHours(36), 4, Duration.ofHours(36));
    meetingFromLevel = meetingFromLevel != null ? meetingFromLevel : 3;
    groups = groups != null && !groups.isEmpty() ? Map.copyOf(groups) : defaultGroups();
    stepNames = stepNames != null ? Map.copyOf(stepNames) : Map.of();
    storageDirectory = storageDirectory != null ? storageDirectory : Path.of("./data/evidence");
    maxFileSize = maxFileSize != null ? maxFileSize : DataSize.ofMegabytes(200);
  }

  static Map<String, List<String>> defaultGroups() {
    return Map.of(
        "notify-incident", List.of(UNIT, "planning"),
        "form-task-force", List.of("planning"),
        "convene-response-meeting", List.of("chair"),
        "review-incident-report", List.of("chair", "ethics"),
        "members", List.of("planning", "ethics", UNIT),
        "escalation", List.of("ethics"),
        "readers", List.of("planning", "ethics", "chair"));
  }

  Duration recoveryLimit(int level) {
    Duration limit = recoveryLimits.get(level);
    if (limit == null) {
      throw new IllegalStateException("app.evidence.recovery-limits 沒有第 " + level + " 級的復原時限");
    }
    return limit;
  }
}
