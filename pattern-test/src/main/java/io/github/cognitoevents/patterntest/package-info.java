/** Local pattern matching. */
package io.github.cognitoevents.patterntest;
