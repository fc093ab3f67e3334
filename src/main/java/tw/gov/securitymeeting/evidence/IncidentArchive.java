package tw.gov.securitymeeting.evidence;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import tw.gov.securitymeeting.system.RocDates;

/** 「結案歸檔」: the approved case is closed; its record, evidence and chain stay as they are. */
@Component("incidentArchive")
public class IncidentArchive {

  private final IncidentRepository incidents;
  private final IncidentCase incidentCase;

  IncidentArchive(IncidentRepository incidents, IncidentCase incidentCase) {
    this.incidents = incidents;
    this.incidentCase = incidentCase;
  }

  public void close(DelegateExecution execution) {
    long id = incidentCase.of(execution).id();
    incidents.close(id, RocDates.now());
    incidents.event(id, "incident-archived", "結案歸檔", RocDates.now(), null, null);
  }
}
