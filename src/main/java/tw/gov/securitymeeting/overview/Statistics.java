package tw.gov.securitymeeting.overview;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tw.gov.securitymeeting.calendar.WorkingDayCalendar;
import tw.gov.securitymeeting.organization.Organization;
import tw.gov.securitymeeting.system.RocDates;

/** 列管統計: the figures per unit and per meeting for a period, and the charts' series. */
@Component
class Statistics {

  static final int LINE_MEETINGS = 12;

  /** At most this many series get a line. */
  static final int LINE_SERIES = 5;

  private final StatisticsQueries queries;
  private final OverviewQueries overview;
  private final WorkingDayCalendar calendar;
  private final Organization organization;

  Statistics(StatisticsQueries queries, OverviewQueries overview, WorkingDayCalendar calendar, Organization organization) {
    this.queries = queries;
    this.overview = overview;
    this.calendar = calendar;
    this.organization = organization;
  }

  /** One line of the table: 交辦件數, 解除列管件數, 按時辦結率 (null when no round was due), 平均辦結工作天, 平均列管次數, 目前逾期. */
  record Line(String key, String name, long assigned, long closed, Double onTimeRate, long roundsDue, long onTime,
      Double averageWorkingDays, Double averageRounds, long overdueNow) {

    public String onTimeText() {
      return onTimeRate == null ? "—" : rounded(onTimeRate * 100, 1) + "%";
    }

    public String averageDaysText() {
      return averageWorkingDays == null ? "—" : rounded(averageWorkingDays, 1);
    }

    public String averageRoundsText() {
      return averageRounds == null ? "—" : rounded(averageRounds, 2);
    }

    /** As String.format("%.Nf") rounds (half up, from the double's shortest decimal form), without a Formatter per call. */
    static String rounded(double value, int decimals) {
      return java.math.BigDecimal.valueOf(value).setScale(decimals, java.math.RoundingMode.HALF_UP).toPlainString();
    }
  }

  record Bar(String unit, long open, long overdue) {}

  record Point(String meeting, String heldOn, long open) {}

  /** One series' line: the items open on the days of its last meetings. */
  record SeriesLine(String series, List<Point> points) {}

  /** The lines: one per series (會報名稱) with a meeting in the period, newest first; else that of the latest meeting. */
  record Report(StatisticsPeriod period, List<Line> units, List<Line> meetings, List<Bar> bars, List<SeriesLine> lines) {}

  @Transactional(readOnly = true)
  Report report(List<String> units, StatisticsPeriod period) {
    Report tables = tables(units, period);
    LocalDate today = RocDates.today();
    List<Bar> bars = overview.units(units, today).lines().stream()
        .map(u -> new Bar(organization.unitName(u.unitId()), u.open(), u.overdue())).toList();
    List<String> series = queries.seriesIn(period.from(), period.to(), LINE_SERIES);
    if (series.isEmpty()) {
      series = queries.latestSeries(period.to()).map(List::of).orElse(List.of());
    }
    boolean everyUnit = units.containsAll(organization.unitIds());
    List<SeriesLine> lines = new java.util.ArrayList<>();
    for (String name : series) {
      List<StatisticsQueries.MeetingName> last = queries.lastMeetings(name, period.to(), LINE_MEETINGS);
      List<Long> open = queries.openOn(units, everyUnit, name, last.stream().map(StatisticsQueries.MeetingName::heldOn).toList());
      List<Point> points = new java.util.ArrayList<>();
      for (int i = 0; i < last.size(); i++) {
        points.add(new Point(OverviewTexts.meeting(last.get(i).title(), last.get(i).session()),
            RocDates.format(last.get(i).heldOn()).replace("民國", ""), open.get(i)));
      }
      lines.add(new SeriesLine(name, points));
    }
    return new Report(period, tables.units(), tables.meetings(), bars, lines);
  }

  /** The exports: the tables per unit and per meeting only (no charts, so none of their queries). */
  @Transactional(readOnly = true)
  Report tables(List<String> units, StatisticsPeriod period) {
    LocalDate today = RocDates.today();
    StatisticsQueries.Tables tables = queries.tables(units, units.containsAll(organization.unitIds()), period.from(), period.to(), today);
    Map<StatisticsQueries.By, List<StatisticsQueries.Figures>> figures = tables.figures();
    Map<StatisticsQueries.By, List<StatisticsQueries.ClosedGroup>> closed = tables.closed();
    List<Line> unitLines = lines(figures.get(StatisticsQueries.By.UNIT), closed.get(StatisticsQueries.By.UNIT));
    Map<String, Line> byUnit = new HashMap<>();
    unitLines.forEach(line -> byUnit.put(line.key(), line));
    List<Line> perUnit = units.stream()
        .map(unit -> byUnit.getOrDefault(unit, new Line(unit, null, 0, 0, null, 0, 0, null, null, 0)))
        .map(line -> new Line(line.key(), organization.unitName(line.key()), line.assigned(), line.closed(), line.onTimeRate(),
            line.roundsDue(), line.onTime(), line.averageWorkingDays(), line.averageRounds(), line.overdueNow()))
        .toList();
    Map<String, Line> byMeeting = new HashMap<>();
    lines(figures.get(StatisticsQueries.By.MEETING), closed.get(StatisticsQueries.By.MEETING)).forEach(line -> byMeeting.put(line.key(), line));
    List<Line> perMeeting = queries.meetingsIn(period.from(), period.to()).stream()
        .filter(m -> byMeeting.containsKey(String.valueOf(m.id())))
        .map(m -> {
          Line line = byMeeting.get(String.valueOf(m.id()));
          return new Line(line.key(), OverviewTexts.meeting(m.title(), m.session()) + "（" + RocDates.withWeekday(m.heldOn()) + "）",
              line.assigned(), line.closed(),
              line.onTimeRate(), line.roundsDue(), line.onTime(), line.averageWorkingDays(), line.averageRounds(), line.overdueNow());
        })
        .toList();
    return new Report(period, perUnit, perMeeting, List.of(), List.of());
  }

  private List<Line> lines(List<StatisticsQueries.Figures> figures, List<StatisticsQueries.ClosedGroup> closed) {
    Map<String, long[]> days = new HashMap<>();
    Map<List<LocalDate>, Integer> workingDays = new HashMap<>();
    for (StatisticsQueries.ClosedGroup group : closed) {
      long[] sum = days.computeIfAbsent(group.key(), k -> new long[2]);
      int between = workingDays.computeIfAbsent(List.of(group.heldOn(), group.closedOn()),
          k -> Math.max(0, calendar.workingDaysBetween(group.heldOn(), group.closedOn())));
      sum[0] += (long) between * group.items();
      sum[1] += group.items();
    }
    return figures.stream()
        .map(f -> {
          long[] sum = days.get(f.key());
          return new Line(f.key(), f.key(), f.assigned(), f.closed(),
              f.roundsDue() == 0 ? null : (double) f.onTime() / f.roundsDue(), f.roundsDue(), f.onTime(),
              sum == null || sum[1] == 0 ? null : (double) sum[0] / sum[1],
              f.assigned() == 0 ? null : (double) f.rounds() / f.assigned(), f.overdueNow());
        })
        .toList();
  }
}
