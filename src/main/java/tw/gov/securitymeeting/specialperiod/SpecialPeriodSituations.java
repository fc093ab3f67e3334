package tw.gov.securitymeeting.specialperiod;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import tw.gov.securitymeeting.system.RocDates;

/**
 * What special-period-situation.bpmn asks about its report: the routing of 陸、狀況通報 and who follows it
 * up. Read from the situation's row (found by the process instance), never from process variables.
 */
@Component("specialPeriodSituations")
public class SpecialPeriodSituations {

  private final SituationRepository situations;
  private final SpecialPeriodProperties properties;

  SpecialPeriodSituations(SituationRepository situations, SpecialPeriodProperties properties) {
    this.situations = situations;
    this.properties = properties;
  }

  SituationRepository.SituationRow situation(DelegateExecution execution) {
    return situations.byProcessInstance(execution.getProcessInstanceId())
        .orElseThrow(() -> new IllegalStateException("流程 " + execution.getProcessInstanceId() + " 沒有對應的狀況通報"));
  }

  public boolean ownAgency(DelegateExecution execution) {
    return situation(execution).ownAgency();
  }

  public String kind(DelegateExecution execution) {
    return situation(execution).kind().name();
  }

  /** 資安 situations with the decision to start the digital-evidence process. */
  public boolean evidenceWanted(DelegateExecution execution) {
    return situation(execution).evidenceLevel() != null;
  }

  /** The unit that learned of it, and 政風處 (configurable). */
  public List<String> groups(DelegateExecution execution) {
    List<String> groups = new ArrayList<>(List.of(situation(execution).unitId()));
    properties.situationGroups().stream().filter(g -> !groups.contains(g)).forEach(groups::add);
    return groups;
  }

  public java.util.Date today() {
    return RocDates.endOfDay(RocDates.today());
  }
}
