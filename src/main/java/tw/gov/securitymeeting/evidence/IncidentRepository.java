package tw.gov.securitymeeting.evidence;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The app_incident and app_incident_step tables. Joins the caller's (engine's) transaction. */
@Repository
class IncidentRepository {

  record IncidentRow(
      long id, String processInstanceId, String description, Instant occurredAt, Instant awareAt, String systems,
      String reporter, String unitId, int level, Instant notifyDeadline, Instant recoveryDeadline, List<String> members,
      String notifyChannel, String notifyReference, Instant notifiedAt, Instant recoveredAt, ReportParts report,
      String status, String reportedBy, Instant reportedAt, Instant closedAt) {}

  record StepRow(
      long id, String taskId, String stepKey, String stepName, Instant createdAt, Instant dueAt, Instant completedAt,
      String completedBy, String note) {}

  private final JdbcTemplate jdbc;

  IncidentRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  long insert(ValidIncident incident, Instant notifyDeadline, Instant recoveryDeadline, String reportedBy, Instant at) {
    var keys = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      PreparedStatement s = connection.prepareStatement(
          """
          insert into app_incident (description, occurred_at, aware_at, systems, reporter, unit_id, incident_level,
            notify_deadline, recovery_deadline, status, reported_by, reported_at)
          values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", new String[] {"id"});
      s.setString(1, incident.description());
      s.setObject(2, offset(incident.occurredAt()));
      s.setObject(3, offset(incident.awareAt()));
      s.setString(4, incident.systems());
      s.setString(5, incident.reporter());
      s.setString(6, incident.unitId());
      s.setInt(7, incident.level());
      s.setObject(8, offset(notifyDeadline));
      s.setObject(9, offset(recoveryDeadline));
      s.setString(10, IncidentStatus.NOTIFYING.name());
      s.setString(11, reportedBy);
      s.setObject(12, offset(at));
      return s;
    }, keys);
    return keys.getKey().longValue();
  }

  void setProcessInstance(long id, String processInstanceId) {
    jdbc.update("update app_incident set process_instance_id = ? where id = ?", processInstanceId, id);
  }

  void setStatus(long id, IncidentStatus status) {
    jdbc.update("update app_incident set status = ? where id = ?", status.name(), id);
  }

  void recordNotification(long id, String channel, String reference, Instant at) {
    jdbc.update("update app_incident set notify_channel = ?, notify_reference = ?, notified_at = ? where id = ?",
        channel, reference, offset(at), id);
  }

  void setMembers(long id, List<String> members) {
    jdbc.update("update app_incident set members = ? where id = ?", String.join(",", members), id);
  }

  void recordRecovery(long id, Instant at) {
    jdbc.update("update app_incident set recovered_at = ? where id = ?", offset(at), id);
  }

  void saveReport(long id, ReportParts parts) {
    jdbc.update(
        """
        update app_incident set report_times = ?, report_impact = ?, report_containment = ?, report_investigation = ?,
          report_root_cause = ?, report_prevention = ?, report_tracking = ? where id = ?""",
        parts.times(), parts.impact(), parts.containment(), parts.investigation(), parts.rootCause(), parts.prevention(),
        parts.tracking(), id);
  }

  void close(long id, Instant at) {
    jdbc.update("update app_incident set status = ?, closed_at = ? where id = ?", IncidentStatus.CLOSED.name(), offset(at), id);
  }

  Optional<IncidentRow> find(long id) {
    return jdbc.query("select * from app_incident where id = ?", IncidentRepository::incident, id).stream().findFirst();
  }

  Optional<IncidentRow> findByProcessInstance(String processInstanceId) {
    return jdbc.query("select * from app_incident where process_instance_id = ?", IncidentRepository::incident, processInstanceId)
        .stream().findFirst();
  }

  /** One page of incidents, newest first; {@code member} null means every incident, else those naming them on the task force. */
  List<IncidentRow> page(IncidentStatus status, String member, int offset, int limit) {
    List<Object> args = new ArrayList<>();
    String where = where(status, member, args);
    args.add(offset);
    args.add(limit);
    return jdbc.query("select * from app_incident" + where + " order by id desc offset ? rows fetch next ? rows only",
        IncidentRepository::incident, args.toArray());
  }

  int count(IncidentStatus status, String member) {
    List<Object> args = new ArrayList<>();
    return jdbc.queryForObject("select count(*) from app_incident" + where(status, member, args), Integer.class, args.toArray());
  }

  private static String where(IncidentStatus status, String member, List<Object> args) {
    StringBuilder sql = new StringBuilder(" where 1 = 1");
    if (status != null) {
      sql.append(" and status = ?");
      args.add(status.name());
    }
    if (member != null) {
      sql.append(" and ',' || members || ',' like ? escape '!'");
      args.add("%," + member.replace("!", "!!").replace("%", "!%").replace("_", "!_") + ",%");
    }
    return sql.toString();
  }

  void stepCreated(long incidentId, String taskId, String key, String name, Instant at, Instant due) {
    jdbc.update("insert into app_incident_step (incident_id, task_id, step_key, step_name, created_at, due_at) values (?, ?, ?, ?, ?, ?)",
        incidentId, taskId, key, name, offset(at), offset(due));
  }

  void stepCompleted(String taskId, String by, Instant at) {
    jdbc.update("update app_incident_step set completed_at = ?, completed_by = ? where task_id = ?", offset(at), by, taskId);
  }

  /** An event that is not a task (an escalation): created and completed at once. */
  void event(long incidentId, String key, String name, Instant at, Instant due, String note) {
    jdbc.update(
        "insert into app_incident_step (incident_id, step_key, step_name, created_at, due_at, completed_at, note) values (?, ?, ?, ?, ?, ?, ?)",
        incidentId, key, name, offset(at), offset(due), offset(at), note);
  }

  List<StepRow> steps(long incidentId) {
    return jdbc.query("select * from app_incident_step where incident_id = ? order by created_at, id",
        (rs, n) -> new StepRow(rs.getLong("id"), rs.getString("task_id"), rs.getString("step_key"), rs.getString("step_name"),
            instant(rs, "created_at"), instant(rs, "due_at"), instant(rs, "completed_at"), rs.getString("completed_by"),
            rs.getString("note")),
        incidentId);
  }

  static OffsetDateTime offset(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }

  static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  private static IncidentRow incident(ResultSet rs, int n) throws SQLException {
    String members = rs.getString("members");
    return new IncidentRow(
        rs.getLong("id"), rs.getString("process_instance_id"), rs.getString("description"), instant(rs, "occurred_at"),
        instant(rs, "aware_at"), rs.getString("systems"), rs.getString("reporter"), rs.getString("unit_id"),
        rs.getInt("incident_level"), instant(rs, "notify_deadline"), instant(rs, "recovery_deadline"),
        members == null || members.isEmpty() ? List.of() : List.of(members.split(",")),
        rs.getString("notify_channel"), rs.getString("notify_reference"), instant(rs, "notified_at"),
        instant(rs, "recovered_at"),
        new ReportParts(rs.getString("report_times"), rs.getString("report_impact"), rs.getString("report_containment"),
            rs.getString("report_investigation"), rs.getString("report_root_cause"), rs.getString("report_prevention"),
            rs.getString("report_tracking")),
        rs.getString("status"), rs.getString("reported_by"), instant(rs, "reported_at"), instant(rs, "closed_at"));
  }
}
