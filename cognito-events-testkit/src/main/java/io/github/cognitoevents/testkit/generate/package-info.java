/** Seeded, reproducible generators of patterns and events for property-style tests. */
@CheckReturnValue
package io.github.cognitoevents.testkit.generate;

import io.github.cognitoevents.model.CheckReturnValue;
