package io.github.cognitoevents.model;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The exception to {@link CheckReturnValue}: the result of the annotated method (or of every method
 * of the annotated type) may be dropped, as with a mutable builder whose methods return {@code
 * this} for chaining. Matched by its simple name, like {@code CheckReturnValue}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.CONSTRUCTOR, ElementType.TYPE})
public @interface CanIgnoreReturnValue {}
