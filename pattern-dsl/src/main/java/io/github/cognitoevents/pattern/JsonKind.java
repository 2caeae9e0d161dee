package io.github.cognitoevents.pattern;

/**
 * The JSON kind of an event field, as a type: {@link TypedMatch}es say which kinds they apply to
 * and typed fields (such as {@link io.github.cognitoevents.pattern.cognito.CloudTrailField}) say
 * which kind they hold, so the compiler rejects an operator on a field of the wrong kind:
 *
 * <pre>{@code
 * rule.where(CloudTrailField.READ_ONLY, value(true));    // a boolean field, a boolean literal
 * rule.where(CloudTrailField.READ_ONLY, prefix("x"));    // does not compile
 * }</pre>
 *
 * <p>The kinds form a hierarchy that follows how EventBridge matches:
 *
 * <ul>
 *   <li>{@link StringValue}: exact strings, {@code prefix}, {@code suffix}, {@code
 *       equals-ignore-case}, {@code wildcard}, {@code cidr}, the string forms of {@code
 *       anything-but};
 *   <li>{@link StringList}, an array of strings, is a {@code StringValue}: EventBridge matches each
 *       element;
 *   <li>{@link NumberValue}: exact numbers and {@code numeric};
 *   <li>{@link StringOrNumber}: {@code anything-but} of values (its values may be strings or
 *       numbers);
 *   <li>{@link BooleanValue}: {@code true} and {@code false};
 *   <li>{@link Leaf}, every kind but objects: {@code exists} (EventBridge's {@code exists} looks at
 *       leaves only, so it never matches an object);
 *   <li>{@link ObjectValue}: only {@code null} ({@code [null]} matches a field that is JSON {@code
 *       null}), which applies to every kind.
 * </ul>
 *
 * <p>These types only exist for the compiler: nothing implements them.
 */
public sealed interface JsonKind permits JsonKind.Leaf, JsonKind.ObjectValue {

  /** Any kind but an object: the kinds {@code exists} applies to. */
  sealed interface Leaf extends JsonKind permits StringOrNumber, BooleanValue {}

  /** A string or a number: the kinds {@code anything-but} of values applies to. */
  sealed interface StringOrNumber extends Leaf permits StringValue, NumberValue {}

  /** A JSON string. */
  sealed interface StringValue extends StringOrNumber permits StringList {}

  /** A JSON array of strings, matched element by element like a string. */
  non-sealed interface StringList extends StringValue {}

  /** A JSON number. */
  non-sealed interface NumberValue extends StringOrNumber {}

  /** {@code true} or {@code false}. */
  non-sealed interface BooleanValue extends Leaf {}

  /** A JSON object. */
  non-sealed interface ObjectValue extends JsonKind {}
}
