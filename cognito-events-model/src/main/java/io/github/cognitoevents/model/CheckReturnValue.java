package io.github.cognitoevents.model;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The result of the annotated method (or of every method of the annotated type or package) must be
 * used: the API is made of immutable values, so a call whose result is dropped does nothing.
 *
 * <pre>{@code
 * rule.userPool("us-east-1_EXAMPLE");          // flagged: the narrower rule is lost
 * rule = rule.userPool("us-east-1_EXAMPLE");   // what was meant
 * }</pre>
 *
 * <p>Checkers match annotations by this simple name: Error Prone's {@code CheckReturnValue} check
 * (an error by default) and IntelliJ IDEA's "Result of method call ignored" inspection report the
 * dropped call in user code. The library's own packages carry it in their {@code package-info}; it
 * is retained in class files only, so it adds no runtime dependency.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.CONSTRUCTOR, ElementType.TYPE, ElementType.PACKAGE})
public @interface CheckReturnValue {}
