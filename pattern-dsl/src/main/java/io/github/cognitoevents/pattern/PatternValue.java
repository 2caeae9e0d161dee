package io.github.cognitoevents.pattern;

/**
 * What a key of a pattern object maps to: a nested {@link ObjectPattern} (descend into the event)
 * or a {@link MatchList} (the leaf condition).
 */
public sealed interface PatternValue permits ObjectPattern, MatchList {}
