package tw.gov.securitymeeting.evidence;

import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import tw.gov.securitymeeting.organization.Organization;
import tw.gov.securitymeeting.system.RocDates;

/**
 * The incident a process instance handles, read from app_incident by the instance's id (which the engine
 * sets), never from process variables: a person completing a task can write any of those. The BPMN asks it
 * who works each step, the deadlines and whether the level calls for a response meeting.
 */
@Component("incidentCase")
public class IncidentCase {

  private final IncidentRepository incidents;
  private final EvidencePolicy policy;
  private final Organization organization;

  IncidentCase(IncidentRepository incidents, EvidencePolicy policy, Organization organization) {
    this.incidents = incidents;
    this.policy = policy;
    this.organization = organization;
  }

  IncidentRepository.IncidentRow of(String processInstanceId) {
    return incidents.findByProcessInstance(processInstanceId)
        .orElseThrow(() -> new IllegalStateException("流程 " + processInstanceId + " 沒有對應的資安事件。"));
  }

  IncidentRepository.IncidentRow of(DelegateExecution execution) {
    return of(execution.getProcessInstanceId());
  }

  /** The candidate groups of a step, with {unit} as the incident's unit: comma-separated, as Camunda wants them. */
  public String groups(String step, DelegateExecution execution) {
    return String.join(",", policy.groupList(step, of(execution).unitId()));
  }

  /** The task force's members, the candidate users of the steps after 「成立數位證據保全小組」. */
  public List<String> members(DelegateExecution execution) {
    return of(execution).members();
  }

  public boolean needsMeeting(DelegateExecution execution) {
    return policy.needsMeeting(of(execution).level());
  }

  public Date notifyDeadline(DelegateExecution execution) {
    return Date.from(of(execution).notifyDeadline());
  }

  public Date recoveryDeadline(DelegateExecution execution) {
    return Date.from(of(execution).recoveryDeadline());
  }

  /** 「資安事件 7（第 2 級，教育處）：…」: the tasks' description and the Tasklist column. */
  String summary(IncidentRepository.IncidentRow incident) {
    return "資安事件 " + incident.id() + "（第 " + incident.level() + " 級，" + organization.unitName(incident.unitId()) + "）："
        + incident.description() + "；知悉時間 " + RocDates.dateTime(incident.awareAt()) + "；受影響系統：" + incident.systems();
  }
}
