package io.github.cognitoevents.patterntest.internal;

/**
 * One leaf value of the event under test (mutable, reused during a scan). Strings hold the decoded
 * text; numbers hold the text exactly as written in the event.
 */
final class Leaf {

  static final int STRING = 0;
  static final int NUMBER = 1;
  static final int TRUE = 2;
  static final int FALSE = 3;
  static final int NULL = 4;

  int kind;
  String raw;
  private String normalized;
  private double number;
  private boolean numberDone;
  private byte[] ip;
  private boolean ipDone;

  Leaf set(int kind, String raw) {
    this.kind = kind;
    this.raw = raw;
    this.normalized = null;
    this.numberDone = false;
    this.ipDone = false;
    this.ip = null;
    return this;
  }

  /** The string value as UTF-8 would see it (unpaired surrogates as {@code ?}). */
  String normalized() {
    String n = normalized;
    if (n == null) {
      n = Utf16.normalize(raw);
      normalized = n;
    }
    return n;
  }

  /** The comparable value of a number, or NaN when not comparable (see {@link Numbers}). */
  double number() {
    if (!numberDone) {
      number = Numbers.comparable(raw);
      numberDone = true;
    }
    return number;
  }

  /** The IP address bytes of a string value, or null. */
  byte[] ip() {
    if (!ipDone) {
      ip = IpAddress.parse(raw);
      ipDone = true;
    }
    return ip;
  }

  /** The value rendered as JSON-ish text, for explanations. */
  String display() {
    switch (kind) {
      case STRING:
        return JsonText.quote(raw);
      case NUMBER:
        return raw;
      case TRUE:
        return "true";
      case FALSE:
        return "false";
      default:
        return "null";
    }
  }
}
