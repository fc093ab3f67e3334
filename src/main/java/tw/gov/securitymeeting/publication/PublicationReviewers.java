package tw.gov.securitymeeting.publication;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import tw.gov.securitymeeting.organization.Organization;

/**
 * Who reviews a notice (「複核上網資訊」): the publishing unit's head, and the configured reviewer group if any.
 * The drafter is never offered the task. When the drafter is the head and no reviewer group is configured,
 * the unit's other members review. The task listener enforces the four-eyes rule in any case.
 */
@Component("publicationReviewers")
public class PublicationReviewers {

  private final Organization organization;
  private final PublicationProperties properties;
  private final PublicationCase publicationCase;

  PublicationReviewers(Organization organization, PublicationProperties properties, PublicationCase publicationCase) {
    this.organization = organization;
    this.properties = properties;
    this.publicationCase = publicationCase;
  }

  /** The candidate users of the process's review: the stored notice's unit and drafter decide. */
  public List<String> users(DelegateExecution execution) {
    PublicationRepository.Row row = publicationCase.of(execution);
    return users(row.unit(), row.drafter());
  }

  public List<String> groups(DelegateExecution execution) {
    PublicationRepository.Row row = publicationCase.of(execution);
    return groups(row.unit(), row.drafter());
  }

  public List<String> users(String unit, String drafter) {
    String head = organization.unit(unit).map(Organization.Unit::head).orElse(null);
    return head == null || head.equals(drafter) ? List.of() : List.of(head);
  }

  public List<String> groups(String unit, String drafter) {
    List<String> groups = new ArrayList<>();
    String group = properties.reviewerGroup() == null ? "" : properties.reviewerGroup().strip();
    if (!group.isEmpty()) {
      groups.add(group);
    } else if (users(unit, drafter).isEmpty()) {
      groups.add(unit);
    }
    return groups;
  }
}
