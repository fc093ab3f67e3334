package tw.gov.securitymeeting.publication;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tw.gov.securitymeeting.organization.Organization;
import tw.gov.securitymeeting.system.CurrentUser;

/**
 * The register as the signed-in user may see it: admins, the chair, the secretariat, the unit that owns
 * website security and the reviewer group see every notice; everyone else their own units' notices.
 */
@Component
class PublicationQueries {

  private final PublicationRepository repository;
  private final CurrentUser currentUser;
  private final Organization organization;
  private final PublicationProperties properties;

  PublicationQueries(PublicationRepository repository, CurrentUser currentUser, Organization organization,
      PublicationProperties properties) {
    this.repository = repository;
    this.currentUser = currentUser;
    this.organization = organization;
    this.properties = properties;
  }

  List<PublicationViews.Summary> list(PublicationStatus status) {
    return repository.list(status, visibleUnits()).stream().map(this::summary).toList();
  }

  /** One page of the register as the user may see it, with the number of notices on every page. */
  PublicationViews.Page page(PublicationStatus status, String unit, int offset, int limit) {
    List<String> units = visibleUnits();
    return new PublicationViews.Page(repository.page(status, units, unit, offset, limit).stream().map(this::summary).toList(),
        repository.count(status, units, unit));
  }

  /** The units whose notices the user may see, to filter by. */
  List<String> filterUnits() {
    List<String> units = visibleUnits();
    return units == null ? organization.unitIds() : units;
  }

  Optional<PublicationViews.Detail> detail(long id) {
    List<String> units = visibleUnits();
    return repository.find(id).filter(row -> units == null || units.contains(row.unit())).map(row -> new PublicationViews.Detail(
        summary(row), row.noticeText(), row.targetUrl(),
        repository.attachmentList(id).stream().map(a -> new PublicationViews.Attachment(a.filename(), a.mediaType(), a.size())).toList(),
        repository.findings(id, row.scanRound()).stream().map(f -> new PublicationViews.Finding(f.kind().name(), f.label(),
            f.source(), f.location(), f.excerpt(), f.kind().blocksApproval())).toList(),
        repository.reviews(id).stream().map(r -> new PublicationViews.Review(r.scanRound(), r.reviewer(), r.outcome(),
            r.reason(), r.overrideReason(), r.reviewedAt())).toList()));
  }

  /** null: every unit. */
  private List<String> visibleUnits() {
    String reviewerGroup = properties.reviewerGroup() == null ? "" : properties.reviewerGroup().strip();
    if (currentUser.isMemberOfAny(CurrentUser.ADMIN_GROUP, organization.chairGroup(), organization.secretariat(),
        properties.overdueReportTo()) || (!reviewerGroup.isEmpty() && currentUser.isMemberOfAny(reviewerGroup))) {
      return null;
    }
    return organization.unitIds().stream().filter(currentUser::isMemberOfAny).toList();
  }

  private PublicationViews.Summary summary(PublicationRepository.Row r) {
    return new PublicationViews.Summary(r.id(), r.title(), r.unit(), organization.unitName(r.unit()), r.drafter(), r.status(),
        r.status().label(), r.desiredDate(), r.eventEndDate(), r.findingCount(), r.blocking(), r.reviewer(), r.outcome(),
        r.reason(), r.overrideReason(), r.reviewedAt(), r.publishedUrl(), r.publishedAt(), r.takeDownOn(), r.takeDownDue(),
        r.takeDownOverdue(), r.takenDownAt(), r.takenDownStatus(), r.createdAt(), r.processInstanceId());
  }
}
