package tw.gov.securitymeeting.organization;

/**
 * A feature's own authorizations (who may start its process, who sees its tasks), granted from
 * the organisation at every start after users and groups are in place. Implement it as a bean.
 */
public interface ProcessGrants {

  void grant(Organization organization, AuthorizationGrants grants);
}
