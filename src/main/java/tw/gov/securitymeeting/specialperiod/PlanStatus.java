package tw.gov.securitymeeting.specialperiod;

/** Where a plan stands, with the label officers read. */
enum PlanStatus {
  PENDING_APPROVAL("待核定"),
  RETURNED("退回修正"),
  APPROVED("已核定實施"),
  REPORTING("填報執行情形"),
  COMPILING("彙整成果報告"),
  REVIEWING("首長核閱中"),
  CLOSED("已核閱結案");

  private final String label;

  PlanStatus(String label) {
    this.label = label;
  }

  String label() {
    return label;
  }
}
