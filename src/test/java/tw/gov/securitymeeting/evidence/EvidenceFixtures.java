package tw.gov.securitymeeting.evidence;

import java.time.LocalDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import tw.gov.securitymeeting.system.RocDates;

/** Times and answers shared by the evidence tests. The clock stands at 2026-12-01 10:00 Taipei. */
final class EvidenceFixtures {

  static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 1, 10, 0);
  static final String SHA = "a".repeat(64);

  private EvidenceFixtures() {}

  static void setClock(LocalDateTime time) {
    ClockUtil.setCurrentTime(at(time));
  }

  static Date at(LocalDateTime time) {
    return Date.from(time.atZone(RocDates.TAIPEI).toInstant());
  }

  /** An incident at the education department, known at 09:30 (notification due 10:30). */
  static Map<String, Object> incident(int level) {
    Map<String, Object> v = new HashMap<>();
    v.put("description", "教育處網站首頁遭置換");
    v.put("occurredAt", "2026-12-01T08:30");
    v.put("awareAt", "2026-12-01T09:30");
    v.put("systems", "教育處全球資訊網");
    v.put("reporter", "教育處承辦人");
    v.put("unit", "education");
    v.put("level", level);
    return v;
  }

  static Map<String, Object> notification() {
    return Map.of("notifyChannel", "國家資通安全通報應變網站", "notifyReference", "TACERT-2026-0001", "notifiedAt", "2026-12-01T10:00");
  }

  static Map<String, Object> report() {
    Map<String, Object> v = new HashMap<>();
    for (var part : ReportParts.PARTS) {
      v.put(part.get(0), part.get(1) + "：內容");
    }
    return v;
  }
}
