/** JMH benchmarks. */
package io.github.cognitoevents.benchmarks;
