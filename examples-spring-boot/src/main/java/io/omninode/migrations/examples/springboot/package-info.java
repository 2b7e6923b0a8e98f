/**
 * A small Spring Boot service of the OmniNode Bridge: its two migrations run when it starts, before the
 * {@code JdbcTemplate} repository reads the tables, and {@code /actuator/omninode} lists them.
 */
package io.omninode.migrations.examples.springboot;
