package tw.gov.securitymeeting.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;
import tw.gov.securitymeeting.organization.Organization;

/** Who is offered 「複核上網資訊」: never the drafter. */
class PublicationReviewersTest {

  final Organization organization = new Organization("縣府", "chair", "ethics",
      List.of(new Organization.Unit("education", "教育處", "education@example.gov.tw", "education-head")), List.of());

  PublicationReviewers reviewers(String reviewerGroup) {
    return new PublicationReviewers(organization,
        new PublicationProperties(DataSize.ofMegabytes(20), 20, reviewerGroup, 3, "planning"), null);
  }

  @Test
  void shouldOfferTheUnitsHeadWhenAClerkDrafts() {
    assertThat(reviewers("").users("education", "education-clerk")).containsExactly("education-head");
    assertThat(reviewers("").groups("education", "education-clerk")).isEmpty();
  }

  @Test
  void shouldAddTheConfiguredReviewerGroup() {
    assertThat(reviewers("ethics").users("education", "education-clerk")).containsExactly("education-head");
    assertThat(reviewers("ethics").groups("education", "education-clerk")).containsExactly("ethics");
  }

  @Test
  void shouldNeverOfferTheHeadTheirOwnNotice() {
    assertThat(reviewers("").users("education", "education-head")).isEmpty();
    assertThat(reviewers("").groups("education", "education-head")).containsExactly("education");
    assertThat(reviewers("ethics").groups("education", "education-head")).containsExactly("ethics");
  }
}
