/**
 * Helpers of the pattern language that know nothing of the pattern model: the keyword table, string
 * and number checks with EventBridge's messages, the wildcard complexity score. Not an API. The
 * public package uses these; nothing here refers back to it, so the two packages have no cycle.
 */
package io.github.cognitoevents.pattern.internal;
