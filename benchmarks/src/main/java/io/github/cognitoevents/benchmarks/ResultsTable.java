package io.github.cognitoevents.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Turns JMH JSON result files ({@code -rf json -rff results.json}) into Markdown tables, one per
 * benchmark class, with one row per parameter combination, one column per peer and the ratio of
 * {@code ours} to every other peer.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar io.github.cognitoevents.benchmarks.ResultsTable a.json b.json
 * }</pre>
 *
 * <p>For throughput results (higher is better) the ratio {@code ours/peer} above 1 means we are
 * faster; for time results (single-shot, average time) a ratio below 1 means we are faster. The
 * table header says which.
 *
 * <p>On a shared, loaded machine the means are noisy: contention only ever slows an iteration down.
 * So the table also gives the ratio of the best single iterations (the highest throughput, the
 * shortest single-shot time) of each peer, a steadier estimate of what the code itself costs.
 *
 * <p>When several files hold results for the same benchmark and parameters (the cold-start runs
 * alternate the peers over several JMH invocations), their samples are pooled: the score is the
 * mean of all samples and the error the half-width of a 99.9% normal confidence interval, as JMH
 * reports it for a single run.
 *
 * <p>When ours and a peer have the same number of such runs, given in the same order (as {@code
 * benchmarks/run.sh} passes the files: {@code ...-1-ours.json} beside {@code ...-1-aws.json}), the
 * k-th runs of the two were run one after the other, and the table also counts in how many of these
 * pairs ours was faster, per row and for the whole table. A slow spell of the machine lowers both
 * runs of a pair or, when it starts or ends between them, one; it does not favour either peer, so
 * the count shows which one is faster when the means of a few runs are moved by a spell.
 */
public final class ResultsTable {

  private static final String OURS = "ours";
  private static final double Z_999 = 3.2905;

  private ResultsTable() {}

  /** A score with its error, unit and best single iteration (NaN when unknown). */
  private record Score(double score, double error, String unit, double best) {
    @Override
    public String toString() {
      if (Double.isNaN(error)) {
        return String.format(Locale.ROOT, "%.1f %s", score, unit);
      }
      return String.format(Locale.ROOT, "%.1f ± %.1f %s", score, error, unit);
    }
  }

  /**
   * Prints the tables for one or more result files to standard output.
   *
   * @param args the JMH JSON result files
   * @throws IOException if a file cannot be read
   */
  public static void main(String[] args) throws IOException {
    if (args.length == 0) {
      System.err.println("usage: ResultsTable results.json...");
      System.exit(2);
    }
    ObjectMapper mapper = new ObjectMapper();
    ArrayNode all = mapper.createArrayNode();
    for (String file : args) {
      JsonNode results = mapper.readTree(Files.readString(Path.of(file), StandardCharsets.UTF_8));
      if (results instanceof ArrayNode array) {
        all.addAll(array);
      }
    }
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    out.print(render(mapper.writeValueAsString(all)));
    out.flush();
  }

  /**
   * Renders JMH JSON results as Markdown.
   *
   * @param jmhJson the content of a JMH {@code -rf json} file, or several concatenated into one
   *     array
   * @return the Markdown tables
   * @throws IOException if the content is not JSON
   */
  public static String render(String jmhJson) throws IOException {
    JsonNode results = new ObjectMapper().readTree(jmhJson);
    // class -> params -> method -> results
    Map<String, Map<String, Map<String, List<JsonNode>>>> byClass = new LinkedHashMap<>();
    Map<String, List<String>> methodsByClass = new LinkedHashMap<>();
    Map<String, String> modeByClass = new LinkedHashMap<>();
    for (JsonNode result : results) {
      String benchmark = result.path("benchmark").asText();
      int dot = benchmark.lastIndexOf('.');
      String type = benchmark.substring(benchmark.lastIndexOf('.', dot - 1) + 1, dot);
      String method = benchmark.substring(dot + 1);
      String params = params(result.path("params"));
      byClass
          .computeIfAbsent(type, k -> new LinkedHashMap<>())
          .computeIfAbsent(params, k -> new LinkedHashMap<>())
          .computeIfAbsent(method, k -> new ArrayList<>())
          .add(result);
      List<String> methods = methodsByClass.computeIfAbsent(type, k -> new ArrayList<>());
      if (!methods.contains(method)) {
        if (OURS.equals(method)) {
          methods.add(0, method);
        } else {
          methods.add(method);
        }
      }
      modeByClass.putIfAbsent(type, result.path("mode").asText());
    }
    StringBuilder md = new StringBuilder();
    for (Map.Entry<String, Map<String, Map<String, List<JsonNode>>>> entry : byClass.entrySet()) {
      String type = entry.getKey();
      List<String> methods = methodsByClass.get(type);
      boolean throughput = "thrpt".equals(modeByClass.get(type));
      md.append("### ").append(type).append("\n\n");
      md.append("| parameters |");
      for (String method : methods) {
        md.append(' ').append(method).append(" |");
      }
      List<String> peers = methods.contains(OURS) ? methods.subList(1, methods.size()) : List.of();
      for (String peer : peers) {
        md.append(" ours/")
            .append(peer)
            .append(throughput ? " (throughput, >1 = ours faster)" : " (time, <1 = ours faster)")
            .append(" |");
      }
      for (String peer : peers) {
        md.append(" ours/").append(peer).append(", best iterations |");
      }
      boolean paired =
          entry.getValue().values().stream()
              .anyMatch(
                  row ->
                      peers.stream()
                          .anyMatch(
                              peer -> pairsWon(row.get(OURS), row.get(peer), throughput) != null));
      if (paired) {
        for (String peer : peers) {
          md.append(" fork pairs ours faster than ").append(peer).append(" |");
        }
      }
      boolean perByte = entry.getValue().keySet().stream().anyMatch(k -> kilobytes(k) > 0);
      if (perByte) {
        for (String method : methods) {
          md.append(' ').append(method).append(" ns/byte |");
        }
      }
      md.append('\n').append("|---|");
      md.append(
          "---:|"
              .repeat(
                  methods.size()
                      + (paired ? 3 : 2) * peers.size()
                      + (perByte ? methods.size() : 0)));
      md.append('\n');
      int[] pairsWon = new int[peers.size()];
      int[] pairs = new int[peers.size()];
      for (Map.Entry<String, Map<String, List<JsonNode>>> row : entry.getValue().entrySet()) {
        md.append("| ").append(row.getKey().isEmpty() ? "-" : row.getKey()).append(" |");
        Map<String, Score> scores = new LinkedHashMap<>();
        for (Map.Entry<String, List<JsonNode>> cell : row.getValue().entrySet()) {
          scores.put(cell.getKey(), score(cell.getValue()));
        }
        for (String method : methods) {
          Score score = scores.get(method);
          md.append(' ').append(score == null ? "-" : score.toString()).append(" |");
        }
        Score ours = scores.get(OURS);
        for (String peer : peers) {
          Score other = scores.get(peer);
          md.append(' ').append(ratio(ours, other, Score::score)).append(" |");
        }
        for (String peer : peers) {
          Score other = scores.get(peer);
          md.append(' ').append(ratio(ours, other, Score::best)).append(" |");
        }
        if (paired) {
          for (int j = 0; j < peers.size(); j++) {
            int[] count =
                pairsWon(row.getValue().get(OURS), row.getValue().get(peers.get(j)), throughput);
            if (count == null) {
              md.append(" - |");
            } else {
              pairsWon[j] += count[0];
              pairs[j] += count[1];
              md.append(' ').append(count[0]).append(" of ").append(count[1]).append(" |");
            }
          }
        }
        if (perByte) {
          for (String method : methods) {
            md.append(' ').append(nanosPerByte(scores.get(method), kilobytes(row.getKey())));
            md.append(" |");
          }
        }
        md.append('\n');
      }
      md.append('\n');
      for (int j = 0; j < peers.size(); j++) {
        if (pairs[j] > 0) {
          md.append("Fork pairs (ours and ")
              .append(peers.get(j))
              .append(" run one after the other) where ours is faster: ")
              .append(pairsWon[j])
              .append(" of ")
              .append(pairs[j])
              .append(".\n\n");
        }
      }
      md.append(growth(entry.getValue(), methods, throughput));
    }
    return md.toString();
  }

  /** The {@code kilobytes} parameter of a row, or 0. */
  private static int kilobytes(String params) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("(?:^|, )kilobytes=(\\d+)").matcher(params);
    return m.find() ? Integer.parseInt(m.group(1)) : 0;
  }

  private static String nanosPerByte(Score score, int kilobytes) {
    if (score == null || kilobytes <= 0) {
      return "-";
    }
    double factor;
    switch (score.unit()) {
      case "ns/op":
        factor = 1;
        break;
      case "us/op":
        factor = 1e3;
        break;
      case "ms/op":
        factor = 1e6;
        break;
      default:
        return "-";
    }
    return String.format(Locale.ROOT, "%.2f", score.score() * factor / (kilobytes * 1024.0));
  }

  /**
   * For benchmarks with a {@code rules} parameter: per group of the other parameters, how much more
   * one operation costs at the most rules than at the fewest, for each method.
   */
  private static String growth(
      Map<String, Map<String, List<JsonNode>>> rows, List<String> methods, boolean throughput) {
    java.util.regex.Pattern rulesParam = java.util.regex.Pattern.compile("(?:^|, )rules=(\\d+)");
    Map<String, Map<Integer, Map<String, List<JsonNode>>>> groups = new LinkedHashMap<>();
    for (Map.Entry<String, Map<String, List<JsonNode>>> row : rows.entrySet()) {
      java.util.regex.Matcher m = rulesParam.matcher(row.getKey());
      if (!m.find()) {
        return "";
      }
      String group =
          (row.getKey().substring(0, m.start()) + row.getKey().substring(m.end()))
              .replaceAll("^, |, $", "");
      groups
          .computeIfAbsent(group, k -> new java.util.TreeMap<>())
          .put(Integer.parseInt(m.group(1)), row.getValue());
    }
    StringBuilder md = new StringBuilder();
    boolean header = false;
    for (Map.Entry<String, Map<Integer, Map<String, List<JsonNode>>>> group : groups.entrySet()) {
      java.util.TreeMap<Integer, Map<String, List<JsonNode>>> byRules =
          (java.util.TreeMap<Integer, Map<String, List<JsonNode>>>) group.getValue();
      if (byRules.size() < 2) {
        continue;
      }
      int fewest = byRules.firstKey();
      int most = byRules.lastKey();
      if (!header) {
        md.append("Cost per operation at rules=")
            .append(most)
            .append(" divided by the cost at rules=")
            .append(fewest)
            .append(" (lower = grows less):\n\n| parameters |");
        for (String method : methods) {
          md.append(' ').append(method).append(" |");
        }
        md.append("\n|---|").append("---:|".repeat(methods.size())).append('\n');
        header = true;
      }
      md.append("| ").append(group.getKey().isEmpty() ? "-" : group.getKey()).append(" |");
      for (String method : methods) {
        List<JsonNode> low = byRules.get(fewest).get(method);
        List<JsonNode> high = byRules.get(most).get(method);
        if (low == null || high == null) {
          md.append(" - |");
          continue;
        }
        double a = score(low).score();
        double b = score(high).score();
        double costRatio = throughput ? a / b : b / a;
        md.append(' ').append(String.format(Locale.ROOT, "%.2f", costRatio)).append(" |");
      }
      md.append('\n');
    }
    return md.length() == 0 ? "" : md.append('\n').toString();
  }

  /**
   * In how many pairs of runs (the k-th of ours and the k-th of the peer) ours was faster, and how
   * many pairs there are; {@code null} when the two do not have the same number of runs.
   */
  private static int[] pairsWon(List<JsonNode> ours, List<JsonNode> other, boolean throughput) {
    if (ours == null || other == null || ours.size() < 2 || ours.size() != other.size()) {
      return null;
    }
    int won = 0;
    for (int k = 0; k < ours.size(); k++) {
      double a = score(List.of(ours.get(k))).score();
      double b = score(List.of(other.get(k))).score();
      if (throughput ? a > b : a < b) {
        won++;
      }
    }
    return new int[] {won, ours.size()};
  }

  private static String ratio(Score ours, Score other, ToDoubleFunction<Score> value) {
    if (ours == null || other == null) {
      return "-";
    }
    double ratio = value.applyAsDouble(ours) / value.applyAsDouble(other);
    return Double.isNaN(ratio) ? "-" : String.format(Locale.ROOT, "%.2f", ratio);
  }

  private static String params(JsonNode params) {
    StringBuilder text = new StringBuilder();
    for (Map.Entry<String, JsonNode> field : params.properties()) {
      if (text.length() > 0) {
        text.append(", ");
      }
      text.append(field.getKey()).append('=').append(field.getValue().asText());
    }
    return text.toString();
  }

  private static Score score(List<JsonNode> results) {
    JsonNode first = results.get(0).path("primaryMetric");
    String unit = first.path("scoreUnit").asText();
    boolean higherIsBetter = unit.endsWith("/ms") || unit.endsWith("/s") || unit.endsWith("/us");
    List<Double> samples = new ArrayList<>();
    for (JsonNode result : results) {
      for (JsonNode fork : result.path("primaryMetric").path("rawData")) {
        for (JsonNode sample : fork) {
          samples.add(sample.asDouble());
        }
      }
    }
    double best =
        samples.stream()
            .mapToDouble(Double::doubleValue)
            .reduce(higherIsBetter ? Math::max : Math::min)
            .orElse(Double.NaN);
    if (results.size() == 1) {
      return new Score(
          first.path("score").asDouble(), first.path("scoreError").asDouble(), unit, best);
    }
    int n = samples.size();
    double mean = samples.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    double error = Double.NaN;
    if (n > 1) {
      double squares = 0;
      for (double sample : samples) {
        squares += (sample - mean) * (sample - mean);
      }
      error = Z_999 * Math.sqrt(squares / (n - 1)) / Math.sqrt(n);
    }
    return new Score(mean, error, unit, best);
  }
}
