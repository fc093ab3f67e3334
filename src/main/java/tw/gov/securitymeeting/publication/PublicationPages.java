package tw.gov.securitymeeting.publication;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import tw.gov.securitymeeting.organization.Organization;
import tw.gov.securitymeeting.system.FieldProblem;
import tw.gov.securitymeeting.system.PageLinks;
import tw.gov.securitymeeting.system.RocDates;
import tw.gov.securitymeeting.system.SubmittedValues;

/** 公告複核登記簿 as pages: the register (filter by status and unit, paged) and one notice with its history. */
@Controller
class PublicationPages implements PageLinks {

  static final int PAGE_SIZE = 50;
  static final int MAX_PAGE = 100_000;

  private final PublicationQueries queries;
  private final Organization organization;
  private final PublicationProperties properties;

  PublicationPages(PublicationQueries queries, Organization organization, PublicationProperties properties) {
    this.queries = queries;
    this.organization = organization;
    this.properties = properties;
  }

  @Override
  public List<PageLink> pageLinks() {
    return List.of(new PageLink(40, "公告複核登記簿", "/publications"));
  }

  /** One moment of a notice's history: when, who, what. */
  record Event(Instant at, String who, String what, String note) {}

  /** A choice of a filter: its value and its Chinese label. */
  record Choice(String value, String label) {}

  @GetMapping("/publications")
  String register(@RequestParam(required = false) String status, @RequestParam(required = false) String unit,
      @RequestParam(required = false) String page, Model model, HttpServletResponse response) {
    List<FieldProblem> problems = new ArrayList<>();
    List<String> units = queries.filterUnits();
    String wantedStatus = SubmittedValues.text(status) == null ? null
        : SubmittedValues.choice(status, "status", "狀態", Arrays.stream(PublicationStatus.values()).map(Enum::name).toList(), problems);
    String wantedUnit = SubmittedValues.text(unit) == null ? null
        : SubmittedValues.choice(unit, "unit", "單位", units, problems);
    int pageNumber = SubmittedValues.wholeNumber(page, "page", "頁次", 1, 1, MAX_PAGE, problems);
    model.addAttribute("statuses", Arrays.stream(PublicationStatus.values()).map(s -> new Choice(s.name(), s.label())).toList());
    model.addAttribute("units", units.stream().map(u -> new Choice(u, organization.unitName(u))).toList());
    model.addAttribute("status", wantedStatus);
    model.addAttribute("unit", wantedUnit);
    model.addAttribute("roc", new Roc());
    if (!problems.isEmpty()) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      model.addAttribute("problems", problems);
      model.addAttribute("rows", List.of());
      return "publications/register";
    }
    PublicationViews.Page found = queries.page(wantedStatus == null ? null : PublicationStatus.valueOf(wantedStatus), wantedUnit,
        (pageNumber - 1) * PAGE_SIZE, PAGE_SIZE);
    model.addAttribute("rows", found.rows());
    model.addAttribute("total", found.total());
    model.addAttribute("page", pageNumber);
    model.addAttribute("pages", Math.max(1, (found.total() + PAGE_SIZE - 1) / PAGE_SIZE));
    return "publications/register";
  }

  @GetMapping("/publications/{id}")
  String publication(@PathVariable String id, Model model, HttpServletResponse response) {
    Long number = id.matches("[0-9]{1,18}") ? Long.valueOf(id) : null;
    PublicationViews.Detail detail = number == null ? null : queries.detail(number).orElse(null);
    if (detail == null) {
      response.setStatus(HttpServletResponse.SC_NOT_FOUND);
      model.addAttribute("message", "沒有編號 " + id + " 的公告複核案件，或您沒有查看它的權限。");
      return "publications/missing";
    }
    model.addAttribute("detail", detail);
    model.addAttribute("p", detail.publication());
    model.addAttribute("history", history(detail));
    model.addAttribute("roc", new Roc());
    return "publications/publication";
  }

  /** Sent, each review, published, take-down due and taken down, in order. */
  private List<Event> history(PublicationViews.Detail detail) {
    PublicationViews.Summary p = detail.publication();
    List<Event> events = new ArrayList<>();
    events.add(new Event(p.createdAt(), name(p.drafter()), "送出公告複核", null));
    for (PublicationViews.Review review : detail.reviews()) {
      String what = "第 " + review.scanRound() + " 次複核：" + ReviewPublicationTask.OUTCOMES.getOrDefault(review.outcome(), review.outcome());
      String note = review.reason() != null ? review.reason()
          : review.overrideReason() != null ? "判定檢查結果不影響上網：" + review.overrideReason() : null;
      events.add(new Event(review.reviewedAt(), name(review.reviewer()), what, note));
    }
    if (p.publishedAt() != null) {
      events.add(new Event(p.publishedAt(), null, "已上網公告", p.publishedUrl()));
    }
    if (p.takeDownOverdue()) {
      Instant due = p.takeDownDue() == null ? null : RocDates.endOfDay(p.takeDownDue()).toInstant();
      events.add(new Event(due, null, "已逾撤除期限（已通知" + organization.unitName(properties.overdueReportTo()) + "）", null));
    }
    if (p.takenDownAt() != null) {
      events.add(new Event(p.takenDownAt(), null, "確認活動網站已撤除",
          p.takenDownStatus() == null ? null : "網址回應 HTTP " + p.takenDownStatus()));
    }
    events.sort(Comparator.comparing(Event::at, Comparator.nullsLast(Comparator.naturalOrder())));
    return events;
  }

  private String name(String userId) {
    return userId == null ? null : organization.user(userId).map(Organization.Member::name).orElse(userId);
  }

  /** The page number: a whole number from 1; the first page when not given. */
  /** Dates and moments as the pages show them (民國). */
  static final class Roc {
    public String date(java.time.LocalDate date) {
      return RocDates.withWeekday(date);
    }

    public String time(Instant instant) {
      return RocDates.format(instant);
    }
  }
}
