/** The backtest as an Apache Spark job ({@link io.github.cognitoevents.spark.SparkBacktest}). */
package io.github.cognitoevents.spark;
