package tw.gov.securitymeeting.evidence;

import java.util.ArrayList;
import java.util.Date;
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
 * 「通報逾時陳報」 and 「復原逾時陳報」: a deadline passed with the step still open. Mails the
 * affected unit's head and the escalation groups (default 政風處) and notes it in the timeline.
 */
@Component("evidenceEscalation")
class EvidenceEscalation implements JavaDelegate {

  private final IncidentRepository incidents;
  private final IncidentCase incidentCase;
  private final EvidencePolicy policy;
  private final Organization organization;
  private final MailOutbox outbox;
  private final MailTemplates templates;

  EvidenceEscalation(IncidentRepository incidents, IncidentCase incidentCase, EvidencePolicy policy, Organization organization, MailOutbox outbox,
      MailTemplates templates) {
    this.incidents = incidents;
    this.incidentCase = incidentCase;
    this.policy = policy;
    this.organization = organization;
    this.outbox = outbox;
    this.templates = templates;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // The service task's input parameter, set by the BPMN.
    String kind = (String) execution.getVariableLocal("escalation");
    boolean notify = "notify".equals(kind);
    IncidentRepository.IncidentRow incident = incidentCase.of(execution);
    long incidentId = incident.id();
    String unit = incident.unitId();
    Date deadline = Date.from(notify ? incident.notifyDeadline() : incident.recoveryDeadline());
    String step = notify ? policy.stepName("notify-incident", "通報資安事件") : policy.stepName("contain-and-recover", "控制損害並復原");
    String subject = "【逾時】資安事件 " + incidentId + " 未於期限內完成「" + step + "」";
    MailTemplates.Body body = templates.render("evidence-escalation", Map.of("addressees", addressees(unit),
        "incidentId", incidentId, "step", step, "summary", incidentCase.summary(incident),
        "deadline", RocDates.dateTime(deadline.toInstant()), "tasklist", templates.tasklist()));
    List<String> recipients = recipients(unit);
    outbox.enqueue(new OutgoingMail("evidence-" + kind + "-" + execution.getProcessInstanceId(), "evidence-escalation", null,
        execution.getProcessInstanceId(), recipients, subject, body.text(), body.html()));
    incidents.event(incidentId, "escalation-" + kind, step + "逾時陳報", RocDates.now(), deadline.toInstant(),
        "已通知：" + String.join("、", recipients));
  }

  /** 「教育處主管、政風處」: whom the mail greets. */
  private String addressees(String unit) {
    List<String> names = new ArrayList<>(List.of(organization.unitName(unit) + "主管"));
    policy.groupList("escalation", unit).stream().filter(g -> !g.equals(unit)).map(organization::unitName).forEach(names::add);
    return String.join("、", names);
  }

  /** The affected unit's head and every escalation group's mailbox. */
  List<String> recipients(String unit) {
    List<String> mails = new ArrayList<>();
    organization.headEmail(unit).ifPresent(mails::add);
    for (String group : policy.groupList("escalation", unit)) {
      organization.unit(group).map(Organization.Unit::email).filter(m -> !mails.contains(m)).ifPresent(mails::add);
    }
    return mails;
  }
}
