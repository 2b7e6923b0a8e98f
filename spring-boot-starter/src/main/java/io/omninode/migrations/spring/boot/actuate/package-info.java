/**
 * The Actuator endpoint {@code /actuator/omninode}: each migrator's applied and pending revisions, like
 * Boot's {@code /actuator/flyway}. Configured only when Actuator is on the classpath and the endpoint is
 * exposed ({@code management.endpoints.web.exposure.include=omninode}).
 */
package io.omninode.migrations.spring.boot.actuate;
