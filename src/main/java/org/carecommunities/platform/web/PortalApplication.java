package org.carecommunities.platform.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Every module's resources live under the site root; static files are served by {@link StaticFiles}. */
@ApplicationPath("/")
public class PortalApplication extends Application {
}
