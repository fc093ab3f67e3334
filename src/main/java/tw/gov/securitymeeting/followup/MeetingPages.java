package tw.gov.securitymeeting.followup;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import tw.gov.securitymeeting.followup.FollowUpRepository.ItemRow;
import tw.gov.securitymeeting.followup.FollowUpRepository.MeetingRow;
import tw.gov.securitymeeting.organization.Organization;
import tw.gov.securitymeeting.system.ApiException;
import tw.gov.securitymeeting.system.CurrentUser;
import tw.gov.securitymeeting.system.PageLinks;
import tw.gov.securitymeeting.system.RocDates;
import tw.gov.securitymeeting.system.SubmittedValues;

/**
 * The meetings pages (server-rendered, Traditional Chinese): {@code /meetings} lists the meetings,
 * {@code /meetings/{id}} shows one with its items, the links to its agenda table and the form that
 * enters the chair's rulings for the whole table through {@code POST /api/meetings/{id}/rulings}.
 */
@Controller
class MeetingPages implements PageLinks {

  @Override
  public List<PageLink> pageLinks() {
    return List.of(new PageLink(20, "會議", "/meetings"));
  }

  static final int PAGE_SIZE = 20;

  /** One row of the rulings form: an item of an earlier meeting that awaits the chair's ruling at this one. */
  record Awaiting(long id, String meetingTitle, String number, String subject, String units, String recommendation) {}

  private final MeetingQueries queries;
  private final FollowUpRepository repository;
  private final CurrentUser currentUser;
  private final Organization organization;

  MeetingPages(MeetingQueries queries, FollowUpRepository repository, CurrentUser currentUser, Organization organization) {
    this.queries = queries;
    this.repository = repository;
    this.currentUser = currentUser;
    this.organization = organization;
  }

  @GetMapping("/meetings")
  String meetings(@RequestParam(required = false) String page, Model model) {
    requireOverseer();
    Integer asked = SubmittedValues.integer(page);
    long total = queries.meetingCount();
    int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
    int number = asked == null || asked < 0 ? 0 : Math.min(asked, pages - 1);
    model.addAttribute("meetings", queries.meetings(number, PAGE_SIZE));
    model.addAttribute("page", number);
    model.addAttribute("pages", pages);
    model.addAttribute("total", total);
    return "meetings/list";
  }

  @GetMapping("/meetings/{id}")
  String meeting(@PathVariable long id, Model model) {
    requireOverseer();
    MeetingViews.Meeting meeting = queries.meeting(id).orElseThrow(() -> ApiException.notFound("沒有編號 " + id + " 的會議。"));
    MeetingRow row = repository.meeting(id).orElseThrow();
    model.addAttribute("meeting", meeting);
    model.addAttribute("titleWithSession", row.titleWithSession());
    model.addAttribute("heldOn", RocDates.withWeekday(meeting.heldOn()));
    model.addAttribute("dueDates", meeting.items().stream()
        .collect(java.util.stream.Collectors.toMap(MeetingViews.Item::id, item -> RocDates.format(item.dueDate()))));
    model.addAttribute("awaiting", repository.awaitingRulingBefore(row.series(), row.heldOn()).stream().map(this::awaiting).toList());
    model.addAttribute("mayRule", currentUser.isMemberOfAny(organization.secretariat(), organization.chairGroup(), CurrentUser.ADMIN_GROUP));
    // Corrections and added items are the secretariat's (the API checks it again).
    model.addAttribute("mayCorrect", currentUser.isMemberOfAny(organization.secretariat(), CurrentUser.ADMIN_GROUP));
    model.addAttribute("units", organization.unitIds().stream().map(unit -> new MeetingViews.Unit(unit, organization.unitName(unit))).toList());
    model.addAttribute("kinds", ItemKind.values());
    return "meetings/detail";
  }

  private Awaiting awaiting(ItemRow item) {
    String meetingTitle = repository.meeting(item.meetingId()).map(MeetingRow::titleWithSession).orElse("");
    String units = item.allUnits() ? "本府各處暨所屬各機關" : String.join("、", item.leadUnits().stream().map(organization::unitName).toList());
    if (!item.coUnits().isEmpty()) {
      units += "（" + String.join("、", item.coUnits().stream().map(organization::unitName).toList()) + "）";
    }
    Optional<FollowUpRepository.ReviewRow> review = repository.reviewsOfItem(item.id()).stream()
        .filter(r -> r.recommendation() != null).reduce((a, b) -> b);
    String recommendation = review.map(r -> Choices.label(Choices.RECOMMENDATION, r.recommendation())).orElse("");
    return new Awaiting(item.id(), meetingTitle, item.number(), item.subject(), units, recommendation);
  }

  private void requireOverseer() {
    if (!currentUser.isMemberOfAny(organization.secretariat(), organization.chairGroup(), CurrentUser.ADMIN_GROUP)) {
      throw ApiException.forbidden("只有主席、幕僚單位或系統管理者可以查看會議列管情形。");
    }
  }
}
