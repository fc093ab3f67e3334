package tw.gov.securitymeeting.specialperiod;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;
import tw.gov.securitymeeting.organization.Organization;
import tw.gov.securitymeeting.system.RocDates;

/** Plans as the API, the tasks and the result report show them, read from the application's tables. */
@Component
class SpecialPeriodQueries {

  private final PlanRepository plans;
  private final DutyLogRepository duty;
  private final SituationRepository situations;
  private final SpecialPeriodPlans periodPlans;
  private final SpecialPeriodDutyTask dutyTask;
  private final Organization organization;

  SpecialPeriodQueries(PlanRepository plans, DutyLogRepository duty, SituationRepository situations,
      SpecialPeriodPlans periodPlans, SpecialPeriodDutyTask dutyTask, Organization organization) {
    this.plans = plans;
    this.duty = duty;
    this.situations = situations;
    this.periodPlans = periodPlans;
    this.dutyTask = dutyTask;
    this.organization = organization;
  }

  List<SpecialPeriodViews.Summary> list() {
    return plans.all().stream().map(p -> new SpecialPeriodViews.Summary(p.id(), p.title(), p.occasion(), p.startDate(),
        p.endDate(), PlanTexts.period(p), p.status().name(), p.status().label())).toList();
  }

  /** The whole plan; with {@code unitsOnly} only the measures and tasks of those units, and no duty log or situations. */
  Optional<SpecialPeriodViews.Plan> plan(long id, List<String> unitsOnly) {
    return plans.find(id).map(p -> view(p, unitsOnly));
  }

  private SpecialPeriodViews.Plan view(PlanRepository.PlanRow p, List<String> unitsOnly) {
    Predicate<String> shown = unit -> unitsOnly == null || unitsOnly.contains(unit);
    List<PlanRepository.ResultRow> results = plans.results(p.id());
    List<SpecialPeriodViews.Measure> measures = plans.measures(p.id()).stream()
        .filter(m -> m.units().stream().anyMatch(shown))
        .map(m -> new SpecialPeriodViews.Measure(m.id(), m.seq(), m.area().name(), m.area().label(), m.text(),
            m.units().stream().map(u -> new SpecialPeriodViews.Unit(u, organization.unitName(u))).toList(),
            results.stream().filter(r -> r.measureId() == m.id() && shown.test(r.unitId()))
                .map(r -> new SpecialPeriodViews.Result(r.unitId(), organization.unitName(r.unitId()), r.result(), r.reportedBy(),
                    r.reportedAt())).toList()))
        .toList();
    List<SpecialPeriodViews.SpecialPeriodUnitTask> tasks = plans.unitTasks(p.id()).stream().filter(t -> shown.test(t.unitId()))
        .map(t -> new SpecialPeriodViews.SpecialPeriodUnitTask(t.step(), t.unitId(), organization.unitName(t.unitId()), t.dueDate(),
            RocDates.withWeekday(t.dueDate()), t.note(), t.completedBy(), t.completedAt())).toList();
    return new SpecialPeriodViews.Plan(p.id(), p.processInstanceId(), p.title(), p.occasion(), p.startDate(), p.endDate(),
        PlanTexts.period(p), p.status().name(), p.status().label(), p.mission(), p.notes(), p.coordination(), p.contacts(),
        p.copiedFrom(), p.returnReason(), p.approvedAt(), periodPlans.dispatchDueDate(p),
        RocDates.withWeekday(periodPlans.dispatchDueDate(p)), periodPlans.reportDueDate(p),
        RocDates.withWeekday(periodPlans.reportDueDate(p)), p.summary(), p.reviewComment(), p.reviewedAt(), measures, tasks,
        unitsOnly == null ? dutyLog(p.id()) : null, unitsOnly == null ? situations(p.id()) : null);
  }

  SpecialPeriodViews.DutyLog dutyLog(long planId) {
    List<SpecialPeriodViews.DutyDay> days = duty.days(planId).stream()
        .map(d -> new SpecialPeriodViews.DutyDay(d.dutyDate(), dutyTask.dayText(d.dutyDate()), d.recorded(), d.checkedAreas(),
            d.anomalies(), d.onDuty(), d.recordedBy(), d.recordedAt(), d.escalatedAt() != null)).toList();
    int recorded = (int) days.stream().filter(SpecialPeriodViews.DutyDay::recorded).count();
    int anomalies = (int) days.stream().filter(d -> d.recorded() && d.anomalies() != null && !"無".equals(d.anomalies())).count();
    int missed = (int) days.stream().filter(SpecialPeriodViews.DutyDay::escalated).count();
    return new SpecialPeriodViews.DutyLog(days.size(), recorded, missed, anomalies, days);
  }

  List<SpecialPeriodViews.Situation> situations(long planId) {
    return situations.ofPlan(planId).stream().map(this::situation).toList();
  }

  SpecialPeriodViews.Situation situation(SituationRepository.SituationRow s) {
    return new SpecialPeriodViews.Situation(s.id(), s.kind().name(), s.kind().label(), s.ownAgency(), s.description(), s.place(),
        s.occurredAt(), RocDates.format(s.occurredAt()), s.unitId(), organization.unitName(s.unitId()), s.reporter(),
        s.notifiedAuthority(), s.authorityNotifiedTo(), s.authorityNotifiedAt(), s.authorityReference(),
        s.evidenceProcessInstance(), s.evidenceBusinessKey(),
        situations.events(s.id()).stream().map(e -> new SpecialPeriodViews.Event(e.at(), RocDates.format(e.at()), e.what(), e.note(),
            e.by())).toList());
  }

  /** What the compiler and the chair read in their task: how far the plan came. */
  String overview(long planId) {
    PlanRepository.PlanRow p = plans.find(planId).orElseThrow();
    SpecialPeriodViews.Plan plan = view(p, null);
    long reported = plan.measures().stream().mapToLong(m -> m.results().size()).sum();
    long expected = plan.measures().stream().mapToLong(m -> m.units().size()).sum();
    SpecialPeriodViews.DutyLog log = plan.dutyLog();
    return "重點措施 " + plan.measures().size() + " 項，各業管單位已填報執行情形 " + reported + "／" + expected + " 筆。\n"
        + "值勤巡查紀錄：工作期程 " + log.days() + " 日，已登錄 " + log.recorded() + " 日，逾時陳報 " + log.missed() + " 日，有異常狀況 "
        + log.withAnomalies() + " 日。\n"
        + "狀況通報 " + plan.situations().size() + " 件。";
  }
}
