/**
 * The exchange between networks: a nation-wide catalogue of what every network shares beyond itself, results and
 * examples of good practice, with the network as a facet (issue 22, ADR 0025).
 */
package de.regionet.kernel.exchange;
