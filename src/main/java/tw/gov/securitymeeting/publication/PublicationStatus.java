package tw.gov.securitymeeting.publication;

/** Where a notice stands in the pre-publication review; the register's {@code status}. */
enum PublicationStatus {
  SCANNING("檢查中"),
  IN_REVIEW("待複核"),
  RETURNED("退回修正"),
  APPROVED("已核可，待上網"),
  REJECTED("不予上網"),
  PUBLISHED("已上網公告"),
  TAKE_DOWN_DUE("待撤除活動網站"),
  TAKEN_DOWN("已撤除");

  private final String label;

  PublicationStatus(String label) {
    this.label = label;
  }

  String label() {
    return label;
  }
}
