package tw.gov.securitymeeting.specialperiod;

import java.util.Arrays;
import java.util.Optional;

/** The three areas of 叁、重點措施 in seed 004. */
enum Area {
  SECRECY("公務機密維護"),
  SECURITY("機關安全維護"),
  OTHER("其他協助機關辦理事項");

  private final String label;

  Area(String label) {
    this.label = label;
  }

  String label() {
    return label;
  }

  static Optional<Area> of(String code) {
    return Arrays.stream(values()).filter(a -> a.name().equalsIgnoreCase(code == null ? "" : code.strip())).findFirst();
  }
}
