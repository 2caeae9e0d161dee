package io.github.cognitoevents.pattern;

/**
 * The {@code anything-but} operator in its five forms: values, {@code prefix}, {@code suffix},
 * {@code equals-ignore-case} and {@code wildcard}. It matches any present value that is not
 * excluded.
 */
public sealed interface AnythingBut extends Condition
    permits AnythingButValues,
        AnythingButPrefix,
        AnythingButSuffix,
        AnythingButIgnoreCase,
        AnythingButWildcard {}
