package tw.gov.securitymeeting.reminder;

/** The kinds of reminder mail, as recorded with each mail. */
public enum ReminderKind {
  BEFORE_DUE("即將到期"),
  DUE("今日到期"),
  OVERDUE("已逾期"),
  DIGEST("每週列管摘要");

  private final String label;

  ReminderKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
