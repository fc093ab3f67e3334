package tw.gov.securitymeeting.specialperiod;

import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import tw.gov.securitymeeting.organization.Organization;
import tw.gov.securitymeeting.system.RocDates;

/** The plan as officers read it in a task: 「111年1月24日(星期一)至111年2月7日(星期一)，為期15日」 and the measures. */
@Component
class PlanTexts {

  private final Organization organization;

  PlanTexts(Organization organization) {
    this.organization = organization;
  }

  static String period(PlanRepository.PlanRow plan) {
    long days = java.time.temporal.ChronoUnit.DAYS.between(plan.startDate(), plan.endDate()) + 1;
    return "自" + RocDates.withWeekday(plan.startDate()) + "至" + RocDates.withWeekday(plan.endDate()) + "，為期" + days + "日";
  }

  String units(List<String> units) {
    if (units.size() == organization.units().size() && units.size() > 1) {
      return "本府各單位";
    }
    return units.stream().map(organization::unitName).collect(Collectors.joining("、"));
  }

  /** The whole plan for the approver: title, period, 任務 and every measure with its 業管單位. */
  String summary(PlanRepository.PlanRow plan, List<PlanRepository.MeasureRow> measures) {
    StringBuilder text = new StringBuilder();
    text.append(plan.title()).append("\n工作期程：").append(period(plan)).append("\n任務：").append(plan.mission()).append("\n重點措施：");
    Area area = null;
    for (PlanRepository.MeasureRow m : measures) {
      if (m.area() != area) {
        area = m.area();
        text.append("\n【").append(area.label()).append("】");
      }
      text.append("\n").append(m.seq()).append(". ").append(m.text()).append("（業管：").append(units(m.units())).append("）");
    }
    if (plan.notes() != null) {
      text.append("\n應行注意事項：").append(plan.notes());
    }
    return text.toString();
  }

  /** The measures one unit carries out. */
  String measuresOf(List<PlanRepository.MeasureRow> measures, String unit) {
    return measures.stream().filter(m -> m.units().contains(unit))
        .map(m -> m.seq() + ". 【" + m.area().label() + "】" + m.text()).collect(Collectors.joining("\n"));
  }
}
