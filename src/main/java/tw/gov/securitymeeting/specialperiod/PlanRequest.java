package tw.gov.securitymeeting.specialperiod;

import java.util.List;

/** A plan as a client or a form sends it; dates ISO (YYYY-MM-DD). */
record PlanRequest(
    String title, String occasion, String startDate, String endDate, String mission, List<Measure> measures,
    String notes, String coordination, String contacts) {

  /** One measure: its area (SECRECY, SECURITY, OTHER), the text and the 業管單位 ("all" for every unit). */
  record Measure(String area, String text, List<String> units) {}
}
