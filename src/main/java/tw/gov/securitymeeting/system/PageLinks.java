package tw.gov.securitymeeting.system;

import java.util.List;

/**
 * The entries a feature adds to the navigation bar of the application's pages. Implement it as a
 * bean; the bar shows every feature's entries by {@code order}, then Tasklist and Cockpit.
 */
public interface PageLinks {

  /** A label in Chinese, a path under the application's base address and a place in the bar (lower first). */
  record PageLink(int order, String label, String path) {}

  List<PageLink> pageLinks();
}
