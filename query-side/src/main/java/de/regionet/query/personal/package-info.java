/**
 * Personal data on the read side (ADR 0022): read models keep it sealed and open it when they answer; what they hold
 * about one person is gathered for an access request through {@link de.regionet.query.personal.PersonalDataHolder}.
 */
package de.regionet.query.personal;
