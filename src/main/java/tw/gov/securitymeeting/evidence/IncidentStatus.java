package tw.gov.securitymeeting.evidence;

/** Where an incident stands. */
enum IncidentStatus {
  NOTIFYING("通報中"),
  FORMING("成立小組中"),
  HANDLING("保全與復原中"),
  CUSTODY("證物移交中"),
  REPORTING("撰寫報告中"),
  REVIEWING("審核報告中"),
  CLOSED("已結案");

  private final String label;

  IncidentStatus(String label) {
    this.label = label;
  }

  String label() {
    return label;
  }
}
