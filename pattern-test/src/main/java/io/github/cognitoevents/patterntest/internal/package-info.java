/** Implementation details; not exported. */
package io.github.cognitoevents.patterntest.internal;
