package tw.gov.securitymeeting.specialperiod;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** app_sp_plan, app_sp_measure, app_sp_unit_task and app_sp_result. Joins the caller's (engine's) transaction. */
@Repository
class PlanRepository {

  record PlanRow(
      long id, String processInstanceId, String title, String occasion, LocalDate startDate, LocalDate endDate,
      String mission, String notes, String coordination, String contacts, Long copiedFrom, PlanStatus status,
      String returnReason, Instant approvedAt, String summary, String reviewComment, Instant reviewedAt,
      String createdBy, Instant createdAt) {}

  record MeasureRow(long id, long planId, int seq, Area area, String text, List<String> units) {}

  record UnitTaskRow(
      long id, long planId, String taskId, String step, String unitId, LocalDate dueDate, String note,
      String completedBy, Instant completedAt) {}

  record ResultRow(long measureId, String unitId, String result, String reportedBy, Instant reportedAt) {}

  private final JdbcTemplate jdbc;

  PlanRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  long insert(ValidPlan plan, Long copiedFrom, String by, Instant at) {
    var keys = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      PreparedStatement s = connection.prepareStatement("""
          insert into app_sp_plan (title, occasion, start_date, end_date, mission, notes, coordination, contacts,
            copied_from, status, created_by, created_at)
          values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", new String[] {"id"});
      s.setString(1, plan.title());
      s.setString(2, plan.occasion());
      s.setDate(3, Date.valueOf(plan.startDate()));
      s.setDate(4, Date.valueOf(plan.endDate()));
      s.setString(5, plan.mission());
      s.setString(6, plan.notes());
      s.setString(7, plan.coordination());
      s.setString(8, plan.contacts());
      s.setObject(9, copiedFrom);
      s.setString(10, PlanStatus.PENDING_APPROVAL.name());
      s.setString(11, by);
      s.setObject(12, offset(at));
      return s;
    }, keys);
    long id = keys.getKey().longValue();
    insertMeasures(id, plan.measures());
    return id;
  }

  /** A revision after a return: the plan's texts, period and measures are replaced. */
  void update(long id, ValidPlan plan) {
    jdbc.update("""
        update app_sp_plan set title = ?, occasion = ?, start_date = ?, end_date = ?, mission = ?, notes = ?,
          coordination = ?, contacts = ? where id = ?""",
        plan.title(), plan.occasion(), Date.valueOf(plan.startDate()), Date.valueOf(plan.endDate()), plan.mission(),
        plan.notes(), plan.coordination(), plan.contacts(), id);
    jdbc.update("delete from app_sp_measure where plan_id = ?", id);
    insertMeasures(id, plan.measures());
  }

  private void insertMeasures(long planId, List<ValidPlan.Measure> measures) {
    for (int i = 0; i < measures.size(); i++) {
      ValidPlan.Measure m = measures.get(i);
      jdbc.update("insert into app_sp_measure (plan_id, seq, area, text, units) values (?, ?, ?, ?, ?)",
          planId, i + 1, m.area().name(), m.text(), String.join(",", m.units()));
    }
  }

  void setProcessInstance(long id, String processInstanceId) {
    jdbc.update("update app_sp_plan set process_instance_id = ? where id = ?", processInstanceId, id);
  }

  void setStatus(long id, PlanStatus status) {
    jdbc.update("update app_sp_plan set status = ? where id = ?", status.name(), id);
  }

  void approve(long id, Instant at) {
    jdbc.update("update app_sp_plan set status = ?, approved_at = ?, return_reason = null where id = ?",
        PlanStatus.APPROVED.name(), offset(at), id);
  }

  void returnForRevision(long id, String reason) {
    jdbc.update("update app_sp_plan set status = ?, return_reason = ? where id = ?", PlanStatus.RETURNED.name(), reason, id);
  }

  void saveSummary(long id, String summary) {
    jdbc.update("update app_sp_plan set summary = ?, status = ? where id = ?", summary, PlanStatus.REVIEWING.name(), id);
  }

  void review(long id, String comment, Instant at) {
    jdbc.update("update app_sp_plan set review_comment = ?, reviewed_at = ?, status = ? where id = ?",
        comment, offset(at), PlanStatus.CLOSED.name(), id);
  }

  Optional<PlanRow> find(long id) {
    return jdbc.query("select * from app_sp_plan where id = ?", PlanRepository::plan, id).stream().findFirst();
  }

  Optional<PlanRow> byProcessInstance(String processInstanceId) {
    return jdbc.query("select * from app_sp_plan where process_instance_id = ?", PlanRepository::plan, processInstanceId)
        .stream().findFirst();
  }

  List<PlanRow> all() {
    return jdbc.query("select * from app_sp_plan order by start_date desc, id desc", PlanRepository::plan);
  }

  /** Approved plans whose period covers the day. */
  List<PlanRow> runningOn(LocalDate day) {
    return jdbc.query("select * from app_sp_plan where start_date <= ? and end_date >= ? and status not in (?, ?) order by id",
        PlanRepository::plan, Date.valueOf(day), Date.valueOf(day), PlanStatus.PENDING_APPROVAL.name(), PlanStatus.RETURNED.name());
  }

  List<MeasureRow> measures(long planId) {
    return jdbc.query("select * from app_sp_measure where plan_id = ? order by seq", (rs, n) -> new MeasureRow(
        rs.getLong("id"), rs.getLong("plan_id"), rs.getInt("seq"), Area.valueOf(rs.getString("area")), rs.getString("text"),
        Arrays.asList(rs.getString("units").split(","))), planId);
  }

  void unitTaskCreated(long planId, String taskId, String step, String unitId, LocalDate due) {
    jdbc.update("insert into app_sp_unit_task (plan_id, task_id, step, unit_id, due_date) values (?, ?, ?, ?, ?)",
        planId, taskId, step, unitId, due == null ? null : Date.valueOf(due));
  }

  Optional<UnitTaskRow> unitTask(String taskId) {
    return jdbc.query("select * from app_sp_unit_task where task_id = ?", PlanRepository::unitTask, taskId).stream().findFirst();
  }

  List<UnitTaskRow> unitTasks(long planId) {
    return jdbc.query("select * from app_sp_unit_task where plan_id = ? order by id", PlanRepository::unitTask, planId);
  }

  void unitTaskCompleted(String taskId, String note, String by, Instant at) {
    jdbc.update("update app_sp_unit_task set note = ?, completed_by = ?, completed_at = ? where task_id = ?",
        note, by, offset(at), taskId);
  }

  void saveResult(long planId, long measureId, String unitId, String result, String by, Instant at) {
    jdbc.update("delete from app_sp_result where measure_id = ? and unit_id = ?", measureId, unitId);
    jdbc.update("insert into app_sp_result (plan_id, measure_id, unit_id, result, reported_by, reported_at) values (?, ?, ?, ?, ?, ?)",
        planId, measureId, unitId, result, by, offset(at));
  }

  List<ResultRow> results(long planId) {
    return jdbc.query("select * from app_sp_result where plan_id = ? order by measure_id, unit_id", (rs, n) -> new ResultRow(
        rs.getLong("measure_id"), rs.getString("unit_id"), rs.getString("result"), rs.getString("reported_by"),
        instant(rs, "reported_at")), planId);
  }

  private static PlanRow plan(ResultSet rs, int n) throws SQLException {
    long copied = rs.getLong("copied_from");
    return new PlanRow(rs.getLong("id"), rs.getString("process_instance_id"), rs.getString("title"), rs.getString("occasion"),
        rs.getDate("start_date").toLocalDate(), rs.getDate("end_date").toLocalDate(), rs.getString("mission"),
        rs.getString("notes"), rs.getString("coordination"), rs.getString("contacts"), rs.wasNull() ? null : copied,
        PlanStatus.valueOf(rs.getString("status")), rs.getString("return_reason"), instant(rs, "approved_at"),
        rs.getString("summary"), rs.getString("review_comment"), instant(rs, "reviewed_at"), rs.getString("created_by"),
        instant(rs, "created_at"));
  }

  private static UnitTaskRow unitTask(ResultSet rs, int n) throws SQLException {
    Date due = rs.getDate("due_date");
    return new UnitTaskRow(rs.getLong("id"), rs.getLong("plan_id"), rs.getString("task_id"), rs.getString("step"),
        rs.getString("unit_id"), due == null ? null : due.toLocalDate(), rs.getString("note"), rs.getString("completed_by"),
        instant(rs, "completed_at"));
  }

  static OffsetDateTime offset(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }

  static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }
}
