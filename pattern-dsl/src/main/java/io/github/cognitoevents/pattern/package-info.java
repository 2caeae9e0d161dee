/**
 * EventBridge event patterns as immutable Java values: a DSL, a parser/validator with EventBridge's
 * own messages, and a renderer.
 *
 * <h2>Build</h2>
 *
 * <pre>{@code
 * import static io.github.cognitoevents.pattern.Patterns.*;
 *
 * EventPattern rule =
 *     pattern(
 *         field("source", "aws.cognito-idp"),
 *         field("detail",
 *             field("eventSource", "cognito-idp.amazonaws.com"),
 *             field("eventType", "AwsApiCall"),
 *             field("eventName", anyOf("DeleteUserPoolClient", "UpdateUserPoolClient"))));
 * rule.toJson();
 * // {"source":["aws.cognito-idp"],"detail":{"eventSource":["cognito-idp.amazonaws.com"],...}}
 * }</pre>
 *
 * <h2>Parse and validate</h2>
 *
 * <p>{@link io.github.cognitoevents.pattern.EventPattern#parse(String)} accepts what EventBridge
 * accepts and rejects what it rejects, with {@link
 * io.github.cognitoevents.pattern.InvalidEventPatternException} whose first message line is
 * EventBridge's, word for word ({@code Event pattern is not valid. Reason: ...}). The checks run in
 * the order of event-ruler's {@code JsonRuleCompiler}, the validator EventBridge runs, so the first
 * error reported is the one EventBridge reports. On top of the syntax, {@link
 * io.github.cognitoevents.pattern.PatternLimits} applies the pattern length, the 1,000 {@code $or}
 * combinations and the wildcard complexity limit.
 *
 * <h2>Model</h2>
 *
 * <p>{@link io.github.cognitoevents.pattern.ObjectPattern} holds {@link
 * io.github.cognitoevents.pattern.Field}s and {@link io.github.cognitoevents.pattern.Or}s in
 * written order (duplicate keys kept; for matching the last one wins); a field maps to a nested
 * object or a {@link io.github.cognitoevents.pattern.MatchList} of {@link
 * io.github.cognitoevents.pattern.Condition}s. Numbers keep their text ({@code 300.0} stays {@code
 * 300.0}). Every node's {@code toString()} is its compact JSON and equality is structural.
 *
 * <h2>Walking a pattern</h2>
 *
 * <p>{@link io.github.cognitoevents.pattern.ConditionVisitor} is the one dispatch over the
 * operators: every concern that treats operators differently (rendering, the limits, the matcher,
 * the generators) implements it, so a new operator does not compile until each has handled it.
 * {@link io.github.cognitoevents.pattern.ObjectPattern#walk(PatternVisitor)} walks the structure
 * (objects, fields, {@code $or}) with its own stack: equality, hashing, rendering and the limits
 * never recurse, so patterns of any depth (the DSL builds them without limit) work without a {@link
 * java.lang.StackOverflowError}. Parsed patterns are at most 1,000 levels deep (Jackson's nesting
 * limit, reported with its message); in practice the length limit stops far earlier.
 *
 * <h2>Deliberate differences from event-ruler</h2>
 *
 * <ul>
 *   <li>The undocumented {@code exactly} operator is rejected ({@code Unrecognized match type
 *       exactly}): AWS support for it is unverified.
 *   <li>An empty {@code anything-but} prefix/suffix/equals-ignore-case/wildcard list is rejected
 *       ({@code Empty arrays are not allowed}); event-ruler accepts it and then fails at match
 *       time.
 *   <li>The wildcard complexity and {@code $or} combination limits are EventBridge's, not
 *       event-ruler's compiler's; the {@code $or} and length messages are not recorded from AWS.
 * </ul>
 */
@CheckReturnValue
package io.github.cognitoevents.pattern;

import io.github.cognitoevents.model.CheckReturnValue;
