# syntax=docker/dockerfile:1

# Build stage: the runnable jar of the mock server. Tests run in CI (.ci/run), not here.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml ./
COPY schema/pom.xml schema/
COPY schema/src schema/src
COPY mock-server/pom.xml mock-server/
COPY mock-server/src mock-server/src
# The built-in fixtures (the demo data set) and their JSON Schema are packed into the jar.
COPY fixtures fixtures
# The reactor lists every module, so the POMs of modules that are not built must be present too.
COPY junit-extension/pom.xml junit-extension/
COPY contract-tests/pom.xml contract-tests/
RUN --mount=type=cache,target=/root/.m2 \
    mvn -B -q -pl mock-server -am package -DskipTests

# Run stage: a JRE and the jar only.
FROM eclipse-temurin:17-jre
# curl is for the health check only.
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 --no-create-home kraken
WORKDIR /app
COPY --from=build /src/mock-server/target/kraken-mock-server.jar /app/kraken-mock-server.jar
# A class-data sharing archive of what the server loads for its first answers: with it, the
# container starts about a quarter faster. .ci/run builds and uses one the same way.
COPY mock-server/docker/cds-training.sh /tmp/cds-training.sh
RUN sh /tmp/cds-training.sh /app/kraken-mock-server.jar /app/kraken-mock.jsa \
    && rm /tmp/cds-training.sh
USER 10001
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s --retries=3 \
    CMD curl -fsS http://localhost:4000/health || exit 1
# With no arguments the container runs:
#   java -XX:SharedArchiveFile=/app/kraken-mock.jsa -jar /app/kraken-mock-server.jar --host 0.0.0.0 --port 4000
ENTRYPOINT ["java", "-XX:SharedArchiveFile=/app/kraken-mock.jsa", "-jar", "/app/kraken-mock-server.jar"]
CMD ["--host", "0.0.0.0", "--port", "4000"]
