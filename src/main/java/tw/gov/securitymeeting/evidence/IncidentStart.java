package tw.gov.securitymeeting.evidence;

import java.util.Date;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.gov.securitymeeting.system.BusinessKeys;
import tw.gov.securitymeeting.system.CurrentUser;
import tw.gov.securitymeeting.system.RocDates;

/**
 * The one way an incident enters the process, from the API and from Tasklist's start form alike: a checked
 * report ({@link ValidIncident}) is stored with its deadlines and the signed-in user as reporter, and its
 * process runs with the incident's id as business key; the process reads the incident ({@link IncidentCase}).
 * One transaction: if the process cannot start, nothing is stored.
 */
@Service
class IncidentStart {

  private static final String KEY_PREFIX = "incident";

  private final IncidentRepository incidents;
  private final EvidencePolicy policy;
  private final RuntimeService runtimeService;
  private final CurrentUser currentUser;

  IncidentStart(IncidentRepository incidents, EvidencePolicy policy, RuntimeService runtimeService, CurrentUser currentUser) {
    this.incidents = incidents;
    this.policy = policy;
    this.runtimeService = runtimeService;
    this.currentUser = currentUser;
  }

  /** From the API: stores the incident, then starts its process. */
  @Transactional
  IncidentViews.Registered report(ValidIncident incident) {
    long id = register(incident);
    ProcessInstance instance = runtimeService.startProcessInstanceByKey(EvidenceGrants.PROCESS, businessKey(id));
    IncidentRepository.IncidentRow row = incidents.find(id).orElseThrow();
    return new IncidentViews.Registered(id, instance.getId(), row.notifyDeadline(), row.recoveryDeadline());
  }

  /** Stores a checked report with both deadlines, counted from the awareness time. */
  long register(ValidIncident incident) {
    Date notifyDeadline = policy.notifyDeadline(incident.awareAt());
    Date recoveryDeadline = policy.recoveryDeadline(incident.awareAt(), incident.level());
    return incidents.insert(incident, notifyDeadline.toInstant(), recoveryDeadline.toInstant(), currentUser.id(), RocDates.now());
  }

  static String businessKey(long id) {
    return BusinessKeys.of(KEY_PREFIX, id);
  }

  /** The record's id in a business key this class made; null for any other key. */
  static Long idOf(String businessKey) {
    return BusinessKeys.idOf(KEY_PREFIX, businessKey);
  }
}
