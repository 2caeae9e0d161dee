/** Implementation details; not exported. */
package io.github.cognitoevents.model.internal;
