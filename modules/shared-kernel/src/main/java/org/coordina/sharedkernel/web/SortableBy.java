package org.coordina.sharedkernel.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The only sort keys a {@code Pageable} handler parameter accepts: {@code "name"} when the API name is
 * the aggregate's property, {@code "name=property"} when it differs. Any other key is a 400, and every
 * order ends with the {@code id} so that pages never overlap. Sort defaults
 * ({@code @PageableDefault(sort = ...)}) use the API names too.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface SortableBy {

    /** The sortable keys, {@code "key"} or {@code "key=property"}. */
    String[] value();
}
