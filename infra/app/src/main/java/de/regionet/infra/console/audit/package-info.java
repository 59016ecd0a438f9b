/**
 * The auditors' console (issue 19): every stream's history, the state on a day in both times, the store's
 * verification, a project's lineage drawn as a graph, and the export to download. The only pages that read the
 * audit trail, through {@link de.regionet.infra.audit.AuditTrail}, as the audit API does; they change nothing, and
 * every read is recorded in the audit log like a read of the API.
 */
package de.regionet.infra.console.audit;
