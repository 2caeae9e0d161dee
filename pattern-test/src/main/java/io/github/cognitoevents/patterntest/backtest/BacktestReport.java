package io.github.cognitoevents.patterntest.backtest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;

/**
 * What a {@link Backtest} found: per rule, the events EventBridge would have delivered to it and
 * that match, and what was read, skipped and malformed. Deterministic: rules in rule-set order,
 * operations sorted by name, samples the earliest events (by time, then event id).
 *
 * @param files the log files read
 * @param records the records read (well-formed)
 * @param notCognito records of other services, skipped
 * @param notDeliverable Cognito records EventBridge delivers to no rule (an {@code eventType} with
 *     no {@code detail-type}), skipped
 * @param outsideWindow records outside {@code since}/{@code until}, skipped
 * @param rules per rule, in rule-set order
 * @param malformed what could not be read, by file and line (never content)
 */
public record BacktestReport(
    int files,
    long records,
    long notCognito,
    long notDeliverable,
    long outsideWindow,
    List<RuleHits> rules,
    List<Malformed> malformed)
    implements java.io.Serializable {

  /** Copies the lists. */
  public BacktestReport {
    rules = List.copyOf(rules);
    malformed = List.copyOf(malformed);
  }

  /**
   * One rule's hits.
   *
   * @param rule the rule name
   * @param state its state ({@code ENABLED}, {@code DISABLED}, ...)
   * @param hits the events delivered to it that match
   * @param first the earliest matching event time, {@code null} without hits
   * @param last the latest matching event time, {@code null} without hits
   * @param byOperation hits per {@code eventName}, sorted by name
   * @param samples the earliest matching events, at most the backtest's sample size
   */
  public record RuleHits(
      String rule,
      String state,
      long hits,
      Instant first,
      Instant last,
      SortedMap<String, Long> byOperation,
      List<Sample> samples)
      implements java.io.Serializable {
    /** Copies the collections. */
    public RuleHits {
      byOperation =
          java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(byOperation));
      samples = List.copyOf(samples);
    }
  }

  /**
   * One matching event.
   *
   * @param time its {@code eventTime}
   * @param eventId its {@code eventID}
   * @param operation its {@code eventName}
   */
  public record Sample(Instant time, String eventId, String operation)
      implements java.io.Serializable {}

  /**
   * Something that could not be read: the file, the line ({@code -1} when unknown, such as a
   * truncated gzip stream) and why, never the content.
   *
   * @param file the file
   * @param line the line, from 1, or {@code -1}
   * @param reason what is wrong
   */
  public record Malformed(String file, long line, String reason) implements java.io.Serializable {
    /** Checks the arguments. */
    public Malformed {
      Objects.requireNonNull(file, "file");
      Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String toString() {
      return file + (line > 0 ? ":" + line : "") + ": " + reason;
    }
  }

  /**
   * The report as JSON.
   *
   * @return pretty JSON text
   */
  public String toJson() {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode();
    root.put("files", files);
    root.put("records", records);
    ObjectNode skipped = root.putObject("skipped");
    skipped.put("notCognito", notCognito);
    skipped.put("notDeliverable", notDeliverable);
    skipped.put("outsideWindow", outsideWindow);
    ArrayNode out = root.putArray("rules");
    for (RuleHits r : rules) {
      ObjectNode o = out.addObject();
      o.put("rule", r.rule());
      o.put("state", r.state());
      o.put("hits", r.hits());
      o.put("first", r.first() == null ? null : r.first().toString());
      o.put("last", r.last() == null ? null : r.last().toString());
      ObjectNode ops = o.putObject("byOperation");
      r.byOperation().forEach(ops::put);
      ArrayNode samples = o.putArray("samples");
      for (Sample s : r.samples()) {
        samples
            .addObject()
            .put("time", s.time().toString())
            .put("eventID", s.eventId())
            .put("eventName", s.operation());
      }
    }
    ArrayNode bad = root.putArray("malformed");
    for (Malformed m : malformed) {
      bad.addObject().put("file", m.file()).put("line", m.line()).put("reason", m.reason());
    }
    try {
      return mapper.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The report as a readable table.
   *
   * @return lines of text
   */
  public String toTable() {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            "%d files, %d records: skipped %d not Cognito, %d not delivered by EventBridge, %d outside"
                + " the window; %d malformed%n",
            files, records, notCognito, notDeliverable, outsideWindow, malformed.size()));
    int width = 4;
    for (RuleHits r : rules) {
      width = Math.max(width, r.rule().length());
    }
    String row = "%-" + width + "s  %8s  %-20s  %-20s  %s%n";
    out.append(String.format(row, "RULE", "HITS", "FIRST", "LAST", "BY OPERATION"));
    for (RuleHits r : rules) {
      StringBuilder ops = new StringBuilder();
      r.byOperation()
          .forEach(
              (k, v) -> ops.append(ops.length() == 0 ? "" : ", ").append(k).append(' ').append(v));
      String hits = "DISABLED".equals(r.state()) ? "disabled" : Long.toString(r.hits());
      out.append(
          String.format(
              row,
              r.rule(),
              hits,
              r.first() == null ? "-" : r.first().toString(),
              r.last() == null ? "-" : r.last().toString(),
              ops));
    }
    for (Malformed m : malformed) {
      out.append("malformed ").append(m).append(System.lineSeparator());
    }
    return out.toString();
  }
}
