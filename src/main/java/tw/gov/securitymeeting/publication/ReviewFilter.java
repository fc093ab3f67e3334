package tw.gov.securitymeeting.publication;

import java.util.List;
import org.springframework.stereotype.Component;
import tw.gov.securitymeeting.organization.Organization;
import tw.gov.securitymeeting.organization.TasklistFilters;
import tw.gov.securitymeeting.organization.TasklistFilters.Column;

/**
 * The Tasklist filter 「待我複核的公告」: the 「複核上網資訊」 tasks the signed-in person may take. The unit's head
 * is a candidate user, so the task is in neither 「本單位待辦」 nor 「我的待辦」 until claimed. Readable by every
 * unit's head and the reviewer group.
 */
@Component
class ReviewFilter {

  static final String NAME = "待我複核的公告";
  private static final String KEY = "publication-review";

  private final TasklistFilters filters;

  ReviewFilter(TasklistFilters filters) {
    this.filters = filters;
  }

  void save(Organization organization, String reviewerGroup) {
    String filter = filters.save(KEY, NAME, "可由我複核的上網公告", 5,
        filters.query()
            .processDefinitionKey(PublicationStart.PROCESS)
            .taskDefinitionKey("review-publication")
            .taskCandidateUserExpression("${currentUser()}")
            .includeAssignedTasks(),
        List.of(new Column("title", "標題"), new Column("unitName", "公告單位"),
            new Column("drafterName", "送件人"), new Column("findingCount", "自動檢查發現")));
    // Only reviewers see it: every unit's head, and the reviewer group. When a head drafts, the unit's
    // members review and find the task in 「本單位待辦」.
    for (Organization.Unit unit : organization.units()) {
      if (unit.head() != null && !unit.head().isBlank()) {
        filters.grantUser(unit.head(), filter);
      }
    }
    if (reviewerGroup != null && !reviewerGroup.isBlank()) {
      filters.grantGroup(reviewerGroup.strip(), filter);
    }
  }
}
