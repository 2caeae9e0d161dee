package io.github.cognitoevents.pattern;

/**
 * A match that knows the {@link JsonKind kind} of field it applies to: {@code prefix("x")} is a
 * {@code TypedMatch<JsonKind.StringValue>}, {@code exists()} a {@code TypedMatch<JsonKind.Leaf>}.
 * An API that takes a typed field takes {@code TypedMatch<? super K>} for a field of kind {@code
 * K}, so a match of another kind does not compile.
 *
 * @param <K> the most general kind the match applies to
 */
public interface TypedMatch<K extends JsonKind> extends Match {}
