package tw.gov.securitymeeting.specialperiod;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import tw.gov.securitymeeting.mail.MailOutbox;
import tw.gov.securitymeeting.mail.MailTemplates;
import tw.gov.securitymeeting.mail.OutgoingMail;
import tw.gov.securitymeeting.organization.Organization;
import tw.gov.securitymeeting.system.RocDates;

/**
 * 陸、狀況通報 by mail: this agency's major situation goes at once to the head (the chair) and 政風處
 * ({@code mail = head}); another agency's is copied to 政風處 ({@code mail = copy}).
 */
@Component("specialPeriodSituationMail")
class SpecialPeriodSituationMail implements JavaDelegate {

  private final SpecialPeriodSituations routing;
  private final SituationRepository situations;
  private final PlanRepository plans;
  private final Organization organization;
  private final MailOutbox outbox;
  private final MailTemplates templates;

  SpecialPeriodSituationMail(SpecialPeriodSituations routing, SituationRepository situations, PlanRepository plans,
      Organization organization, MailOutbox outbox, MailTemplates templates) {
    this.routing = routing;
    this.situations = situations;
    this.plans = plans;
    this.organization = organization;
    this.outbox = outbox;
    this.templates = templates;
  }

  @Override
  public void execute(DelegateExecution execution) {
    SituationRepository.SituationRow s = routing.situation(execution);
    boolean head = "head".equals(execution.getVariable("mail"));
    String secretariat = organization.unitName(organization.secretariat());
    List<String> recipients = new ArrayList<>();
    if (head) {
      organization.users().stream().filter(u -> u.groups() != null && u.groups().contains(organization.chairGroup()))
          .map(Organization.Member::email).forEach(recipients::add);
    }
    organization.unit(organization.secretariat()).map(Organization.Unit::email).filter(m -> !recipients.contains(m))
        .ifPresent(recipients::add);
    String addressees = head ? "首長、" + secretariat : secretariat;
    String intro = head ? "本機關發生重大危安狀況，特此立即報告。" : "其他機關之危安預警資料，獲知單位已通報該主管機關，副知" + secretariat + "。";
    String plan = plans.find(s.planId()).map(PlanRepository.PlanRow::title).orElse("");
    MailTemplates.Body body = templates.render("special-period-situation", Map.of("addressees", addressees, "intro", intro,
        "plan", plan, "kind", s.kind().label(), "occurredAt", RocDates.format(s.occurredAt()), "place", s.place(),
        "description", s.description(), "unit", organization.unitName(s.unitId()), "reporter", s.reporter(),
        "authorityLine", head ? "" : "已通報之主管機關：" + s.notifiedAuthority()));
    String subject = (head ? "【重大危安狀況】" : "【危安狀況副知】") + s.kind().label() + "：" + abbreviated(s.description());
    outbox.enqueue(new OutgoingMail("special-period-situation-" + s.id() + "-" + (head ? "head" : "copy"),
        "special-period-situation", null, execution.getProcessInstanceId(), recipients, subject, body.text(), body.html()));
    situations.event(s.id(), head ? "已報告首長並通報" + secretariat : "已副知" + secretariat, "通知：" + String.join("、", recipients),
        null, RocDates.now());
  }

  private static String abbreviated(String text) {
    return text.length() > 40 ? text.substring(0, 40) + "…" : text;
  }
}
