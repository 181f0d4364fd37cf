/**
 * The integration API, {@code /api/v1/...}: JSON over HTTP for the agency's own system, authenticated by the
 * tenant's API keys (never by a browser session), with RFC 9457 problem details for every failure and an OpenAPI
 * document ({@code /api/v1/openapi.json}). Resources only translate between HTTP and the integration package of
 * portal-ejb, where the rules live.
 */
package io.clientportal.web.api;
