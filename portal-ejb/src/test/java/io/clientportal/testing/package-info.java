/**
 * Test support shared by the persistence tests here and the container tests of portal-web: a PostgreSQL database per
 * suite and EntityManagers outside the container, scoped like the application scopes them.
 */
package io.clientportal.testing;
