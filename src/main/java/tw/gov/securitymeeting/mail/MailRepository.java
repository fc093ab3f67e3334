package tw.gov.securitymeeting.mail;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The app_mail table. */
@Repository
class MailRepository {

  record Row(MailRecord record, String text, String html) {}

  private final JdbcTemplate jdbc;

  MailRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  boolean exists(String dedupKey) {
    Integer count = jdbc.queryForObject("select count(*) from app_mail where dedup_key = ?", Integer.class, dedupKey);
    return count != null && count > 0;
  }

  long insert(OutgoingMail mail, Instant at) {
    var keys = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      PreparedStatement s = connection.prepareStatement(
          """
          insert into app_mail (dedup_key, kind, task_id, process_instance_id, recipients, subject, body_text, body_html,
            status, attempts, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)""", new String[] {"id"});
      s.setString(1, mail.dedupKey());
      s.setString(2, mail.kind());
      s.setString(3, mail.taskId());
      s.setString(4, mail.processInstanceId());
      s.setString(5, String.join(",", mail.recipients()));
      s.setString(6, mail.subject());
      s.setString(7, mail.text());
      s.setString(8, mail.html());
      s.setString(9, MailStatus.PENDING.name());
      s.setTimestamp(10, Timestamp.from(at));
      return s;
    }, keys);
    return keys.getKey().longValue();
  }

  Optional<Row> find(long id) {
    return jdbc.query("select * from app_mail where id = ?", MailRepository::row, id).stream().findFirst();
  }

  /**
   * Takes the mail for sending; false when another delivery has it (claimed after
   * {@code staleBefore}) or it is already sent or dropped.
   */
  boolean claim(long id, Instant at, Instant staleBefore) {
    return jdbc.update(
        "update app_mail set status = ?, claimed_at = ? where id = ?"
            + " and (status in (?, ?) or (status = ? and claimed_at < ?))",
        MailStatus.SENDING.name(), Timestamp.from(at), id, MailStatus.PENDING.name(), MailStatus.FAILED.name(),
        MailStatus.SENDING.name(), Timestamp.from(staleBefore)) == 1;
  }

  void markSent(long id, Instant at) {
    jdbc.update("update app_mail set status = ?, sent_at = ?, attempts = attempts + 1, last_error = null where id = ?",
        MailStatus.SENT.name(), Timestamp.from(at), id);
  }

  void markDropped(long id) {
    jdbc.update("update app_mail set status = ? where id = ?", MailStatus.DROPPED.name(), id);
  }

  void recordFailure(long id, String error, boolean lastAttempt) {
    jdbc.update("update app_mail set status = ?, attempts = attempts + 1, last_error = ? where id = ?",
        (lastAttempt ? MailStatus.FAILED : MailStatus.PENDING).name(), error, id);
  }

  List<MailRecord> search(String taskId, MailStatus status, int limit) {
    StringBuilder sql = new StringBuilder("select * from app_mail where 1 = 1");
    List<Object> args = new ArrayList<>();
    if (taskId != null) {
      sql.append(" and task_id = ?");
      args.add(taskId);
    }
    if (status != null) {
      sql.append(" and status = ?");
      args.add(status.name());
    }
    sql.append(" order by created_at desc, id desc");
    return jdbc.query(sql.toString(), MailRepository::row, args.toArray()).stream().limit(limit).map(Row::record).toList();
  }

  private static Row row(ResultSet rs, int n) throws SQLException {
    Timestamp sent = rs.getTimestamp("sent_at");
    var record = new MailRecord(rs.getLong("id"), rs.getString("kind"), rs.getString("task_id"), rs.getString("process_instance_id"),
        Arrays.asList(rs.getString("recipients").split(",")), rs.getString("subject"), MailStatus.valueOf(rs.getString("status")),
        rs.getInt("attempts"), rs.getString("last_error"), rs.getTimestamp("created_at").toInstant(), sent == null ? null : sent.toInstant());
    return new Row(record, rs.getString("body_text"), rs.getString("body_html"));
  }
}
