package tw.gov.securitymeeting.evidence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.springframework.stereotype.Component;

/** The configuration: who works each step, the step names, the deadlines and when a meeting is needed. */
@Component
class EvidencePolicy {

  private final EvidenceProperties properties;

  EvidencePolicy(EvidenceProperties properties) {
    this.properties = properties;
  }

  List<String> groupList(String step, String unit) {
    List<String> result = new ArrayList<>();
    for (String group : properties.groups().getOrDefault(step, List.of())) {
      String id = EvidenceProperties.UNIT.equals(group) ? unit : group;
      if (id != null && !id.isBlank() && !result.contains(id)) {
        result.add(id);
      }
    }
    return result;
  }

  /** The configured name of a step, or the BPMN's. */
  String stepName(String step, String bpmnName) {
    return properties.stepNames().getOrDefault(step, bpmnName);
  }

  boolean needsMeeting(int level) {
    return level >= properties.meetingFromLevel();
  }

  Date notifyDeadline(Instant awareAt) {
    return Date.from(awareAt.plus(properties.notifyLimit()));
  }

  Date recoveryDeadline(Instant awareAt, int level) {
    return Date.from(awareAt.plus(properties.recoveryLimit(level)));
  }

  EvidenceProperties properties() {
    return properties;
  }
}
