package tw.gov.securitymeeting.system;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the application accepts as input (app.input.*).
 *
 * @param minRocYear earliest plausible ROC year of any date a client sends (民國 1 年 = 1912)
 * @param maxRocYear latest plausible ROC year
 */
@ConfigurationProperties("app.input")
record InputProperties(@DefaultValue("1") int minRocYear, @DefaultValue("200") int maxRocYear) {}
