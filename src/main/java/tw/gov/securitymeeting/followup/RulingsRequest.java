package tw.gov.securitymeeting.followup;

import java.util.List;

/**
 * The chair's rulings at one meeting, entered by the recorder for the whole table at once:
 * {@code rulings} for the items named, and {@code othersApproved} for 「其餘准予備查」 (every other
 * item awaiting a ruling is closed). Strings so that a bad value becomes a field message.
 */
public record RulingsRequest(List<Entry> rulings, Boolean othersApproved) {

  /** ruling is {@code close} (准予備查，解除列管) or {@code continue} (繼續列管, with instruction and newDueDate). */
  public record Entry(Long itemId, String ruling, String instruction, String newDueDate) {}
}
