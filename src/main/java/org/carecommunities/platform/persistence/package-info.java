/** Database set-up shared by all modules: migrations at start-up and EclipseLink settings. Private to platform. */
package org.carecommunities.platform.persistence;
