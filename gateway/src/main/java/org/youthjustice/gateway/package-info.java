/** The single entry point: Keycloak token checks, routing to the services, limits and correlation ids. */
package org.youthjustice.gateway;
