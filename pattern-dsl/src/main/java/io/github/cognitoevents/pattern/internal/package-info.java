/** Implementation of the pattern parser, validator and renderer. Not an API. */
package io.github.cognitoevents.pattern.internal;
