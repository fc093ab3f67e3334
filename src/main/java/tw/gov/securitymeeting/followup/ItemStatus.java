package tw.gov.securitymeeting.followup;

/** Where a tracked item stands. */
public enum ItemStatus {
  OPEN("列管中（待單位填報）"),
  AWAITING_SECRETARIAT("待幕僚單位彙整"),
  AWAITING_CHAIR("待主席裁示"),
  CLOSED("已解除列管");

  private final String label;

  ItemStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
