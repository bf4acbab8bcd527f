# Production image: Open Liberty (kernel-slim), only the features server.xml lists, running as non-root.
# Build the WAR first (mvn -DskipTests package), then: docker build -t care-communities .
#
# Configuration comes from the environment, for example:
#   DB_KIND=postgresql DB_HOST=... DB_PORT=5432 DB_NAME=... DB_USER=... DB_PASSWORD=...
#   OIDC_ORIGIN=https://id.example.org OIDC_CLIENT_SECRET=... PORTAL_BASE_URL=https://portal.example.org
#   HTTP_HOST=* COOKIE_SECURE=true DEMO_DATA=false
#   SMTP_HOST=smtp.example.org SMTP_PORT=587 SMTP_STARTTLS=true SMTP_AUTH=true SMTP_USER=... SMTP_PASSWORD=...
#   MAIL_FROM="Care Communities <no-reply@example.org>"   (the weekly emails)
# There is no default client secret: the portal refuses to start without one (and with the demo realm's own
# while demo data is off). Import keycloak-realm/care-communities-realm.json into Keycloak with the same
# PORTAL_BASE_URL and PORTAL_CLIENT_SECRET in its environment; it holds no accounts.
FROM icr.io/appcafe/open-liberty:26.0.0.3-kernel-slim-java17-openj9-ubi-minimal

# server configuration first, so feature installation is cached while only the application changes
COPY --chown=1001:0 liberty/ /config/
RUN features.sh

# JDBC drivers for the embedded default and PostgreSQL (target/jdbc, from mvn package)
COPY --chown=1001:0 target/jdbc/ /config/lib/jdbc/
COPY --chown=1001:0 target/care-communities.war /config/apps/

# listen on all interfaces inside the container; cookies only over HTTPS (TLS ends at the ingress)
# and no demo data unless DEMO_DATA=true is given (the server's own default is off too)
ENV HTTP_HOST="*" \
    COOKIE_SECURE="true" \
    SESSION_COOKIE_NAME="__Host-CCSESSION" \
    DEMO_DATA="false"

USER 1001
RUN configure.sh
