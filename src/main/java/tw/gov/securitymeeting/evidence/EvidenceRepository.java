package tw.gov.securitymeeting.evidence;

import static tw.gov.securitymeeting.evidence.IncidentRepository.instant;
import static tw.gov.securitymeeting.evidence.IncidentRepository.offset;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** app_evidence_item and the append-only app_evidence_custody. */
@Repository
class EvidenceRepository {

  record ItemRow(
      long id, long incidentId, String description, String sourceDevice, String method, String sha256, String fileName,
      Long fileSize, String filePath, String acquiredBy, Instant acquiredAt, String recordedBy, Instant recordedAt) {}

  record CustodyRow(
      long id, long itemId, int seq, Instant handedAt, String handedBy, String receivedBy, String reason, String location,
      String recordedBy, Instant recordedAt, String prevHash, String entryHash) {}

  private final JdbcTemplate jdbc;

  EvidenceRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  long insertItem(ItemRow item) {
    var keys = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      PreparedStatement s = connection.prepareStatement(
          """
          insert into app_evidence_item (incident_id, description, source_device, method, sha256, file_name, file_size,
            file_path, acquired_by, acquired_at, recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
          new String[] {"id"});
      s.setLong(1, item.incidentId());
      s.setString(2, item.description());
      s.setString(3, item.sourceDevice());
      s.setString(4, item.method());
      s.setString(5, item.sha256());
      s.setString(6, item.fileName());
      if (item.fileSize() == null) {
        s.setNull(7, Types.BIGINT);
      } else {
        s.setLong(7, item.fileSize());
      }
      s.setString(8, item.filePath());
      s.setString(9, item.acquiredBy());
      s.setObject(10, offset(item.acquiredAt()));
      s.setString(11, item.recordedBy());
      s.setObject(12, offset(item.recordedAt()));
      return s;
    }, keys);
    return keys.getKey().longValue();
  }

  List<ItemRow> items(long incidentId) {
    return jdbc.query("select * from app_evidence_item where incident_id = ? order by id", EvidenceRepository::item, incidentId);
  }

  Optional<ItemRow> item(long incidentId, long itemId) {
    return jdbc.query("select * from app_evidence_item where incident_id = ? and id = ?", EvidenceRepository::item, incidentId, itemId)
        .stream().findFirst();
  }

  /** Locks the item's row until the transaction ends: hand-overs of one item are appended one at a time. */
  void lock(long itemId) {
    jdbc.queryForList("select id from app_evidence_item where id = ? for update", itemId);
  }

  List<CustodyRow> custody(long itemId) {
    return jdbc.query("select * from app_evidence_custody where item_id = ? order by seq", EvidenceRepository::custody, itemId);
  }

  void insertCustody(CustodyRow row) {
    jdbc.update(
        """
        insert into app_evidence_custody (item_id, seq, handed_at, handed_by, received_by, reason, location, recorded_by,
          recorded_at, prev_hash, entry_hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        row.itemId(), row.seq(), offset(row.handedAt()), row.handedBy(), row.receivedBy(), row.reason(), row.location(),
        row.recordedBy(), offset(row.recordedAt()), row.prevHash(), row.entryHash());
  }

  private static ItemRow item(ResultSet rs, int n) throws SQLException {
    long size = rs.getLong("file_size");
    Long fileSize = rs.wasNull() ? null : size;
    return new ItemRow(rs.getLong("id"), rs.getLong("incident_id"), rs.getString("description"), rs.getString("source_device"),
        rs.getString("method"), rs.getString("sha256"), rs.getString("file_name"), fileSize, rs.getString("file_path"),
        rs.getString("acquired_by"), instant(rs, "acquired_at"), rs.getString("recorded_by"), instant(rs, "recorded_at"));
  }

  private static CustodyRow custody(ResultSet rs, int n) throws SQLException {
    return new CustodyRow(rs.getLong("id"), rs.getLong("item_id"), rs.getInt("seq"), instant(rs, "handed_at"),
        rs.getString("handed_by"), rs.getString("received_by"), rs.getString("reason"), rs.getString("location"),
        rs.getString("recorded_by"), instant(rs, "recorded_at"), rs.getString("prev_hash"), rs.getString("entry_hash"));
  }
}
