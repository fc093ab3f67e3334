package tw.gov.securitymeeting.organization;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

/**
 * Where the organisation file is and how users are created.
 *
 * @param location the YAML file (classpath: or file: URL)
 * @param demoUsers true only in the demo profile: new users get {@code demoPassword}
 * @param demoPassword the demo password (never used when demoUsers is false)
 */
@ConfigurationProperties("app.organization")
public record OrganizationProperties(Resource location, boolean demoUsers, String demoPassword) {}
