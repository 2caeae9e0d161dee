package io.github.cognitoevents.testkit.generate;

/**
 * The catalogue of errors {@link PatternGenerator#nextBroken()} injects into otherwise valid
 * patterns, one constant per EventBridge validation rule.
 */
public enum PatternMutation {
  /** The top level is not an object: {@code Filter is not an object}. */
  NOT_AN_OBJECT,
  /** A field maps to a scalar or null: {@code "k" must be an object or an array}. */
  SCALAR_FIELD_VALUE,
  /** {@code {}} as a nested object. */
  EMPTY_OBJECT,
  /** {@code []} as a match list. */
  EMPTY_ARRAY,
  /** An array inside a match list. */
  NESTED_ARRAY,
  /** {@code [{}]}: no operator name. */
  MISSING_OPERATOR_NAME,
  /** An unknown or miscased operator such as {@code NUMERIC} or {@code regex}. */
  UNKNOWN_OPERATOR,
  /** Two keys in one operator object. */
  TWO_KEYS_IN_MATCH_EXPRESSION,
  /** {@code prefix} with a non-string, or a bad {@code equals-ignore-case} object. */
  BAD_PREFIX,
  /** {@code suffix} with a non-string, or a bad {@code equals-ignore-case} object. */
  BAD_SUFFIX,
  /** {@code equals-ignore-case} with a non-string. */
  BAD_EQUALS_IGNORE_CASE,
  /** {@code wildcard} with a non-string, {@code **} or a bad escape. */
  BAD_WILDCARD,
  /** {@code exists} with a non-boolean. */
  BAD_EXISTS,
  /** Every {@code numeric} shape error, bounds and non-comparable numbers included. */
  BAD_NUMERIC,
  /** Every {@code anything-but} error. */
  BAD_ANYTHING_BUT,
  /** {@code $or} not an array, with non-objects, with one branch, or with a reserved key. */
  BAD_OR,
  /** Every {@code cidr} error. */
  BAD_CIDR,
  /** Malformed JSON: the text is cut short or a token is damaged; Jackson's message. */
  MALFORMED_JSON,
  /** A wildcard pattern above the complexity limit (EventBridge only, not event-ruler). */
  TOO_COMPLEX_WILDCARD,
  /** More than 1,000 {@code $or} combinations (EventBridge only, not event-ruler). */
  TOO_MANY_OR_COMBINATIONS,
  /** The undocumented {@code exactly} operator, which this library rejects. */
  EXACTLY_OPERATOR,
  /** An empty {@code anything-but} prefix/suffix/equals-ignore-case/wildcard list. */
  EMPTY_ANYTHING_BUT_SET
}
