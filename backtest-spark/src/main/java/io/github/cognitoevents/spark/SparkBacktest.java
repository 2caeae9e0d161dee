package io.github.cognitoevents.spark;

import io.github.cognitoevents.pattern.EventPattern;
import io.github.cognitoevents.patterntest.Rule;
import io.github.cognitoevents.patterntest.RuleSet;
import io.github.cognitoevents.patterntest.backtest.Backtest;
import io.github.cognitoevents.patterntest.backtest.BacktestReport;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * The backtest of {@code pattern-test} as an Apache Spark job: the log files are listed and read by
 * Spark (any Hadoop file system: {@code s3a://bucket/AWSLogs/...}, HDFS, local paths, directories
 * walked), each file is one task that runs {@link Backtest#runFile} on its bytes, and the per-file
 * reports are merged with {@link Backtest#combine}. The rule set and the backtest travel to the
 * executors serialized; nothing here decides what matches or what EventBridge would deliver.
 *
 * <pre>{@code
 * try (JavaSparkContext spark = new JavaSparkContext(conf)) {
 *   BacktestReport report =
 *       SparkBacktest.run(spark, Backtest.of(rules), List.of("s3a://my-trail/AWSLogs/"));
 *   System.out.println(report.toTable());
 * }
 * }</pre>
 *
 * <p>From the command line ({@code spark-submit --class io.github.cognitoevents.spark.SparkBacktest
 * ... PATTERN.json... --logs PATH...}): pattern files name their rules by file name, as the {@code
 * backtest} command of {@code cognito-events-cli} does, and the report is printed as JSON.
 */
public final class SparkBacktest {

  private SparkBacktest() {}

  /**
   * Runs a backtest over log files with Spark.
   *
   * @param spark the Spark context
   * @param backtest the backtest: rule set, time window, sample size
   * @param paths log files or directories (walked recursively), as Hadoop paths or URIs
   * @return the merged report, as {@link Backtest#run} gives it for the same files
   */
  public static BacktestReport run(JavaSparkContext spark, Backtest backtest, List<String> paths) {
    spark
        .hadoopConfiguration()
        .setBoolean("mapreduce.input.fileinputformat.input.dir.recursive", true);
    JavaRDD<BacktestReport> reports =
        spark
            .binaryFiles(String.join(",", paths))
            .filter(file -> Backtest.isLogFile(file._1()))
            .map(
                file -> {
                  try (DataInputStream in = file._2().open()) {
                    return backtest.runFile(localName(file._1()), in);
                  }
                });
    if (reports.isEmpty()) {
      return backtest.combine(List.of());
    }
    return reports.treeReduce((a, b) -> backtest.combine(List.of(a, b)));
  }

  /** A local file's path as the command line names it; other file systems keep their URI. */
  static String localName(String uri) {
    URI parsed = URI.create(uri);
    return "file".equals(parsed.getScheme()) ? parsed.getPath() : uri;
  }

  /**
   * Runs the job: {@code PATTERN.json... --logs PATH...}, the report printed as JSON.
   *
   * @param args pattern files, then {@code --logs} and the paths
   */
  public static void main(String[] args) {
    List<Rule> rules = new ArrayList<>();
    List<String> logs = new ArrayList<>();
    boolean inLogs = false;
    for (String arg : args) {
      if (arg.equals("--logs")) {
        inLogs = true;
      } else if (inLogs) {
        logs.add(arg);
      } else {
        rules.add(patternFile(Path.of(arg)));
      }
    }
    if (rules.isEmpty() || logs.isEmpty()) {
      System.err.println("usage: SparkBacktest PATTERN.json... --logs PATH...");
      System.exit(2);
    }
    SparkConf conf = new SparkConf().setAppName("cognito-events backtest");
    try (JavaSparkContext spark = new JavaSparkContext(conf)) {
      System.out.println(run(spark, Backtest.of(RuleSet.of(rules)), logs).toJson());
    }
  }

  /** A rule from a pattern file, named by the file name without its extension. */
  static Rule patternFile(Path file) {
    try {
      String name = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
      return Rule.of(name, EventPattern.parse(Files.readString(file, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": cannot be read", e);
    }
  }
}
