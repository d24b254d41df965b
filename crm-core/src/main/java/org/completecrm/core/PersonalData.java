package org.completecrm.core;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an attribute that holds personal data (a name, a birth date, an address line, an e-mail
 * address or phone number, a message written to the customer): its value never appears in full in
 * {@code toString} or in an error message. The JSON reader masks a rejected value of such an
 * attribute with {@link Redaction#mask(String)}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface PersonalData {}
