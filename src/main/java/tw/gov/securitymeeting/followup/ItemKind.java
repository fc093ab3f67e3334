package tw.gov.securitymeeting.followup;

/** What kind of decision a tracked item comes from. */
public enum ItemKind {
  PROPOSAL("提案"),
  AD_HOC_MOTION("臨時動議"),
  INSTRUCTION("主席裁示"),
  RESOLUTION("決議事項");

  private final String label;

  ItemKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
