package tw.gov.securitymeeting.specialperiod;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What /api/special-periods answers. Dates ISO, with their ROC text beside them. */
final class SpecialPeriodViews {

  private SpecialPeriodViews() {}

  record Started(long id, String processInstanceId, String title, LocalDate startDate, LocalDate endDate, String period) {}

  record Summary(long id, String title, String occasion, LocalDate startDate, LocalDate endDate, String period, String status,
      String statusLabel) {}

  record Unit(String id, String name) {}

  record Result(String unit, String unitName, String result, String reportedBy, Instant reportedAt) {}

  record Measure(long id, int seq, String area, String areaLabel, String text, List<Unit> units, List<Result> results) {}

  record SpecialPeriodUnitTask(String step, String unit, String unitName, LocalDate dueDate, String dueDateText, String note,
      String completedBy, Instant completedAt) {}

  record DutyDay(LocalDate date, String dateText, boolean recorded, String checkedAreas, String anomalies, String onDuty,
      String recordedBy, Instant recordedAt, boolean escalated) {}

  record DutyLog(int days, int recorded, int missed, int withAnomalies, List<DutyDay> entries) {}

  record Event(Instant at, String atText, String what, String note, String by) {}

  record Situation(long id, String kind, String kindLabel, boolean ownAgency, String description, String place,
      Instant occurredAt, String occurredAtText, String unit, String unitName, String reporter, String notifiedAuthority,
      String authorityNotifiedTo, Instant authorityNotifiedAt, String authorityReference, String evidenceProcessInstance,
      String evidenceBusinessKey, List<Event> timeline) {}

  record Plan(long id, String processInstanceId, String title, String occasion, LocalDate startDate, LocalDate endDate,
      String period, String status, String statusLabel, String mission, String notes, String coordination, String contacts,
      Long copiedFrom, String returnReason, Instant approvedAt, LocalDate dispatchDue, String dispatchDueText,
      LocalDate reportDue, String reportDueText, String summary, String reviewComment, Instant reviewedAt,
      List<Measure> measures, List<SpecialPeriodUnitTask> unitTasks, DutyLog dutyLog, List<Situation> situations) {}
}
