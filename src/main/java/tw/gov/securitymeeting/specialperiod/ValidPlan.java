package tw.gov.securitymeeting.specialperiod;

import java.time.LocalDate;
import java.util.List;

/** A checked plan: the period holds, every measure has a text, an area and known units. */
record ValidPlan(
    String title, String occasion, LocalDate startDate, LocalDate endDate, String mission, List<Measure> measures,
    String notes, String coordination, String contacts) {

  record Measure(Area area, String text, List<String> units) {}
}
