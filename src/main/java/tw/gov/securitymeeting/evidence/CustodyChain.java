package tw.gov.securitymeeting.evidence;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * The hashes of the chain of custody (證物監管鏈). The first entry's previous hash is the hash of
 * the evidence item itself (so its recorded SHA-256 cannot change unnoticed); every later entry's
 * is the hash of the entry before it.
 */
final class CustodyChain {

  /** The first entry that does not hold, or none. */
  record Break(int seq, String problem) {}

  private static final char SEPARATOR = '\u001f';

  private CustodyChain() {}

  static String itemHash(EvidenceRepository.ItemRow item) {
    return sha256("item", item.id(), item.incidentId(), item.description(), item.sourceDevice(), item.method(), item.sha256(),
        item.fileName(), item.fileSize(), item.filePath(), item.acquiredBy(), millis(item.acquiredAt()));
  }

  static String entryHash(EvidenceRepository.CustodyRow row) {
    return sha256("custody", row.itemId(), row.seq(), millis(row.handedAt()), row.handedBy(), row.receivedBy(), row.reason(),
        row.location(), row.recordedBy(), millis(row.recordedAt()), row.prevHash());
  }

  static Break firstBreak(EvidenceRepository.ItemRow item, List<EvidenceRepository.CustodyRow> entries) {
    String previous = itemHash(item);
    for (int i = 0; i < entries.size(); i++) {
      EvidenceRepository.CustodyRow entry = entries.get(i);
      int expectedSeq = i + 1;
      if (entry.seq() != expectedSeq) {
        return new Break(expectedSeq, "第 " + expectedSeq + " 筆監管紀錄遺失（下一筆是第 " + entry.seq() + " 筆）。");
      }
      if (!previous.equals(entry.prevHash())) {
        return new Break(entry.seq(), i == 0
            ? "證物資料（描述、來源、雜湊值等）已與第 1 筆監管紀錄登錄時不同。"
            : "第 " + entry.seq() + " 筆監管紀錄記載的前一筆雜湊值與第 " + (entry.seq() - 1) + " 筆不符。");
      }
      if (!entryHash(entry).equals(entry.entryHash())) {
        return new Break(entry.seq(), "第 " + entry.seq() + " 筆監管紀錄的內容已被修改（與其雜湊值不符）。");
      }
      previous = entry.entryHash();
    }
    return null;
  }

  static String sha256(Object... fields) {
    StringBuilder text = new StringBuilder();
    for (Object field : fields) {
      text.append(Objects.toString(field, "")).append(SEPARATOR);
    }
    return hex(text.toString().getBytes(StandardCharsets.UTF_8));
  }

  static String hex(byte[] bytes) {
    return HexFormat.of().formatHex(digest().digest(bytes));
  }

  static MessageDigest digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Long millis(Instant instant) {
    return instant == null ? null : instant.toEpochMilli();
  }
}
