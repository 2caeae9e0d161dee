package io.github.cognitoevents.pattern;

/** One member of a pattern object: a {@link Field} or an {@link Or} ({@code "$or": [...]}). */
public sealed interface Member permits Field, Or {}
