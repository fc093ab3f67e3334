package tw.gov.securitymeeting.specialperiod;

import static tw.gov.securitymeeting.specialperiod.PlanRepository.instant;
import static tw.gov.securitymeeting.specialperiod.PlanRepository.offset;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** app_sp_situation and its timeline app_sp_situation_event (append-only). */
@Repository
class SituationRepository {

  record SituationRow(
      long id, long planId, String processInstanceId, SituationKind kind, boolean ownAgency, String description, String place,
      Instant occurredAt, String unitId, String reporter, String notifiedAuthority, String authorityNotifiedTo,
      Instant authorityNotifiedAt, String authorityReference, String evidenceSystems, Integer evidenceLevel,
      String evidenceProcessInstance, String evidenceBusinessKey,
      String reportedBy, Instant reportedAt) {}

  record EventRow(Instant at, String what, String note, String by) {}

  private final JdbcTemplate jdbc;

  SituationRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  long insert(long planId, ValidSituation s, String by, Instant at) {
    var keys = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      PreparedStatement p = connection.prepareStatement("""
          insert into app_sp_situation (plan_id, kind, own_agency, description, place, occurred_at, unit_id, reporter,
            notified_authority, reported_by, reported_at)
          values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", new String[] {"id"});
      p.setLong(1, planId);
      p.setString(2, s.kind().name());
      p.setBoolean(3, s.ownAgency());
      p.setString(4, s.description());
      p.setString(5, s.place());
      p.setObject(6, offset(s.occurredAt()));
      p.setString(7, s.unitId());
      p.setString(8, s.reporter());
      p.setString(9, s.notifiedAuthority());
      p.setString(10, by);
      p.setObject(11, offset(at));
      return p;
    }, keys);
    return keys.getKey().longValue();
  }

  void setProcessInstance(long id, String processInstanceId) {
    jdbc.update("update app_sp_situation set process_instance_id = ? where id = ?", processInstanceId, id);
  }

  void authorityNotified(long id, String to, Instant at, String reference) {
    jdbc.update("update app_sp_situation set authority_notified_to = ?, authority_notified_at = ?, authority_reference = ? where id = ?",
        to, offset(at), reference, id);
  }

  void evidenceDecided(long id, String systems, Integer level) {
    jdbc.update("update app_sp_situation set evidence_systems = ?, evidence_level = ? where id = ?", systems, level, id);
  }

  void evidenceStarted(long id, String processInstanceId, String businessKey) {
    jdbc.update("update app_sp_situation set evidence_process_instance = ?, evidence_business_key = ? where id = ?",
        processInstanceId, businessKey, id);
  }

  void event(long id, String what, String note, String by, Instant at) {
    jdbc.update("insert into app_sp_situation_event (situation_id, at, what, note, by_user) values (?, ?, ?, ?, ?)",
        id, offset(at), what, note, by);
  }

  Optional<SituationRow> find(long id) {
    return jdbc.query("select * from app_sp_situation where id = ?", SituationRepository::row, id).stream().findFirst();
  }

  Optional<SituationRow> byProcessInstance(String processInstanceId) {
    return jdbc.query("select * from app_sp_situation where process_instance_id = ?", SituationRepository::row, processInstanceId)
        .stream().findFirst();
  }

  List<SituationRow> ofPlan(long planId) {
    return jdbc.query("select * from app_sp_situation where plan_id = ? order by occurred_at, id", SituationRepository::row, planId);
  }

  List<EventRow> events(long situationId) {
    return jdbc.query("select * from app_sp_situation_event where situation_id = ? order by at, id", (rs, n) -> new EventRow(
        instant(rs, "at"), rs.getString("what"), rs.getString("note"), rs.getString("by_user")), situationId);
  }

  private static SituationRow row(ResultSet rs, int n) throws SQLException {
    return new SituationRow(rs.getLong("id"), rs.getLong("plan_id"), rs.getString("process_instance_id"),
        SituationKind.valueOf(rs.getString("kind")), rs.getBoolean("own_agency"), rs.getString("description"), rs.getString("place"),
        instant(rs, "occurred_at"), rs.getString("unit_id"), rs.getString("reporter"), rs.getString("notified_authority"),
        rs.getString("authority_notified_to"), instant(rs, "authority_notified_at"), rs.getString("authority_reference"),
        rs.getString("evidence_systems"), (Integer) rs.getObject("evidence_level", Integer.class),
        rs.getString("evidence_process_instance"), rs.getString("evidence_business_key"), rs.getString("reported_by"),
        instant(rs, "reported_at"));
  }
}
