package tw.gov.securitymeeting.followup;

import db.migration.V18__follow_up_unit_figures_backfill;
import db.migration.V22__follow_up_closed_tally_backfill;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The follow-up read model (app_* tables). Joins the caller's (engine's) transaction. */
@Repository
public class FollowUpRepository {

  private final JdbcTemplate jdbc;

  FollowUpRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public record MeetingRow(long id, String series, String title, LocalDate heldOn, LocalDate nextMeetingOn, String registeredBy,
      Instant registeredAt, MeetingDetails details) {

    /** The title with its 次別 when the title does not name it, e.g. 「嘉義縣政府安全維護會報（105年第2次）」. */
    public String titleWithSession() {
      String session = details.session();
      return session == null || title.contains(session) ? title : title + "（" + session + "）";
    }
  }

  /** A page of meetings with the counts of their items, read in one query. */
  public record MeetingCountsRow(MeetingRow meeting, int items, int openItems, int overdueItems) {}

  public record ItemRow(
      long id, long meetingId, int position, String number, ItemKind kind, String subject, String decision,
      boolean allUnits, List<String> leadUnits, LocalDate dueDate, String businessKey, String processInstanceId,
      ItemStatus status, int currentRound, Instant closedAt, String proposingUnit, String reportItem, List<String> coUnits) {}

  public record CorrectionRow(long id, long meetingId, Long itemId, String field, String before, String after, String correctedBy,
      Instant correctedAt) {}


  public record RoundRow(
      long id, long itemId, int number, String instruction, List<String> leadUnits, LocalDate dueDate,
      Instant startedAt, String ruling, String ruledBy, Instant ruledAt, Long ruledAtMeeting) {}

  public record ReportRow(
      long id, long roundId, String unitId, String status, String progress, String suggestion, String reportedBy, Instant reportedAt) {}

  public record ReviewRow(
      long id, long roundId, String recommendation, String note, List<String> returnTo, String returnReason,
      String reviewedBy, Instant reviewedAt, String consolidated) {}

  boolean meetingExists(String title, LocalDate heldOn) {
    Integer count = jdbc.queryForObject(
        "select count(*) from app_meeting where title = ? and held_on = ?", Integer.class, title, heldOn);
    return count != null && count > 0;
  }

  boolean meetingExists(String title, LocalDate heldOn, long except) {
    Integer count = jdbc.queryForObject(
        "select count(*) from app_meeting where title = ? and held_on = ? and id <> ?", Integer.class, title, heldOn, except);
    return count != null && count > 0;
  }

  long insertMeeting(String series, String title, LocalDate heldOn, LocalDate nextMeetingOn, MeetingDetails details, String registeredBy,
      Instant at) {
    return insert(
        """
        insert into app_meeting (series, title, held_on, next_meeting_on, session_label, held_at, place, chair_name, recorder,
          document_number, registered_by, registered_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        series, title, heldOn, nextMeetingOn, details.session(), details.time(), details.place(), details.chair(), details.recorder(),
        details.documentNumber(), registeredBy, Timestamp.from(at));
  }

  /** Writes a meeting's corrected fields (series and registration stay). */
  void updateMeeting(long id, String title, LocalDate heldOn, LocalDate nextMeetingOn, MeetingDetails details) {
    jdbc.update(
        """
        update app_meeting set title = ?, held_on = ?, next_meeting_on = ?, session_label = ?, held_at = ?, place = ?, chair_name = ?,
          recorder = ?, document_number = ? where id = ?""",
        title, heldOn, nextMeetingOn, details.session(), details.time(), details.place(), details.chair(), details.recorder(),
        details.documentNumber(), id);
    writeFigures(" and item_id in (select i.id from app_follow_up_item i where i.meeting_id = ?)", id);
  }

  long insertItem(long meetingId, int position, ValidMeeting.Item item, boolean allUnits, List<String> leadUnits, List<String> unitsToReport,
      LocalDate dueDate, String businessKey) {
    long id = insert(
        """
        insert into app_follow_up_item (meeting_id, position, item_number, kind, subject, decision, all_units,
          lead_units, units_to_report, due_date, business_key, status, current_round, proposing_unit, report_item, co_units)
          values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?)""",
        meetingId, position, item.number(), item.kind().name(), item.subject(), item.decision(), allUnits, join(leadUnits),
        join(unitsToReport), dueDate, businessKey, ItemStatus.OPEN.name(), item.proposingUnit(), item.reportItem(),
        join(item.coUnits()));
    writeItemUnits(id);
    return id;
  }

  int nextPosition(long meetingId) {
    Integer max = jdbc.queryForObject("select max(position) from app_follow_up_item where meeting_id = ?", Integer.class, meetingId);
    return max == null ? 0 : max + 1;
  }

  boolean itemNumberExists(long meetingId, String number) {
    Integer count = jdbc.queryForObject(
        "select count(*) from app_follow_up_item where meeting_id = ? and item_number = ?", Integer.class, meetingId, number);
    return count != null && count > 0;
  }

  Optional<ItemRow> item(long meetingId, String number) {
    return jdbc.query("select * from app_follow_up_item where meeting_id = ? and item_number = ?", FollowUpRepository::item,
        meetingId, number).stream().findFirst();
  }

  void updateSubject(long itemId, String subject) {
    jdbc.update("update app_follow_up_item set subject = ? where id = ?", subject, itemId);
  }

  /** New units of an open item: its current round's and the units that report now. */
  void updateUnits(long itemId, long roundId, boolean allUnits, List<String> leadUnits, List<String> coUnits, List<String> unitsToReport) {
    jdbc.update("update app_follow_up_item set all_units = ?, lead_units = ?, co_units = ?, units_to_report = ? where id = ?",
        allUnits, join(leadUnits), join(coUnits), join(unitsToReport), itemId);
    jdbc.update("update app_follow_up_round set lead_units = ? where id = ?", join(leadUnits), roundId);
    jdbc.update("delete from app_follow_up_round_unit where round_id = ?", roundId);
    writeRoundUnits(roundId, itemId, leadUnits);
    writeItemUnits(itemId);
  }

  /** A new due date of an open item's current round. */
  void updateDueDate(long itemId, long roundId, LocalDate dueDate) {
    jdbc.update("update app_follow_up_item set due_date = ? where id = ?", dueDate, itemId);
    jdbc.update("update app_follow_up_round set due_date = ? where id = ?", dueDate, roundId);
    writeFigures(itemId);
  }

  void insertCorrection(long meetingId, Long itemId, String field, String before, String after, String by, Instant at) {
    insert(
        """
        insert into app_meeting_correction (meeting_id, item_id, field, before_value, after_value, corrected_by, corrected_at)
        values (?, ?, ?, ?, ?, ?, ?)""",
        meetingId, itemId, field, before, after, by, Timestamp.from(at));
  }

  List<CorrectionRow> corrections(long meetingId) {
    return jdbc.query("select * from app_meeting_correction where meeting_id = ? order by corrected_at, id",
        (rs, n) -> new CorrectionRow(rs.getLong("id"), rs.getLong("meeting_id"), rs.getObject("item_id") == null ? null : rs.getLong("item_id"),
            rs.getString("field"), rs.getString("before_value"), rs.getString("after_value"), rs.getString("corrected_by"),
            instant(rs, "corrected_at")),
        meetingId);
  }

  void setProcessInstance(long itemId, String processInstanceId) {
    jdbc.update("update app_follow_up_item set process_instance_id = ? where id = ?", processInstanceId, itemId);
  }

  long insertRound(long itemId, int number, String instruction, List<String> leadUnits, LocalDate dueDate, Instant at) {
    long id = insert(
        "insert into app_follow_up_round (item_id, round_number, instruction, lead_units, due_date, started_at) values (?, ?, ?, ?, ?, ?)",
        itemId, number, instruction, join(leadUnits), dueDate, Timestamp.from(at));
    writeRoundUnits(id, itemId, leadUnits);
    writeFigures(itemId);
    return id;
  }

  /** app_follow_up_round_unit: the round's units as rows (V15), next to its comma-joined lead_units; the caller copies the figures. */
  private void writeRoundUnits(long roundId, long itemId, List<String> leadUnits) {
    List<Object[]> rows = new java.util.LinkedHashSet<>(leadUnits).stream().map(unit -> new Object[] {roundId, unit, itemId}).toList();
    jdbc.batchUpdate("insert into app_follow_up_round_unit (round_id, unit_id, item_id) values (?, ?, ?)", rows);
  }

  /**
   * app_follow_up_item_unit (V15) rewritten from the item's lead_units, co_units and units_to_report: a unit owes its
   * report while it is to report and has no report in the current round since the round started or was last sent back
   * (the rule of the V16 back-fill). Called by every write of those columns and of a report.
   */
  private void writeItemUnits(long itemId) {
    var row = jdbc.queryForMap("select lead_units, co_units, units_to_report from app_follow_up_item where id = ?", itemId);
    List<String> lead = split((String) value(row, "lead_units"));
    List<String> co = split((String) value(row, "co_units"));
    List<String> reporting = split((String) value(row, "units_to_report"));
    List<String> reported = jdbc.queryForList(
        """
        select p.unit_id from app_progress_report p join app_follow_up_round r on r.id = p.round_id
        join app_follow_up_item i on i.id = r.item_id and r.round_number = i.current_round
        where i.id = ? and p.reported_at >= coalesce((select max(s.reviewed_at) from app_secretariat_review s where s.round_id = r.id),
          r.started_at)""",
        String.class, itemId);
    java.util.Set<String> units = new java.util.LinkedHashSet<>(lead);
    units.addAll(co);
    units.addAll(reporting);
    jdbc.update("delete from app_follow_up_item_unit where item_id = ?", itemId);
    jdbc.batchUpdate("insert into app_follow_up_item_unit (item_id, unit_id, is_lead, is_co, owes_report) values (?, ?, ?, ?, ?)",
        units.stream().map(unit -> new Object[] {itemId, unit, lead.contains(unit), co.contains(unit) && !lead.contains(unit),
            reporting.contains(unit) && !reported.contains(unit)}).toList());
    writeFigures(itemId);
  }

  /**
   * The figures 總覽 and 統計 read from the unit rows (V17): the item's status, due date, closing time, meeting and its
   * date, each round's due date and each unit's first report, copied again from the item's rows (the V18 back-fill's
   * statements). Called by every write of those values.
   */
  private void writeFigures(long itemId) {
    writeFigures(" and item_id = ?", itemId);
  }

  private void writeFigures(String rows, long id) {
    jdbc.update(V18__follow_up_unit_figures_backfill.ITEM_UNITS.formatted(rows), id);
    jdbc.update(V18__follow_up_unit_figures_backfill.ROUND_UNITS.formatted(rows), id);
  }

  private static Object value(java.util.Map<String, Object> row, String column) {
    return row.containsKey(column) ? row.get(column) : row.get(column.toUpperCase());
  }

  /** The item a process instance follows, by the business key the application gave it. */
  Optional<ItemRow> itemByBusinessKey(String businessKey) {
    return jdbc.query("select * from app_follow_up_item where business_key = ?", FollowUpRepository::item, businessKey)
        .stream().findFirst();
  }

  /** The units the next 「填報辦理情形」 tasks are for. */
  void setUnitsToReport(long itemId, List<String> units) {
    jdbc.update("update app_follow_up_item set units_to_report = ? where id = ?", join(units), itemId);
    writeItemUnits(itemId);
  }

  List<String> unitsToReport(long itemId) {
    return split(jdbc.queryForObject("select units_to_report from app_follow_up_item where id = ?", String.class, itemId));
  }

  record ReportTaskRow(String taskId, long roundId, String unitId, Instant reportedAt) {}

  void insertReportTask(String taskId, long roundId, String unitId) {
    jdbc.update("insert into app_report_task (task_id, round_id, unit_id) values (?, ?, ?)", taskId, roundId, unitId);
  }

  Optional<ReportTaskRow> reportTask(String taskId) {
    return jdbc.query("select * from app_report_task where task_id = ?",
        FollowUpRepository::reportTask, taskId).stream().findFirst();
  }

  void markReported(String taskId, Instant at) {
    jdbc.update("update app_report_task set reported_at = ? where task_id = ?", Timestamp.from(at), taskId);
  }

  /** A 「填報辦理情形」 task the engine deleted (a unit removed by a correction, or the instance cancelled). */
  void deleteOpenReportTask(String taskId) {
    jdbc.update("delete from app_report_task where task_id = ? and reported_at is null", taskId);
  }

  List<ReportTaskRow> reportTasksOfRound(long roundId) {
    return jdbc.query("select * from app_report_task where round_id = ?", FollowUpRepository::reportTask, roundId);
  }

  /** The 「填報辦理情形」 tasks of an item's current round not answered yet. */
  List<ReportTaskRow> openReportTasks(long itemId) {
    return jdbc.query(
        """
        select t.* from app_report_task t join app_follow_up_round r on r.id = t.round_id
        join app_follow_up_item i on i.id = r.item_id and r.round_number = i.current_round
        where i.id = ? and t.reported_at is null order by t.task_id""",
        FollowUpRepository::reportTask, itemId);
  }

  /** The open 「填報辦理情形」 tasks of every item of a meeting: item id → unit ids, in one query. */
  java.util.Map<Long, List<String>> openReportUnits(long meetingId) {
    java.util.Map<Long, List<String>> units = new java.util.HashMap<>();
    jdbc.query(
        """
        select i.id item_id, t.unit_id from app_report_task t join app_follow_up_round r on r.id = t.round_id
        join app_follow_up_item i on i.id = r.item_id and r.round_number = i.current_round
        where i.meeting_id = ? and t.reported_at is null order by t.unit_id""",
        (org.springframework.jdbc.core.RowCallbackHandler) rs ->
            units.computeIfAbsent(rs.getLong("item_id"), k -> new java.util.ArrayList<>()).add(rs.getString("unit_id")),
        meetingId);
    return units;
  }

  private static ReportTaskRow reportTask(ResultSet rs, int n) throws SQLException {
    return new ReportTaskRow(rs.getString("task_id"), rs.getLong("round_id"), rs.getString("unit_id"), instant(rs, "reported_at"));
  }

  void updateStatus(long itemId, ItemStatus status) {
    jdbc.update("update app_follow_up_item set status = ? where id = ?", status.name(), itemId);
    writeFigures(itemId);
  }

  void startRound(long itemId, int round, boolean allUnits, List<String> leadUnits, List<String> unitsToReport, LocalDate dueDate) {
    jdbc.update(
        "update app_follow_up_item set current_round = ?, all_units = ?, lead_units = ?, units_to_report = ?, due_date = ?, status = ? where id = ?",
        round, allUnits, join(leadUnits), join(unitsToReport), dueDate, ItemStatus.OPEN.name(), itemId);
    writeItemUnits(itemId);
  }

  /** Closes the item and adds its final figures to the statistics' counters (V21), in the same transaction. */
  void close(long itemId, Instant at) {
    jdbc.update("update app_follow_up_item set status = ?, closed_at = ? where id = ?", ItemStatus.CLOSED.name(), Timestamp.from(at), itemId);
    writeFigures(itemId);
    jdbc.execute((org.springframework.jdbc.core.ConnectionCallback<Void>) connection -> {
      V22__follow_up_closed_tally_backfill.add(connection, " and i.id = ?", List.of(itemId));
      return null;
    });
  }

  RoundRow currentRound(long itemId) {
    return jdbc.queryForObject(
        """
        select r.* from app_follow_up_round r join app_follow_up_item i on i.id = r.item_id
        where i.id = ? and r.round_number = i.current_round""",
        FollowUpRepository::round, itemId);
  }

  void insertReport(long roundId, String unitId, String status, String progress, String suggestion, String by, Instant at) {
    insert(
        "insert into app_progress_report (round_id, unit_id, status, progress, suggestion, reported_by, reported_at) values (?, ?, ?, ?, ?, ?, ?)",
        roundId, unitId, status, progress, suggestion, by, Timestamp.from(at));
    writeItemUnits(jdbc.queryForObject("select item_id from app_follow_up_round where id = ?", Long.class, roundId));
  }

  void insertReview(long roundId, String recommendation, String note, List<String> returnTo, String returnReason, String by, Instant at) {
    insertReview(roundId, null, recommendation, note, returnTo, returnReason, by, at);
  }

  void insertReview(long roundId, String consolidated, String recommendation, String note, List<String> returnTo, String returnReason,
      String by, Instant at) {
    insert(
        """
        insert into app_secretariat_review (round_id, consolidated, recommendation, note, return_to, return_reason, reviewed_by, reviewed_at)
        values (?, ?, ?, ?, ?, ?, ?, ?)""",
        roundId, consolidated, recommendation, note, returnTo.isEmpty() ? null : join(returnTo), returnReason, by, Timestamp.from(at));
  }

  void recordRuling(long roundId, String ruling, String by, Instant at) {
    jdbc.update("update app_follow_up_round set ruling = ?, ruled_by = ?, ruled_at = ? where id = ?", ruling, by, Timestamp.from(at), roundId);
  }

  /** The chair's ruling on a round was given at this meeting and entered by the recorder. */
  void recordRulingEntry(long roundId, long meetingId, String ruledBy, String enteredBy) {
    jdbc.update("update app_follow_up_round set ruled_at_meeting = ?, ruled_by = ?, entered_by = ? where id = ?",
        meetingId, ruledBy, enteredBy, roundId);
  }

  /** Items of the series awaiting the chair's ruling from meetings held before the given day, by meeting and item order. */
  List<ItemRow> awaitingRulingBefore(String series, LocalDate heldOn) {
    return jdbc.query(
        """
        select i.* from app_follow_up_item i join app_meeting m on m.id = i.meeting_id
        where i.status = ? and m.series = ? and m.held_on < ? order by m.held_on, m.id, i.position""",
        FollowUpRepository::item, ItemStatus.AWAITING_CHAIR.name(), series, heldOn);
  }

  /**
   * The items of the next meeting's table: from the series' meetings held before it, still 列管, or
   * ruled on at this meeting; in the order of the meetings and item numbers.
   */
  public List<ItemRow> agendaItems(String series, LocalDate heldOn, long meetingId) {
    return jdbc.query(
        """
        select i.* from app_follow_up_item i join app_meeting m on m.id = i.meeting_id
        where m.series = ? and m.held_on < ?
          and (i.status <> ? or exists (select 1 from app_follow_up_round r where r.item_id = i.id and r.ruled_at_meeting = ?))
        order by m.held_on, m.id, i.position""",
        FollowUpRepository::item, series, heldOn, ItemStatus.CLOSED.name(), meetingId);
  }

  private static final String MEETING_COUNTS = """
      select m.*,
        (select count(*) from app_follow_up_item i where i.meeting_id = m.id) item_count,
        (select count(*) from app_follow_up_item i where i.meeting_id = m.id and i.status <> 'CLOSED') open_count,
        (select count(*) from app_follow_up_item i where i.meeting_id = m.id and i.status = 'OPEN' and i.due_date < ?) overdue_count
      from app_meeting m order by m.held_on desc, m.id desc""";

  /**
   * One page of meetings, newest first, with the counts of their items, in one query. An item is
   * overdue when it waits for units' reports after its due date (see MeetingQueries.isOverdue).
   */
  public List<MeetingCountsRow> meetingPage(LocalDate today, int page, int size) {
    return jdbc.query(MEETING_COUNTS + " limit ? offset ?", FollowUpRepository::meetingCounts, today, size, (long) page * size);
  }

  public List<MeetingCountsRow> allMeetings(LocalDate today) {
    return jdbc.query(MEETING_COUNTS, FollowUpRepository::meetingCounts, today);
  }

  public long meetingCount() {
    Long count = jdbc.queryForObject("select count(*) from app_meeting", Long.class);
    return count == null ? 0 : count;
  }

  private static MeetingCountsRow meetingCounts(ResultSet rs, int n) throws SQLException {
    return new MeetingCountsRow(meeting(rs, n), rs.getInt("item_count"), rs.getInt("open_count"), rs.getInt("overdue_count"));
  }

  public Optional<MeetingRow> meeting(long id) {
    return jdbc.query("select * from app_meeting where id = ?", FollowUpRepository::meeting, id).stream().findFirst();
  }

  public List<ItemRow> items(long meetingId) {
    return jdbc.query("select * from app_follow_up_item where meeting_id = ? order by position", FollowUpRepository::item, meetingId);
  }

  public ItemRow item(long itemId) {
    return jdbc.queryForObject("select * from app_follow_up_item where id = ?", FollowUpRepository::item, itemId);
  }

  public List<RoundRow> rounds(long meetingId) {
    return jdbc.query(
        "select r.* from app_follow_up_round r join app_follow_up_item i on i.id = r.item_id where i.meeting_id = ? order by r.item_id, r.round_number",
        FollowUpRepository::round, meetingId);
  }

  public List<RoundRow> roundsOfItem(long itemId) {
    return jdbc.query("select * from app_follow_up_round where item_id = ? order by round_number", FollowUpRepository::round, itemId);
  }

  public List<ReportRow> reports(long meetingId) {
    return jdbc.query(
        """
        select p.* from app_progress_report p join app_follow_up_round r on r.id = p.round_id
        join app_follow_up_item i on i.id = r.item_id where i.meeting_id = ? order by p.reported_at, p.id""",
        FollowUpRepository::report, meetingId);
  }

  public List<ReportRow> reportsOfItem(long itemId) {
    return jdbc.query(
        "select p.* from app_progress_report p join app_follow_up_round r on r.id = p.round_id where r.item_id = ? order by p.reported_at, p.id",
        FollowUpRepository::report, itemId);
  }

  public List<ReviewRow> reviews(long meetingId) {
    return jdbc.query(
        """
        select v.* from app_secretariat_review v join app_follow_up_round r on r.id = v.round_id
        join app_follow_up_item i on i.id = r.item_id where i.meeting_id = ? order by v.reviewed_at, v.id""",
        FollowUpRepository::review, meetingId);
  }

  public List<ReviewRow> reviewsOfItem(long itemId) {
    return jdbc.query(
        "select v.* from app_secretariat_review v join app_follow_up_round r on r.id = v.round_id where r.item_id = ? order by v.reviewed_at, v.id",
        FollowUpRepository::review, itemId);
  }

  private long insert(String sql, Object... args) {
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.update(
        connection -> {
          PreparedStatement statement = connection.prepareStatement(sql, new String[] {"id"});
          for (int i = 0; i < args.length; i++) {
            statement.setObject(i + 1, args[i]);
          }
          return statement;
        },
        keys);
    return keys.getKey().longValue();
  }

  private static String join(List<String> values) {
    return String.join(",", values);
  }

  private static List<String> split(String joined) {
    return joined == null || joined.isBlank() ? List.of() : Arrays.asList(joined.split(","));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp timestamp = rs.getTimestamp(column);
    return timestamp == null ? null : timestamp.toInstant();
  }

  private static LocalDate date(ResultSet rs, String column) throws SQLException {
    java.sql.Date date = rs.getDate(column);
    return date == null ? null : date.toLocalDate();
  }

  private static MeetingRow meeting(ResultSet rs, int n) throws SQLException {
    java.sql.Time time = rs.getTime("held_at");
    MeetingDetails details = new MeetingDetails(rs.getString("session_label"), time == null ? null : time.toLocalTime(),
        rs.getString("place"), rs.getString("chair_name"), rs.getString("recorder"), rs.getString("document_number"));
    return new MeetingRow(rs.getLong("id"), rs.getString("series"), rs.getString("title"), date(rs, "held_on"), date(rs, "next_meeting_on"),
        rs.getString("registered_by"), instant(rs, "registered_at"), details);
  }

  private static ItemRow item(ResultSet rs, int n) throws SQLException {
    return new ItemRow(rs.getLong("id"), rs.getLong("meeting_id"), rs.getInt("position"), rs.getString("item_number"),
        ItemKind.valueOf(rs.getString("kind")), rs.getString("subject"), rs.getString("decision"), rs.getBoolean("all_units"),
        split(rs.getString("lead_units")), date(rs, "due_date"), rs.getString("business_key"), rs.getString("process_instance_id"),
        ItemStatus.valueOf(rs.getString("status")), rs.getInt("current_round"), instant(rs, "closed_at"), rs.getString("proposing_unit"),
        rs.getString("report_item"), split(rs.getString("co_units")));
  }

  private static RoundRow round(ResultSet rs, int n) throws SQLException {
    return new RoundRow(rs.getLong("id"), rs.getLong("item_id"), rs.getInt("round_number"), rs.getString("instruction"),
        split(rs.getString("lead_units")), date(rs, "due_date"), instant(rs, "started_at"), rs.getString("ruling"),
        rs.getString("ruled_by"), instant(rs, "ruled_at"), rs.getObject("ruled_at_meeting") == null ? null : rs.getLong("ruled_at_meeting"));
  }

  private static ReportRow report(ResultSet rs, int n) throws SQLException {
    return new ReportRow(rs.getLong("id"), rs.getLong("round_id"), rs.getString("unit_id"), rs.getString("status"),
        rs.getString("progress"), rs.getString("suggestion"), rs.getString("reported_by"), instant(rs, "reported_at"));
  }

  private static ReviewRow review(ResultSet rs, int n) throws SQLException {
    return new ReviewRow(rs.getLong("id"), rs.getLong("round_id"), rs.getString("recommendation"), rs.getString("note"),
        split(rs.getString("return_to")), rs.getString("return_reason"), rs.getString("reviewed_by"), instant(rs, "reviewed_at"),
        rs.getString("consolidated"));
  }
}
