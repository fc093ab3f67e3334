package tw.gov.securitymeeting.specialperiod;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of 危安狀況 and where 陸、狀況通報 sends each. */
enum SituationKind {
  SECURITY("機關安全", null),
  SECRECY("公務機密", null),
  CYBER("資安", "調查站"),
  NATIONAL_SECURITY("危害國家安全", "調查站"),
  PUBLIC_ORDER("社會治安", "警察機關");

  private final String label;
  private final String authority;

  SituationKind(String label, String authority) {
    this.label = label;
    this.authority = authority;
  }

  String label() {
    return label;
  }

  /** Who must be told besides the agency's own line (調查站 or the police), or null. */
  String authority() {
    return authority;
  }

  static Optional<SituationKind> of(String code) {
    return Arrays.stream(values()).filter(k -> k.name().equalsIgnoreCase(code == null ? "" : code.strip())).findFirst();
  }
}
