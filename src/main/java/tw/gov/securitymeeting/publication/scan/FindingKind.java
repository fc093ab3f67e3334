package tw.gov.securitymeeting.publication.scan;

/**
 * What the pre-publication scan found. Each kind carries its zh-TW label for the review screen and
 * whether it blocks approval on its own.
 */
public enum FindingKind {

  NATIONAL_ID("身分證統一編號", false),
  RESIDENT_CERTIFICATE("居留證統一證號", false),
  MOBILE_PHONE("行動電話", false),
  LANDLINE_PHONE("室內電話", false),
  EMAIL("電子郵件", false),
  BIRTH_DATE("出生日期", false),
  DOCUMENT_AUTHOR("文件作者資訊", false),
  COMMENT("註解", false),
  TRACKED_CHANGE("追蹤修訂", false),
  HIDDEN_SHEET("隱藏工作表", false),
  HIDDEN_ROW_OR_COLUMN("隱藏列或欄", false),
  HIDDEN_TEXT("隱藏文字", false),
  UNREADABLE("檔案無法讀取", true),
  TYPE_MISMATCH("檔案類型不符", true);

  private final String label;
  private final boolean blocksApproval;

  FindingKind(String label, boolean blocksApproval) {
    this.label = label;
    this.blocksApproval = blocksApproval;
  }

  /** The zh-TW label shown to reviewers, e.g. 「身分證統一編號」. */
  public String label() {
    return label;
  }

  /** True when a single finding of this kind is enough to refuse approval. */
  public boolean blocksApproval() {
    return blocksApproval;
  }
}
