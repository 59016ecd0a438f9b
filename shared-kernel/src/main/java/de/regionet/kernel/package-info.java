/**
 * RegioNet's published language: identifiers and value objects, the commands the write model accepts and the
 * events it records. Plain Java records; Axon annotations are allowed, Spring is not.
 */
package de.regionet.kernel;
