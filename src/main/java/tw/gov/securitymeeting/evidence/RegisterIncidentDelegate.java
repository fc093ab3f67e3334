package tw.gov.securitymeeting.evidence;

import java.util.Date;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import tw.gov.securitymeeting.organization.Organization;
import tw.gov.securitymeeting.system.CurrentUser;
import tw.gov.securitymeeting.system.InvalidRequestException;
import tw.gov.securitymeeting.system.RocDates;
import tw.gov.securitymeeting.system.SubmittedValues;

/**
 * 「登錄資安事件」 links the process to its incident. Started by the API, the business key names an incident
 * just stored by the same user and not yet handled. Started from Tasklist's start form, the report is checked
 * with the API's rules and stored here. No variable a caller sends ({@code incidentId}, …) is trusted. Runs in
 * the start's transaction, so a refused report starts nothing.
 */
@Component("registerIncidentDelegate")
class RegisterIncidentDelegate implements JavaDelegate {

  private final IncidentValidator validator;
  private final IncidentStart start;
  private final IncidentRepository incidents;
  private final IncidentCase incidentCase;
  private final Organization organization;
  private final CurrentUser currentUser;

  RegisterIncidentDelegate(IncidentValidator validator, IncidentStart start, IncidentRepository incidents,
      IncidentCase incidentCase, Organization organization, CurrentUser currentUser) {
    this.validator = validator;
    this.start = start;
    this.incidents = incidents;
    this.incidentCase = incidentCase;
    this.organization = organization;
    this.currentUser = currentUser;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String businessKey = execution.getProcessBusinessKey();
    long id = businessKey == null ? fromStartForm(execution) : fromApi(businessKey);
    incidents.setProcessInstance(id, execution.getProcessInstanceId());
    IncidentRepository.IncidentRow incident = incidents.find(id).orElseThrow();
    incidents.event(id, "incident-reported", "登錄資安事件", RocDates.now(), null,
        "知悉時間 " + RocDates.dateTime(incident.awareAt()) + "，第 " + incident.level() + " 級");
    execution.setProcessBusinessKey(IncidentStart.businessKey(id));
    // What the forms show; nothing reads these back.
    execution.setVariable("incidentId", id);
    execution.setVariable("unit", incident.unitId());
    execution.setVariable("unitName", organization.unitName(incident.unitId()));
    execution.setVariable("incidentSummary", incidentCase.summary(incident));
  }

  /** An incident the API stored in this transaction for the same user. */
  private long fromApi(String businessKey) {
    Long id = IncidentStart.idOf(businessKey);
    IncidentRepository.IncidentRow row = id == null ? null : incidents.find(id).orElse(null);
    String user = currentUser.id();
    if (row == null || row.processInstanceId() != null || (user != null && !Objects.equals(user, row.reportedBy()))) {
      throw SubmittedValues.refusal("businessKey", "資安事件只能從任務清單的「通報資安事件」或資安事件 API 通報，不能指定案件編號。");
    }
    return row.id();
  }

  private long fromStartForm(DelegateExecution execution) {
    IncidentRequest request = new IncidentRequest(
        SubmittedValues.text(execution, "description"), time(execution, "occurredAt"), time(execution, "awareAt"),
        SubmittedValues.text(execution, "systems"), reporter(execution), SubmittedValues.text(execution, "unit"),
        execution.getVariable("level"));
    try {
      return start.register(validator.validate(request));
    } catch (InvalidRequestException refused) {
      throw SubmittedValues.refusal(refused.problems());
    }
  }

  /** The reporter's name as written, else the signed-in user's. */
  private String reporter(DelegateExecution execution) {
    String reporter = SubmittedValues.text(execution, "reporter");
    if (reporter == null && currentUser.id() != null) {
      return organization.userName(currentUser.id());
    }
    return reporter;
  }

  /** A time as the form sent it (ISO text) or as a Java client did (a Date). */
  private static String time(DelegateExecution execution, String name) {
    Object value = execution.getVariable(name);
    return value instanceof Date date ? date.toInstant().toString() : SubmittedValues.text(value);
  }
}
