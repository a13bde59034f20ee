package org.parley.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the permission ({@code "area:action"}, e.g. {@code "audit:read"}) a caller needs for a REST route.
 * On a method it overrides the one on its class. A route with neither {@code @Permission} nor {@link Public}
 * is denied. Resources never check permissions themselves: the front door enforces them.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Permission {
    /** The permission string, {@code area:action}. */
    String value();
}
