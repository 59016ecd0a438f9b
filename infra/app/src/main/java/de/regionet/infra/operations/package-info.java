/**
 * What an operator sees of a running node (README "Metrics and health"): the database's part of readiness and the
 * event store's head in {@code /actuator/info}. The meters live with what they measure (the store, the processors,
 * the live feed, security); the rules for who reads the actuator are in {@code WebSecurity}.
 */
package de.regionet.infra.operations;
