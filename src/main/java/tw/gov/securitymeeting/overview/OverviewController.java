package tw.gov.securitymeeting.overview;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import tw.gov.securitymeeting.calendar.WorkingDayCalendar;
import tw.gov.securitymeeting.organization.Organization;
import tw.gov.securitymeeting.system.RocDates;

/** 總覽 ({@code /}) and one item's page ({@code /items/{id}}). */
@Controller
class OverviewController {

  static final int OVERDUE_SHOWN = 100;
  static final int MEETINGS_SHOWN = 20;

  private final OverviewScope scope;
  private final OverviewQueries queries;
  private final ItemQueries items;
  private final EngineView engine;
  private final Organization organization;
  private final WorkingDayCalendar calendar;

  OverviewController(OverviewScope scope, OverviewQueries queries, ItemQueries items, EngineView engine, Organization organization,
      WorkingDayCalendar calendar) {
    this.scope = scope;
    this.queries = queries;
    this.items = items;
    this.engine = engine;
    this.organization = organization;
    this.calendar = calendar;
  }

  record UnitRow(String unit, long open, long overdue, Long longestOverdueDays) {}

  record MeetingRow(long id, String title, String heldOn, long items, long open, long overdue) {}

  record OverdueRow(long id, String number, String subject, String meeting, String dueDate, long daysOverdue, String waitsAt) {}

  @GetMapping("/")
  @Transactional(readOnly = true)
  String overview(Model model) {
    OverviewScope.Scope mine = scope.current();
    LocalDate today = RocDates.today();
    model.addAttribute("everyUnit", mine.everyUnit());
    model.addAttribute("scopeName", String.join("、", mine.units().stream().map(organization::unitName).toList()));
    model.addAttribute("today", RocDates.withWeekday(today));
    OverviewQueries.Units units = queries.units(mine.units(), today);
    model.addAttribute("counts", queries.counts(mine.units(), mine.everyUnit(), units.overdueItems(), today));
    List<OverviewQueries.OverdueItem> overdueItems = queries.overdueItems(mine.units(), mine.everyUnit(), today, OVERDUE_SHOWN);
    java.util.List<LocalDate> dueDates = new java.util.ArrayList<>(overdueItems.stream().map(OverviewQueries.OverdueItem::dueDate).toList());
    units.lines().forEach(line -> dueDates.add(line.oldestDue()));
    java.util.Map<LocalDate, Long> workingDays = WorkingDaysSince.of(calendar, dueDates, today);
    model.addAttribute("units", units.lines().stream()
        .map(line -> new UnitRow(organization.unitName(line.unitId()), line.open(), line.overdue(),
            line.oldestDue() == null ? null : workingDays.get(line.oldestDue())))
        .toList());
    model.addAttribute("meetings", queries.meetings(mine.units(), mine.everyUnit(), today, MEETINGS_SHOWN).stream()
        .map(m -> new MeetingRow(m.id(), OverviewTexts.meeting(m.title(), m.session()), RocDates.withWeekday(m.heldOn()), m.items(), m.open(), m.overdue())).toList());
    List<OverdueRow> overdue = overdueItems.stream()
        .map(item -> new OverdueRow(item.id(), item.number(), item.subject(),
            OverviewTexts.meeting(item.meetingTitle(), item.meetingSession()), RocDates.withWeekday(item.dueDate()),
            workingDays.get(item.dueDate()), waitsAt(item)))
        .toList();
    model.addAttribute("overdue", overdue);
    model.addAttribute("overdueShown", OVERDUE_SHOWN);
    return "overview/overview";
  }

  private String waitsAt(OverviewQueries.OverdueItem item) {
    if ("OPEN".equals(item.status())) {
      return item.pendingUnits().isEmpty()
          ? "單位（填報辦理情形）"
          : String.join("、", item.pendingUnits().stream().map(organization::unitName).toList()) + "（填報辦理情形）";
    }
    return OverviewTexts.waitsAt(item.status());
  }

  @GetMapping("/items/{id}")
  @Transactional(readOnly = true)
  String item(@PathVariable long id, Model model) {
    OverviewScope.Scope mine = scope.current();
    ItemQueries.Item item = items.item(id, mine.units()).orElseThrow(PageRefusal::notFound);
    model.addAttribute("item", item);
    model.addAttribute("page", new ItemPage(item, items.rounds(id), items.corrections(id), items.mails(item.processInstanceId()),
        organization));
    model.addAttribute("engine", engine.instance(item.processInstanceId()));
    return "overview/item";
  }
}
