package tw.gov.securitymeeting.overview;

import java.util.Map;

/** The Chinese words for the follow-up's stored codes (the follow-up's own wording, repeated: features do not import each other). */
final class OverviewTexts {

  private OverviewTexts() {}

  static final Map<String, String> STATUS = Map.of(
      "OPEN", "列管中（待單位填報）", "AWAITING_SECRETARIAT", "待幕僚單位彙整", "AWAITING_CHAIR", "待主席裁示", "CLOSED", "已解除列管");
  static final Map<String, String> KIND = Map.of("PROPOSAL", "提案", "INSTRUCTION", "主席裁示", "RESOLUTION", "決議事項");
  static final Map<String, String> PROGRESS = Map.of("DONE", "已完成", "IN_PROGRESS", "辦理中", "NOT_STARTED", "未辦理");
  static final Map<String, String> SUGGESTION = Map.of("close", "建議解除列管", "continue", "建議繼續列管");
  static final Map<String, String> RECOMMENDATION = Map.of("close", "擬解除列管", "continue", "擬繼續列管");
  static final Map<String, String> RULING = Map.of("close", "准予備查，解除列管", "continue", "繼續列管");
  static final Map<String, String> MAIL_STATUS = Map.of("PENDING", "待寄送", "SENT", "已寄出", "FAILED", "寄送失敗");

  static String label(Map<String, String> labels, String code) {
    return code == null ? "" : labels.getOrDefault(code, code);
  }

  /** A meeting's title with its 次別 when the title does not name it, e.g. 「安全維護會報（105年第2次）」 (as the follow-up shows it). */
  static String meeting(String title, String session) {
    return session == null || session.isBlank() || title.contains(session) ? title : title + "（" + session + "）";
  }

  static final Map<String, String> CORRECTED_FIELD = Map.of("item", "新增決議事項", "subject", "案由", "leadUnits", "主辦單位", "coUnits", "協辦單位",
      "dueDate", "辦理期限", "title", "會議名稱", "heldOn", "開會日期", "nextMeetingOn", "下次開會日期", "session", "次別");

  /** Where an item waits, in words. */
  static String waitsAt(String status) {
    return switch (status) {
      case "AWAITING_SECRETARIAT" -> "幕僚單位（彙整辦理情形）";
      case "AWAITING_CHAIR" -> "主席（主席裁示）";
      case "CLOSED" -> "已解除列管";
      default -> "單位（填報辦理情形）";
    };
  }
}
