package io.github.cognitoevents.pattern;

/**
 * An exact value in a match list: a string, a number, {@code true}, {@code false} or {@code null}.
 */
public sealed interface Literal extends Condition
    permits StringLiteral, NumberLiteral, BooleanLiteral, NullLiteral {}
