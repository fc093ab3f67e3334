package tw.gov.securitymeeting.evidence;

import java.util.List;

/**
 * The seven parts of 「調查、處理及改善報告」 (資通安全管理法施行細則): times of occurrence,
 * awareness and recovery; impact and damage; containment and recovery; investigation; root
 * cause; preventive measures; schedule and effectiveness tracking.
 */
record ReportParts(
    String times, String impact, String containment, String investigation, String rootCause, String prevention,
    String tracking) {

  /** Variable name and Chinese title of each part, in the report's order. */
  static final List<List<String>> PARTS = List.of(
      List.of("reportTimes", "一、事件發生、知悉及完成損害控制或復原之時間"),
      List.of("reportImpact", "二、事件影響範圍及損害評估"),
      List.of("reportContainment", "三、損害控制及復原作業之歷程"),
      List.of("reportInvestigation", "四、事件調查及處理作業之歷程"),
      List.of("reportRootCause", "五、事件根因分析"),
      List.of("reportPrevention", "六、為防範類似事件再次發生所採取之管理、技術、人力或資源等層面之措施"),
      List.of("reportTracking", "七、前款措施之預定完成時程及成效追蹤機制"));

  static ReportParts of(List<String> texts) {
    return new ReportParts(texts.get(0), texts.get(1), texts.get(2), texts.get(3), texts.get(4), texts.get(5), texts.get(6));
  }

  List<String> texts() {
    return java.util.Arrays.asList(times, impact, containment, investigation, rootCause, prevention, tracking);
  }
}
