package tw.gov.securitymeeting.system;

import java.util.List;

/** The addresses a feature offers (its API, its pages), printed at start-up. Implement it as a bean. */
public interface FeatureLinks {

  /** A label in Chinese and a path under the application's base address. */
  record Link(String label, String path) {}

  List<Link> links();
}
