package dev.panj.sim.config;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Describes one scenario key: the component name of the record is the key. The scenario loader binds
 * YAML to records through these annotations, and the reference documentation is generated from them,
 * so the meaning of a key is written in exactly one place.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD})
public @interface Param {
    /** What the key means, in one or two sentences. */
    String doc();

    /** The physical unit of the value; values are stored in the canonical unit (h, km, km/h, per h). */
    Unit unit() default Unit.NONE;

    /** Default value written as in a scenario file (with its unit); empty means the key is required. */
    String def() default REQUIRED;

    /** Inclusive lower bound, in the canonical unit. */
    double min() default Double.NEGATIVE_INFINITY;

    /** Inclusive upper bound, in the canonical unit. */
    double max() default Double.POSITIVE_INFINITY;

    /** Marker for a required key. */
    String REQUIRED = "\u0000required";

    /** Marker for an optional key whose absence means "not set" (NaN, null or an empty list). */
    String UNSET = "\u0000unset";
}
