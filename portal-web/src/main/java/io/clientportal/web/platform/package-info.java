/** {@code /platform/}: the super-admin's page, the agencies hosted and opening a new one with its first admin. */
package io.clientportal.web.platform;
