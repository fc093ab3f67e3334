package tw.gov.securitymeeting.evidence;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import tw.gov.securitymeeting.organization.Organization;
import tw.gov.securitymeeting.system.CurrentUser;
import tw.gov.securitymeeting.system.InvalidRequestException;
import tw.gov.securitymeeting.system.RocDates;

/**
 * 「登錄資安事件」: checks the report (from the Tasklist start form or {@code POST /api/incidents}),
 * records the incident and computes the deadlines from the awareness time. Runs in the start's
 * transaction, so a refused report starts nothing.
 */
@Component("registerIncidentDelegate")
class RegisterIncidentDelegate implements JavaDelegate {

  private final IncidentValidator validator;
  private final IncidentRepository incidents;
  private final EvidencePolicy policy;
  private final Organization organization;
  private final CurrentUser currentUser;

  RegisterIncidentDelegate(IncidentValidator validator, IncidentRepository incidents, EvidencePolicy policy,
      Organization organization, CurrentUser currentUser) {
    this.validator = validator;
    this.incidents = incidents;
    this.policy = policy;
    this.organization = organization;
    this.currentUser = currentUser;
  }

  @Override
  public void execute(DelegateExecution execution) {
    IncidentRequest request = new IncidentRequest(
        Inputs.text(execution, "description"), time(execution, "occurredAt"), time(execution, "awareAt"),
        Inputs.text(execution, "systems"), reporter(execution), Inputs.text(execution, "unit"), execution.getVariable("level"));
    ValidIncident incident;
    try {
      incident = validator.validate(request);
    } catch (InvalidRequestException refused) {
      throw Inputs.refusal(refused.problems());
    }
    Date notifyDeadline = policy.notifyDeadline(incident.awareAt());
    Date recoveryDeadline = policy.recoveryDeadline(incident.awareAt(), incident.level());
    long id = incidents.insert(incident, notifyDeadline.toInstant(), recoveryDeadline.toInstant(), currentUser.id(), RocDates.now());
    incidents.setProcessInstance(id, execution.getProcessInstanceId());
    incidents.event(id, "incident-reported", "通報資安事件", RocDates.now(), null,
        "知悉時間 " + RocDates.dateTime(incident.awareAt()) + "，第 " + incident.level() + " 級");
    execution.setProcessBusinessKey("incident-" + id);
    execution.setVariable("incidentId", id);
    execution.setVariable("level", incident.level());
    execution.setVariable("unit", incident.unitId());
    execution.setVariable("unitName", organization.unitName(incident.unitId()));
    execution.setVariable("notifyDeadline", notifyDeadline);
    execution.setVariable("recoveryDeadline", recoveryDeadline);
    execution.setVariable("incidentSummary", summary(id, incident));
  }

  private String summary(long id, ValidIncident incident) {
    return "資安事件 " + id + "（第 " + incident.level() + " 級，" + organization.unitName(incident.unitId()) + "）："
        + incident.description() + "；知悉時間 " + RocDates.dateTime(incident.awareAt()) + "；受影響系統：" + incident.systems();
  }

  private String reporter(DelegateExecution execution) {
    String reporter = Inputs.text(execution, "reporter");
    if (reporter == null && currentUser.id() != null) {
      return organization.user(currentUser.id()).map(u -> u.name()).orElse(currentUser.id());
    }
    return reporter;
  }

  /** A time as the form sent it (ISO text) or as a Java client did (a Date). */
  private static String time(DelegateExecution execution, String name) {
    Object value = execution.getVariable(name);
    if (value instanceof Date date) {
      return date.toInstant().toString();
    }
    return Inputs.text(value);
  }
}
