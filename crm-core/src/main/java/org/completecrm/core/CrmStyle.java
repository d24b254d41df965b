package org.completecrm.core;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The project's Immutables style: callers never name {@code Immutable*} classes, and a missing
 * attribute reaches the type's own {@code @Value.Check} (a typed {@link InvalidValueException})
 * instead of a NullPointerException; {@code null} given for an optional attribute means absent.
 * Collections are the JDK's own ({@code jdkOnly}), so that
 * Jackson reads them back without extra modules.
 */
@Target({ElementType.TYPE, ElementType.PACKAGE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    overshadowImplementation = true,
    validationMethod = Value.Style.ValidationMethod.NONE,
    allowedClasspathAnnotations = {Override.class},
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
    jdkOnly = true,
    optionalAcceptNullable = true,
    defaults = @Value.Immutable(copy = true))
public @interface CrmStyle {}
