# Builds the application from this repository and runs it on Java 17, in production (the default:
# PostgreSQL from DATABASE_URL, no demo users, APP_ADMIN_PASSWORD required and checked at start).
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
COPY processes processes
COPY forms forms
RUN ./mvnw -B -q package -DskipTests

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 1001 app
WORKDIR /app
COPY --from=build /src/target/security-meeting-follow-up-*.jar /tmp/app.jar
# The jar extracted (application/app.jar + application/lib/), then a class-data-sharing archive made by a training
# run that stops once the context is refreshed (demo profile: H2 in a throw-away directory, no network needed):
# measured on 2 cores, start-up to readiness 20–22 s without it, 15–17 s with it (docs/performance.md).
RUN java -Djarmode=tools -jar /tmp/app.jar extract --destination /app/application && rm /tmp/app.jar \
 && mkdir /tmp/training && cd /tmp/training \
 && java -XX:ArchiveClassesAtExit=/app/application.jsa -Dspring.context.exit=onRefresh \
      -jar /app/application/app.jar --spring.profiles.active=demo > /dev/null \
 && cd / && rm -rf /tmp/training
# Evidence files of the digital-evidence task force: a volume the app user can write (shared in a cluster).
RUN mkdir -p /app/data/evidence && chown -R app /app/data
ENV APP_EVIDENCE_DIRECTORY=/app/data/evidence
VOLUME /app/data/evidence
USER app
EXPOSE 8080
ENV TZ=Asia/Taipei
ENTRYPOINT ["java", "-XX:SharedArchiveFile=/app/application.jsa", "-jar", "/app/application/app.jar"]
