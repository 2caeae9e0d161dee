/** Seeded, reproducible generators of patterns and events for property-style tests. */
package io.github.cognitoevents.testkit.generate;
