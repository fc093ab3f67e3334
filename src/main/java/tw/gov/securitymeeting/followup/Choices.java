package tw.gov.securitymeeting.followup;

import java.util.LinkedHashMap;
import java.util.Map;

/** The fixed answers of the follow-up forms and their Chinese labels (the values are API). */
public final class Choices {

  static final Map<String, String> PROGRESS_STATUS = ordered("DONE", "已完成", "IN_PROGRESS", "辦理中", "NOT_STARTED", "未辦理");
  static final Map<String, String> SUGGESTION = ordered("close", "建議解除列管", "continue", "建議繼續列管");
  public static final Map<String, String> RECOMMENDATION = ordered("close", "擬解除列管", "continue", "擬繼續列管");
  static final Map<String, String> RULING = ordered("close", "准予備查，解除列管", "continue", "繼續列管");

  private Choices() {}

  public static String label(Map<String, String> choices, String value) {
    return value == null ? "" : choices.getOrDefault(value, value);
  }

  private static Map<String, String> ordered(String... pairs) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put(pairs[i], pairs[i + 1]);
    }
    return java.util.Collections.unmodifiableMap(map);
  }
}
