package io.github.cognitoevents.testkit.junit;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.cognitoevents.model.CognitoEvent;
import io.github.cognitoevents.patterntest.MatchExplanation;
import io.github.cognitoevents.patterntest.PatternMatcher;
import io.github.cognitoevents.patterntest.RuleSet;
import io.github.cognitoevents.patterntest.RuleSetExplanation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** One event given to an assertion, in the form it was given. */
final class Event {
  private final String name;
  private final String text;
  private final byte[] bytes;
  private final JsonNode tree;

  private Event(String name, String text, byte[] bytes, JsonNode tree) {
    this.name = name;
    this.text = text;
    this.bytes = bytes;
    this.tree = tree;
  }

  static Event ofText(String json) {
    return new Event(null, json, null, null);
  }

  static Event ofBytes(byte[] json) {
    return new Event(null, null, json.clone(), null);
  }

  static Event ofTree(JsonNode json) {
    return new Event(null, null, null, json);
  }

  static Event ofModel(CognitoEvent event) {
    return new Event(event.name(), null, null, event.toJson());
  }

  static Event ofFile(Path file) {
    try {
      Path name = file.getFileName();
      return new Event(name == null ? null : name.toString(), null, Files.readAllBytes(file), null);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the event file " + file, e);
    }
  }

  static Event of(Object source, int index) {
    if (source instanceof CharSequence text) {
      return ofText(text.toString());
    }
    if (source instanceof Path file) {
      return ofFile(file);
    }
    if (source instanceof byte[] json) {
      return ofBytes(json);
    }
    if (source instanceof JsonNode json) {
      return ofTree(json);
    }
    if (source instanceof CognitoEvent event) {
      return ofModel(event);
    }
    throw new IllegalArgumentException(
        "Event "
            + (index + 1)
            + " has an unsupported type "
            + (source == null ? "null" : source.getClass().getName())
            + ": pass a JSON String, a Path, a byte[], a Jackson JsonNode or a CognitoEvent");
  }

  String name() {
    return name;
  }

  MatchExplanation explain(PatternMatcher matcher) {
    if (text != null) {
      return matcher.explain(text);
    }
    if (bytes != null) {
      return matcher.explain(bytes);
    }
    return matcher.explain(tree);
  }

  RuleSetExplanation explain(RuleSet rules) {
    if (text != null) {
      return rules.explain(text);
    }
    if (bytes != null) {
      return rules.explain(bytes);
    }
    return rules.explain(tree);
  }
}
