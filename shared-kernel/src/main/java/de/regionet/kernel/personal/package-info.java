/**
 * Personal data in a record that is kept forever (ADR 0022). Every piece of it is stored only {@link Sealed}:
 * encrypted with a key of its own {@link SubjectId data subject}, kept apart from the events by the
 * {@link PersonalDataVault}. Destroying that key erases the data everywhere it was stored (crypto-shredding), while
 * the hash chain over the stored ciphertext stays intact. Plain Java; the application holds the keys.
 */
package de.regionet.kernel.personal;
