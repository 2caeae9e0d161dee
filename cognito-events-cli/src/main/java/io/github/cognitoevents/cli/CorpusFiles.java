package io.github.cognitoevents.cli;

import io.github.cognitoevents.cli.Inputs.Input;
import io.github.cognitoevents.cli.Inputs.InputException;
import io.github.cognitoevents.patterntest.live.ConformanceCorpus;
import io.github.cognitoevents.patterntest.live.CorpusCase;
import io.github.cognitoevents.patterntest.live.LiveCaseFormatException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the corpora named on a command line (files, directories of {@code *.jsonl}, or {@code -})
 * with {@link ConformanceCorpus}: every line that is not a case is reported on standard error as
 * {@code FILE:LINE: not a corpus case: REASON}, and the other lines are still read.
 */
final class CorpusFiles {

  /** One case and where it was read. */
  record Entry(CorpusCase corpusCase, String file, int line, String where) {}

  /** The cases read, and whether some input was bad. */
  record Loaded(List<Entry> entries, boolean badInput) {}

  private CorpusFiles() {}

  /**
   * Reads the corpora.
   *
   * @param expectedRequired whether a line without {@code expected} is bad input
   * @throws InputException if an operand names nothing (a missing file, an empty directory)
   */
  static Loaded load(
      Inputs inputs, List<String> operands, PrintWriter err, boolean expectedRequired) {
    List<Input> files = Inputs.expand(operands, ".jsonl");
    List<Entry> entries = new ArrayList<>();
    boolean badInput = false;
    for (Input input : files) {
      String corpus;
      try {
        corpus = inputs.read(input);
      } catch (InputException e) {
        err.println(e.getMessage());
        badInput = true;
        continue;
      }
      String prefix = files.size() == 1 ? "line " : input.label() + " line ";
      String[] lines = corpus.split("\r?\n", -1);
      for (int i = 0; i < lines.length; i++) {
        if (lines[i].isBlank()) {
          continue;
        }
        CorpusCase c;
        try {
          c = ConformanceCorpus.parseLine(lines[i]);
          if (expectedRequired && c.expected() == null) {
            throw new LiveCaseFormatException("field \"expected\" is missing");
          }
        } catch (LiveCaseFormatException e) {
          err.println(input.label() + ":" + (i + 1) + ": not a corpus case: " + e.getMessage());
          badInput = true;
          continue;
        }
        entries.add(new Entry(c, input.label(), i + 1, prefix + (i + 1)));
      }
    }
    return new Loaded(List.copyOf(entries), badInput);
  }
}
