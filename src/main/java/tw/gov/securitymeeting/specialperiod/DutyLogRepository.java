package tw.gov.securitymeeting.specialperiod;

import static tw.gov.securitymeeting.specialperiod.PlanRepository.instant;
import static tw.gov.securitymeeting.specialperiod.PlanRepository.offset;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** app_sp_duty_day: one row per calendar day of a plan's period, written when the day's task is created. */
@Repository
class DutyLogRepository {

  record DutyDayRow(
      long id, long planId, LocalDate dutyDate, String taskId, String checkedAreas, String anomalies, String onDuty,
      String recordedBy, Instant recordedAt, Instant escalatedAt) {

    boolean recorded() {
      return recordedAt != null;
    }
  }

  private final JdbcTemplate jdbc;

  DutyLogRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void dayOpened(long planId, LocalDate day, String taskId) {
    if (jdbc.update("update app_sp_duty_day set task_id = ? where plan_id = ? and duty_date = ?", taskId, planId, Date.valueOf(day)) == 0) {
      jdbc.update("insert into app_sp_duty_day (plan_id, duty_date, task_id) values (?, ?, ?)", planId, Date.valueOf(day), taskId);
    }
  }

  Optional<DutyDayRow> byTask(String taskId) {
    return jdbc.query("select * from app_sp_duty_day where task_id = ?", DutyLogRepository::row, taskId).stream().findFirst();
  }

  Optional<DutyDayRow> day(long planId, LocalDate day) {
    return jdbc.query("select * from app_sp_duty_day where plan_id = ? and duty_date = ?", DutyLogRepository::row, planId,
        Date.valueOf(day)).stream().findFirst();
  }

  List<DutyDayRow> days(long planId) {
    return jdbc.query("select * from app_sp_duty_day where plan_id = ? order by duty_date", DutyLogRepository::row, planId);
  }

  void record(long id, String checkedAreas, String anomalies, String onDuty, String by, Instant at) {
    jdbc.update("update app_sp_duty_day set checked_areas = ?, anomalies = ?, on_duty = ?, recorded_by = ?, recorded_at = ? where id = ?",
        checkedAreas, anomalies, onDuty, by, offset(at), id);
  }

  void escalated(long id, Instant at) {
    jdbc.update("update app_sp_duty_day set escalated_at = ? where id = ?", offset(at), id);
  }

  private static DutyDayRow row(ResultSet rs, int n) throws SQLException {
    return new DutyDayRow(rs.getLong("id"), rs.getLong("plan_id"), rs.getDate("duty_date").toLocalDate(), rs.getString("task_id"),
        rs.getString("checked_areas"), rs.getString("anomalies"), rs.getString("on_duty"), rs.getString("recorded_by"),
        instant(rs, "recorded_at"), instant(rs, "escalated_at"));
  }
}
