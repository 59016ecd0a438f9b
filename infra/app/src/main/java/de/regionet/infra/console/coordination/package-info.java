/**
 * The regional coordination's console (issue 19): a region's working group, its meetings' resolutions with quorum
 * and outcome shown before saving, the decision log, written procedures, priorities for action and target
 * agreements. Every page under {@code /console/regionen/{key}} is for readers of that region only
 * ({@link de.regionet.infra.console.coordination.RegionDesks}); forms send the API's commands on the command bus.
 */
package de.regionet.infra.console.coordination;
