package tw.gov.securitymeeting.organization;

import java.util.List;
import java.util.Optional;

/**
 * The organisation as declared in the organisation file: units (Camunda groups), the chair's
 * group, the secretariat unit and the users. Immutable; every node of a cluster reads the same file.
 */
public record Organization(
    String name, String chairGroup, String secretariat, List<Unit> units, List<Member> users) {

  public record Unit(String id, String name, String email, String head) {}

  public record Member(String id, String name, String email, List<String> groups) {}

  public Optional<Unit> unit(String id) {
    return units.stream().filter(u -> u.id().equals(id)).findFirst();
  }

  public boolean isUnit(String id) {
    return unit(id).isPresent();
  }

  public List<String> unitIds() {
    return units.stream().map(Unit::id).toList();
  }

  /** The units as a message lists them, each name with the id the API expects: 行政處（administration）、政風處（ethics）…. */
  public String unitChoices() {
    return String.join("、", units.stream().map(u -> u.name() + "（" + u.id() + "）").toList());
  }

  /** Chinese name of a unit, or the id itself when the unit is unknown. */
  public String unitName(String id) {
    return unit(id).map(Unit::name).orElse(id);
  }

  public Optional<Member> user(String id) {
    return users.stream().filter(u -> u.id().equals(id)).findFirst();
  }

  /** A user's name, or the id itself when the user is unknown. */
  public String userName(String id) {
    return user(id).map(Member::name).orElse(id);
  }

  /** The e-mail address of a unit's head, when the unit names a head who has one. */
  public Optional<String> headEmail(String unitId) {
    return unit(unitId).map(Unit::head).flatMap(this::user).map(Member::email);
  }

  /** The units a user belongs to. */
  public List<String> unitsOf(String userId) {
    return user(userId).map(Member::groups).orElse(List.of()).stream().filter(this::isUnit).toList();
  }

  /** The user's unit when they belong to exactly one, so that a form need not ask. */
  public Optional<String> onlyUnitOf(String userId) {
    List<String> mine = unitsOf(userId);
    return mine.size() == 1 ? Optional.of(mine.get(0)) : Optional.empty();
  }

  /** Every group the file declares: the units and the chair's group. */
  public List<String> groupIds() {
    return java.util.stream.Stream.concat(unitIds().stream(), java.util.stream.Stream.of(chairGroup))
        .toList();
  }
}
