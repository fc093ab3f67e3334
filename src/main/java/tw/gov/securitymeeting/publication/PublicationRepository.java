package tw.gov.securitymeeting.publication;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import tw.gov.securitymeeting.publication.scan.Attachment;
import tw.gov.securitymeeting.publication.scan.Finding;
import tw.gov.securitymeeting.publication.scan.FindingKind;

/** The register of notices (app_publication*), written in the engine's transaction. */
@Repository
class PublicationRepository {

  record Row(long id, String title, String noticeText, String targetUrl, String unit, String drafter,
      LocalDate desiredDate, LocalDate eventEndDate, PublicationStatus status, String processInstanceId,
      int scanRound, int findingCount, boolean blocking, String reviewer, String outcome, String reason,
      String overrideReason, Instant reviewedAt, String publishedUrl, Instant publishedAt, LocalDate takeDownOn,
      LocalDate takeDownDue, boolean takeDownOverdue, Instant takenDownAt, String takenDownBy,
      Integer takenDownStatus, Instant createdAt) {}

  record AttachmentRow(long id, String filename, String mediaType, long size) {}

  record ReviewRow(int scanRound, String reviewer, String outcome, String reason, String overrideReason,
      Instant reviewedAt) {}

  private final JdbcTemplate jdbc;
  private final NamedParameterJdbcTemplate named;

  PublicationRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
    this.named = new NamedParameterJdbcTemplate(jdbc);
  }

  long insert(ValidPublication p, String drafter, Instant now) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    named.update("""
        insert into app_publication (title, notice_text, target_url, unit, drafter, desired_date, event_end_date,
          status, scan_round, finding_count, blocking, take_down_overdue, created_at, updated_at)
        values (:title, :text, :url, :unit, :drafter, :desired, :eventEnd, :status, 0, 0, false, false, :now, :now)""",
        new MapSqlParameterSource()
            .addValue("title", p.title()).addValue("text", p.noticeText()).addValue("url", p.targetUrl())
            .addValue("unit", p.unit()).addValue("drafter", drafter).addValue("desired", p.desiredDate())
            .addValue("eventEnd", p.eventEndDate()).addValue("status", PublicationStatus.SCANNING.name())
            .addValue("now", Timestamp.from(now)),
        key, new String[] {"id"});
    return key.getKey().longValue();
  }

  void insertAttachments(long publicationId, List<ValidPublication.Upload> uploads) {
    int position = 0;
    for (ValidPublication.Upload upload : uploads) {
      jdbc.update("""
          insert into app_publication_attachment (publication_id, position, filename, media_type, size_bytes, content)
          values (?, ?, ?, ?, ?, ?)""",
          publicationId, position++, upload.filename(), upload.mediaType(), (long) upload.content().length,
          upload.content());
    }
  }

  void deleteAttachments(long publicationId) {
    jdbc.update("delete from app_publication_attachment where publication_id = ?", publicationId);
  }

  /** The attachments with their bytes, for the scan. */
  List<Attachment> attachments(long publicationId) {
    return jdbc.query("select filename, content from app_publication_attachment where publication_id = ? order by position",
        (rs, n) -> new Attachment(rs.getString("filename"), rs.getBytes("content")), publicationId);
  }

  List<AttachmentRow> attachmentList(long publicationId) {
    return jdbc.query("""
        select id, filename, media_type, size_bytes from app_publication_attachment
        where publication_id = ? order by position""",
        (rs, n) -> new AttachmentRow(rs.getLong("id"), rs.getString("filename"), rs.getString("media_type"),
            rs.getLong("size_bytes")), publicationId);
  }

  void setProcessInstance(long id, String processInstanceId) {
    jdbc.update("update app_publication set process_instance_id = ? where id = ?", processInstanceId, id);
  }

  void setStatus(long id, PublicationStatus status, Instant now) {
    jdbc.update("update app_publication set status = ?, updated_at = ? where id = ?", status.name(), Timestamp.from(now), id);
  }

  /** Stores one scan's findings (masked excerpts only) and returns the scan's round number. */
  int recordScan(long id, List<Finding> findings, boolean blocking, Instant now) {
    int round = jdbc.queryForObject("select scan_round from app_publication where id = ?", Integer.class, id) + 1;
    int position = 0;
    for (Finding f : findings) {
      jdbc.update("""
          insert into app_publication_finding (publication_id, scan_round, position, kind, source, location, excerpt)
          values (?, ?, ?, ?, ?, ?, ?)""",
          id, round, position++, f.kind().name(), cut(f.source(), 300), cut(f.location(), 300), cut(f.excerpt(), 1000));
    }
    jdbc.update("""
        update app_publication set scan_round = ?, finding_count = ?, blocking = ?, status = ?, updated_at = ?
        where id = ?""", round, findings.size(), blocking, PublicationStatus.IN_REVIEW.name(), Timestamp.from(now), id);
    return round;
  }

  List<Finding> findings(long id, int round) {
    return jdbc.query("""
        select kind, source, location, excerpt from app_publication_finding
        where publication_id = ? and scan_round = ? order by position""",
        (rs, n) -> new Finding(FindingKind.valueOf(rs.getString("kind")), rs.getString("source"),
            rs.getString("location"), rs.getString("excerpt")), id, round);
  }

  void recordReview(long id, int round, String reviewer, String outcome, String reason, String overrideReason,
      PublicationStatus status, Instant now) {
    jdbc.update("""
        insert into app_publication_review (publication_id, scan_round, reviewer, outcome, reason, override_reason, reviewed_at)
        values (?, ?, ?, ?, ?, ?, ?)""", id, round, reviewer, outcome, reason, overrideReason, Timestamp.from(now));
    jdbc.update("""
        update app_publication set reviewer = ?, outcome = ?, reason = ?, override_reason = ?, reviewed_at = ?,
          status = ?, updated_at = ? where id = ?""",
        reviewer, outcome, reason, overrideReason, Timestamp.from(now), status.name(), Timestamp.from(now), id);
  }

  List<ReviewRow> reviews(long id) {
    return jdbc.query("""
        select scan_round, reviewer, outcome, reason, override_reason, reviewed_at from app_publication_review
        where publication_id = ? order by id""",
        (rs, n) -> new ReviewRow(rs.getInt("scan_round"), rs.getString("reviewer"), rs.getString("outcome"),
            rs.getString("reason"), rs.getString("override_reason"), instant(rs, "reviewed_at")), id);
  }

  void revise(long id, String title, String noticeText, Instant now) {
    jdbc.update("update app_publication set title = ?, notice_text = ?, status = ?, updated_at = ? where id = ?",
        title, noticeText, PublicationStatus.SCANNING.name(), Timestamp.from(now), id);
  }

  void recordPublished(long id, String url, Instant publishedAt, Instant now) {
    jdbc.update("update app_publication set published_url = ?, published_at = ?, status = ?, updated_at = ? where id = ?",
        url, Timestamp.from(publishedAt), PublicationStatus.PUBLISHED.name(), Timestamp.from(now), id);
  }

  void scheduleTakeDown(long id, LocalDate takeDownOn) {
    jdbc.update("update app_publication set take_down_on = ? where id = ?", takeDownOn, id);
  }

  void takeDownDue(long id, LocalDate due, Instant now) {
    jdbc.update("update app_publication set take_down_due = ?, status = ?, updated_at = ? where id = ?",
        due, PublicationStatus.TAKE_DOWN_DUE.name(), Timestamp.from(now), id);
  }

  void markTakeDownOverdue(long id, Instant now) {
    jdbc.update("update app_publication set take_down_overdue = true, updated_at = ? where id = ?", Timestamp.from(now), id);
  }

  void recordTakenDown(long id, String by, int httpStatus, Instant checkedAt, Instant now) {
    jdbc.update("""
        update app_publication set taken_down_at = ?, taken_down_by = ?, taken_down_status = ?, status = ?, updated_at = ?
        where id = ?""", Timestamp.from(checkedAt), by, httpStatus, PublicationStatus.TAKEN_DOWN.name(),
        Timestamp.from(now), id);
  }

  Optional<Row> find(long id) {
    return jdbc.query("select * from app_publication where id = ?", this::row, id).stream().findFirst();
  }

  /** The notice a process instance reviews, as the start listener linked them. */
  Optional<Row> findByProcessInstance(String processInstanceId) {
    return jdbc.query("select * from app_publication where process_instance_id = ?", this::row, processInstanceId)
        .stream().findFirst();
  }

  /** The row, locked until the transaction ends (a concurrent revise or replace waits). */
  Optional<Row> findForUpdate(long id) {
    return jdbc.query("select * from app_publication where id = ? for update", this::row, id).stream().findFirst();
  }

  /** Newest first; {@code units} null means every unit. */
  List<Row> list(PublicationStatus status, Collection<String> units) {
    StringBuilder sql = new StringBuilder("select * from app_publication where 1 = 1");
    MapSqlParameterSource params = new MapSqlParameterSource();
    if (status != null) {
      sql.append(" and status = :status");
      params.addValue("status", status.name());
    }
    if (units != null) {
      if (units.isEmpty()) {
        return List.of();
      }
      sql.append(" and unit in (:units)");
      params.addValue("units", units);
    }
    sql.append(" order by id desc");
    return named.query(sql.toString(), params, this::row);
  }

  /** One page of the register, newest first; {@code units} null means every unit, {@code unit} narrows to one. */
  List<Row> page(PublicationStatus status, Collection<String> units, String unit, int offset, int limit) {
    MapSqlParameterSource params = new MapSqlParameterSource();
    String where = where(status, units, unit, params);
    if (where == null) {
      return List.of();
    }
    params.addValue("offset", offset).addValue("limit", limit);
    return named.query("select * from app_publication" + where + " order by id desc offset :offset rows fetch next :limit rows only",
        params, this::row);
  }

  int count(PublicationStatus status, Collection<String> units, String unit) {
    MapSqlParameterSource params = new MapSqlParameterSource();
    String where = where(status, units, unit, params);
    return where == null ? 0 : named.queryForObject("select count(*) from app_publication" + where, params, Integer.class);
  }

  /** The where clause of a register page; null when nothing can match. */
  private static String where(PublicationStatus status, Collection<String> units, String unit, MapSqlParameterSource params) {
    StringBuilder sql = new StringBuilder(" where 1 = 1");
    if (status != null) {
      sql.append(" and status = :status");
      params.addValue("status", status.name());
    }
    if (units != null) {
      if (units.isEmpty() || (unit != null && !units.contains(unit))) {
        return null;
      }
      sql.append(" and unit in (:units)");
      params.addValue("units", units);
    }
    if (unit != null) {
      sql.append(" and unit = :unit");
      params.addValue("unit", unit);
    }
    return sql.toString();
  }

  private Row row(ResultSet rs, int n) throws SQLException {
    return new Row(rs.getLong("id"), rs.getString("title"), rs.getString("notice_text"), rs.getString("target_url"),
        rs.getString("unit"), rs.getString("drafter"), date(rs, "desired_date"), date(rs, "event_end_date"),
        PublicationStatus.valueOf(rs.getString("status")), rs.getString("process_instance_id"), rs.getInt("scan_round"),
        rs.getInt("finding_count"), rs.getBoolean("blocking"), rs.getString("reviewer"), rs.getString("outcome"),
        rs.getString("reason"), rs.getString("override_reason"), instant(rs, "reviewed_at"),
        rs.getString("published_url"), instant(rs, "published_at"), date(rs, "take_down_on"),
        date(rs, "take_down_due"), rs.getBoolean("take_down_overdue"), instant(rs, "taken_down_at"),
        rs.getString("taken_down_by"), (Integer) rs.getObject("taken_down_status", Integer.class),
        instant(rs, "created_at"));
  }

  private static LocalDate date(ResultSet rs, String column) throws SQLException {
    java.sql.Date d = rs.getDate(column);
    return d == null ? null : d.toLocalDate();
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }

  private static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
