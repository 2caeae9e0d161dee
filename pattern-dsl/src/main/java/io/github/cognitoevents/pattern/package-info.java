/** EventBridge event patterns. */
package io.github.cognitoevents.pattern;
