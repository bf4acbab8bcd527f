/** MicroProfile Health checks behind {@code /health/ready} and {@code /health/live}. Private to platform. */
package org.carecommunities.platform.health;
