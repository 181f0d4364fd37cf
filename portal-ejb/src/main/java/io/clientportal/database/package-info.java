/**
 * The database under everything: the application's own datasource (embedded H2 by default, PostgreSQL when
 * configured), the Flyway migrations that create and evolve the schema at start-up, and a check that the database
 * answers. Depends on nothing else in the application; every feature's persistence depends on it being migrated.
 */
package io.clientportal.database;
