package tw.gov.securitymeeting.evidence;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import tw.gov.securitymeeting.organization.FilterColumns;
import tw.gov.securitymeeting.organization.Organization;
import tw.gov.securitymeeting.system.CurrentUser;
import tw.gov.securitymeeting.system.FieldProblem;
import tw.gov.securitymeeting.system.RocDates;

/**
 * What every step of digital-evidence-preservation.bpmn does besides its own answer: on create it takes its
 * name from the configuration, describes the incident for Tasklist, enters the timeline and sets the
 * incident's status; on complete it notes who completed it and when. The incident is read by process instance.
 */
@Component
class EvidenceSteps {

  static final int MAX_TEXT = 4000;

  private final EvidencePolicy policy;
  private final IncidentRepository incidents;
  private final IncidentCase incidentCase;
  private final Organization organization;
  private final CurrentUser currentUser;

  EvidenceSteps(EvidencePolicy policy, IncidentRepository incidents, IncidentCase incidentCase, Organization organization,
      CurrentUser currentUser) {
    this.policy = policy;
    this.incidents = incidents;
    this.incidentCase = incidentCase;
    this.organization = organization;
    this.currentUser = currentUser;
  }

  /** The incident of the task's process instance. */
  IncidentRepository.IncidentRow incident(DelegateTask task) {
    return incidentCase.of(task.getProcessInstanceId());
  }

  IncidentRepository.IncidentRow created(DelegateTask task, IncidentStatus status) {
    IncidentRepository.IncidentRow incident = incident(task);
    String summary = incidentCase.summary(incident);
    task.setName(policy.stepName(task.getTaskDefinitionKey(), task.getName()));
    task.setDescription(summary);
    FilterColumns.set(task, summary, "資安事件數位證據保全", organization.unitName(incident.unitId()));
    incidents.stepCreated(incident.id(), task.getId(), task.getTaskDefinitionKey(), task.getName(), RocDates.now(),
        task.getDueDate() == null ? null : task.getDueDate().toInstant());
    incidents.setStatus(incident.id(), status);
    return incident;
  }

  void completed(DelegateTask task) {
    incidents.stepCompleted(task.getId(), currentUser.id(), RocDates.now());
  }

  /** The problems of an API request as fields of a form: handedBy → custodyHandedBy. */
  static List<FieldProblem> prefixed(String prefix, List<FieldProblem> problems) {
    return problems.stream()
        .map(p -> new FieldProblem(prefix + Character.toUpperCase(p.field().charAt(0)) + p.field().substring(1), p.message()))
        .toList();
  }
}
