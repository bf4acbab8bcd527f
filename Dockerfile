# Production image: Open Liberty (kernel-slim, only the features the configuration names), running as non-root, on
# PostgreSQL with sign-ins shared through it, so any number of replicas serve together.
#
#   docker build -t care-communities .
#
# Stage 1 builds the WAR as `mvn package` does here (Java 17, Maven, and Node.js for the style sheet); stage 2 is
# Open Liberty's own image: server configuration first (so the feature layer is cached while only the
# application changes), features.sh, the application and the JDBC driver, then configure.sh.
#
# Configuration comes from the environment (the README's Configuration table; deploy/kubernetes sets every one).
# Required, with no default: DB_HOST, DB_NAME, DB_USER, DB_PASSWORD (PostgreSQL), OIDC_ORIGIN and
# OIDC_CLIENT_SECRET (Keycloak and the portal's client secret in the realm), PORTAL_BASE_URL, PORTAL_SIGNING_KEY
# (the same on every replica). The portal refuses to start without its client secret (and with the demo realm's
# while demo data is off). Import keycloak-realm/care-communities-realm.json into Keycloak with the same
# PORTAL_BASE_URL and PORTAL_CLIENT_SECRET; it holds no accounts.
FROM maven:3.9.9-eclipse-temurin-17 AS build
RUN apt-get update \
 && apt-get install -y --no-install-recommends nodejs npm \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /build
COPY pom.xml package.json package-lock.json ./
COPY src/ src/
COPY liberty/ liberty/
RUN mvn -B -ntp -DskipTests -DskipManifests=true -DskipManifestsInstall=true package

FROM icr.io/appcafe/open-liberty:26.0.0.3-kernel-slim-java17-openj9-ubi-minimal

# what the server's configuration includes is chosen by these, so they are set before features.sh resolves it:
# PostgreSQL, and sign-ins kept in it (sessionDatabase-1.0)
ENV DB_KIND="postgresql" \
    SESSION_STORE="database"
COPY --chown=1001:0 liberty/ /config/
RUN features.sh

COPY --from=build --chown=1001:0 /build/target/jdbc/postgresql.jar /config/lib/jdbc/
COPY --from=build --chown=1001:0 /build/target/care-communities.war /config/apps/

# listen on all interfaces inside the container; cookies only over HTTPS (TLS ends at the ingress), under a name
# bound to the host; no demo data unless DEMO_DATA=true is given (the server's own default is off too)
ENV HTTP_HOST="*" \
    COOKIE_SECURE="true" \
    SESSION_COOKIE_NAME="__Host-CCSESSION" \
    DEMO_DATA="false"

USER 1001
RUN configure.sh
