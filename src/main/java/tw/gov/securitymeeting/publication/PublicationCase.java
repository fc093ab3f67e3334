package tw.gov.securitymeeting.publication;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import tw.gov.securitymeeting.system.RocDates;

/**
 * The notice a process instance reviews, read from the register by the instance's id (which the engine sets),
 * never from process variables: a person completing a task can write any of those. The BPMN asks it who the
 * drafter is, when the notice is due and whether it is for an event site.
 */
@Component("publicationCase")
public class PublicationCase {

  private final PublicationRepository repository;

  PublicationCase(PublicationRepository repository) {
    this.repository = repository;
  }

  PublicationRepository.Row of(String processInstanceId) {
    return repository.findByProcessInstance(processInstanceId)
        .orElseThrow(() -> new IllegalStateException("流程 " + processInstanceId + " 沒有對應的公告複核案件。"));
  }

  PublicationRepository.Row of(DelegateExecution execution) {
    return of(execution.getProcessInstanceId());
  }

  PublicationRepository.Row of(DelegateTask task) {
    return of(task.getProcessInstanceId());
  }

  /** Who sent the notice: the assignee of 「修正公告內容」 and 「上網公告」. */
  public String drafter(DelegateExecution execution) {
    return of(execution).drafter();
  }

  /** Review, revision and posting are due at the end of the desired publication date. */
  public Date publishBy(DelegateExecution execution) {
    return RocDates.endOfDay(of(execution).desiredDate());
  }

  /** The publishing unit: the group of 「撤除活動網站」. */
  public String unit(DelegateExecution execution) {
    return of(execution).unit();
  }

  /** A notice with an event end date is for an event site, to be taken down. */
  public boolean eventSite(DelegateExecution execution) {
    return of(execution).eventEndDate() != null;
  }
}
