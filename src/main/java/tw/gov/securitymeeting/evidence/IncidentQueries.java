package tw.gov.securitymeeting.evidence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tw.gov.securitymeeting.organization.Organization;
import tw.gov.securitymeeting.system.RocDates;

/** Reads an incident with its timeline, evidence and custody chains from the application's tables. */
@Component
class IncidentQueries {

  private final IncidentRepository incidents;
  private final EvidenceItems evidence;
  private final Organization organization;

  IncidentQueries(IncidentRepository incidents, EvidenceItems evidence, Organization organization) {
    this.incidents = incidents;
    this.evidence = evidence;
    this.organization = organization;
  }

  Optional<IncidentViews.Incident> incident(long id) {
    return incidents.find(id).map(this::view);
  }

  /** One page of the incidents the user may read: every one for the readers and admins, else those naming them on the task force. */
  IncidentViews.Page page(IncidentStatus status, boolean readsAll, String userId, int offset, int limit) {
    String member = readsAll ? null : userId;
    return new IncidentViews.Page(incidents.page(status, member, offset, limit).stream()
        .map(row -> new IncidentViews.Listed(row.id(), row.status(), IncidentStatus.valueOf(row.status()).label(), row.description(),
            row.unitId(), organization.unitName(row.unitId()), row.level(), row.awareAt(), row.notifyDeadline(), row.notifiedAt(),
            row.recoveryDeadline(), row.recoveredAt(), row.closedAt()))
        .toList(), incidents.count(status, member));
  }

  private IncidentViews.Incident view(IncidentRepository.IncidentRow row) {
    Instant now = RocDates.now();
    List<IncidentViews.Step> timeline = incidents.steps(row.id()).stream()
        .map(s -> new IncidentViews.Step(s.stepKey(), s.stepName(), s.createdAt(), s.dueAt(), s.completedAt(), s.completedBy(),
            s.stepKey().startsWith("escalation-") ? Boolean.FALSE : IncidentViews.met(s.dueAt(), s.completedAt(), now), s.note()))
        .toList();
    List<IncidentViews.Item> items = new ArrayList<>();
    for (EvidenceRepository.ItemRow item : evidence.items(row.id())) {
      items.add(IncidentViews.item(item, evidence.custody(item.id())));
    }
    List<IncidentViews.Part> parts = new ArrayList<>();
    List<String> texts = row.report().texts();
    for (int i = 0; i < ReportParts.PARTS.size(); i++) {
      parts.add(new IncidentViews.Part(ReportParts.PARTS.get(i).get(0), ReportParts.PARTS.get(i).get(1), texts.get(i)));
    }
    IncidentStatus status = IncidentStatus.valueOf(row.status());
    return new IncidentViews.Incident(row.id(), status.name(), status.label(), row.processInstanceId(), row.description(),
        row.occurredAt(), row.awareAt(), RocDates.format(row.awareAt()), row.systems(), row.reporter(), row.unitId(),
        organization.unitName(row.unitId()), row.level(), row.notifyDeadline(), row.recoveryDeadline(),
        new IncidentViews.Notification(row.notifyChannel(), row.notifyReference(), row.notifiedAt(),
            IncidentViews.met(row.notifyDeadline(), row.notifiedAt(), now)),
        row.recoveredAt(),
        row.members().stream().map(m -> new IncidentViews.Person(m, organization.userName(m))).toList(),
        parts, timeline, items, row.closedAt());
  }
}
