package io.github.cognitoevents.pattern;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import io.github.cognitoevents.pattern.internal.Checks;
import io.github.cognitoevents.pattern.internal.Keywords;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A streaming parser for event patterns. It reads the JSON token by token and checks in the same
 * order as EventBridge (event-ruler's {@code JsonRuleCompiler}), so the first error found is the
 * one EventBridge reports, with the same text. Content after the top-level object is ignored, as
 * EventBridge does.
 */
final class Parser {
  private static final JsonFactory FACTORY =
      JsonFactory.builder().configure(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION, true).build();

  private static final String ONE_KEY = "Only one key allowed in match expression";
  private static final String TOO_MANY_ELEMENTS = "Too many elements in numeric expression";

  private final JsonParser parser;

  private Parser(JsonParser parser) {
    this.parser = parser;
  }

  /**
   * Parses and checks a pattern.
   *
   * @param json the pattern text
   * @return the root object
   * @throws InvalidEventPatternException with EventBridge's message if the pattern is not valid
   */
  static ObjectPattern parse(String json) {
    try (JsonParser jsonParser = FACTORY.createParser(json)) {
      Parser patternParser = new Parser(jsonParser);
      if (jsonParser.nextToken() != JsonToken.START_OBJECT) {
        patternParser.barf("Filter is not an object");
      }
      return patternParser.object();
    } catch (JsonProcessingException e) {
      throw new InvalidEventPatternException(String.valueOf(e.getMessage()), e);
    } catch (IOException e) {
      throw new InvalidEventPatternException(String.valueOf(e.getMessage()), e);
    }
  }

  /** An object being read: its members so far, and the name of a field whose object is open. */
  private static final class ObjectFrame {
    final List<Member> members = new ArrayList<>();
    final boolean insideOr;
    String openField;

    ObjectFrame(boolean insideOr) {
      this.insideOr = insideOr;
    }
  }

  /** An {@code $or} array being read: its branches so far. */
  private static final class OrFrame {
    final List<ObjectPattern> branches = new ArrayList<>();
    int count;
  }

  /**
   * Reads the object whose START_OBJECT was just read, with its nested objects and {@code $or}
   * arrays, keeping its own stack instead of recursing (Jackson already bounds the nesting depth at
   * 1,000; the explicit stack keeps that from depending on the thread's stack size). The checks run
   * in the order event-ruler's recursive compiler runs them.
   */
  private ObjectPattern object() throws IOException {
    List<Object> stack = new ArrayList<>();
    stack.add(new ObjectFrame(false));
    while (true) {
      Object top = stack.get(stack.size() - 1);
      if (top instanceof ObjectFrame frame) {
        if (parser.nextToken() == JsonToken.END_OBJECT) {
          if (frame.members.isEmpty()) {
            barf("Empty objects are not allowed");
          }
          ObjectPattern done = new ObjectPattern(frame.members);
          stack.remove(stack.size() - 1);
          if (stack.isEmpty()) {
            return done;
          }
          Object parent = stack.get(stack.size() - 1);
          if (parent instanceof ObjectFrame outer) {
            outer.members.add(new Field(outer.openField, done));
            outer.openField = null;
          } else {
            ((OrFrame) parent).branches.add(done);
          }
          continue;
        }
        String name = parser.currentName();
        if (Keywords.OR.equals(name)) {
          if (parser.nextToken() != JsonToken.START_ARRAY) {
            barf("It must be an Array followed with $or.");
          }
          stack.add(new OrFrame());
          continue;
        }
        if (frame.insideOr && Keywords.isReservedInOr(name)) {
          barf(name + " is Ruler reserved fieldName which cannot be used inside $or.");
        }
        JsonToken token = parser.nextToken();
        if (token == JsonToken.START_OBJECT) {
          frame.openField = name;
          stack.add(new ObjectFrame(frame.insideOr));
        } else if (token == JsonToken.START_ARRAY) {
          frame.members.add(new Field(name, matchList()));
        } else {
          barf("\"" + name + "\" must be an object or an array");
        }
      } else {
        OrFrame frame = (OrFrame) top;
        JsonToken token = parser.nextToken();
        if (token == JsonToken.END_ARRAY) {
          if (frame.count < 2) {
            barf("There must have at least 2 Objects in $or relationship.");
          }
          stack.remove(stack.size() - 1);
          ((ObjectFrame) stack.get(stack.size() - 1)).members.add(new Or(frame.branches));
          continue;
        }
        frame.count++;
        if (token == JsonToken.START_OBJECT) {
          stack.add(new ObjectFrame(true));
        } else {
          barf("Only JSON object is allowed in array of $or relationship.");
        }
      }
    }
  }

  private MatchList matchList() throws IOException {
    List<Condition> conditions = new ArrayList<>();
    JsonToken token;
    while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
      switch (token) {
        case START_OBJECT:
          conditions.add(matchExpression());
          break;
        case VALUE_STRING:
          conditions.add(new StringLiteral(parser.getText()));
          break;
        case VALUE_NUMBER_INT:
        case VALUE_NUMBER_FLOAT:
          conditions.add(new NumberLiteral(parser.getText()));
          break;
        case VALUE_NULL:
          conditions.add(new NullLiteral());
          break;
        case VALUE_TRUE:
          conditions.add(new BooleanLiteral(true));
          break;
        case VALUE_FALSE:
          conditions.add(new BooleanLiteral(false));
          break;
        default:
          barf("Match value must be String, number, true, false, or null");
      }
    }
    if (conditions.isEmpty()) {
      barf("Empty arrays are not allowed");
    }
    return new MatchList(conditions);
  }

  private Condition matchExpression() throws IOException {
    if (parser.nextToken() != JsonToken.FIELD_NAME) {
      barf("Match expression name not found");
    }
    String name = parser.currentName();
    switch (name) {
      case Keywords.PREFIX:
        return prefixOrSuffix(true);
      case Keywords.SUFFIX:
        return prefixOrSuffix(false);
      case Keywords.NUMERIC:
        if (parser.nextToken() != JsonToken.START_ARRAY) {
          barf("Value of numeric must be an array.");
        }
        Numeric numeric = numeric();
        if (parser.nextToken() != JsonToken.END_OBJECT) {
          barf(TOO_MANY_ELEMENTS);
        }
        return numeric;
      case Keywords.ANYTHING_BUT:
        return anythingBut();
      case Keywords.EXISTS:
        {
          JsonToken token = parser.nextToken();
          if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
            barf("exists match pattern must be either true or false.");
          }
          endOfExpression();
          return new Exists(token == JsonToken.VALUE_TRUE);
        }
      case Keywords.CIDR:
        {
          String text = stringValue("prefix match pattern must be a string");
          String error = Checks.cidrError(text);
          if (error != null) {
            throw new InvalidEventPatternException(error);
          }
          endOfExpression();
          return new Cidr(text);
        }
      case Keywords.EQUALS_IGNORE_CASE:
        {
          String text = stringValue("equals-ignore-case match pattern must be a string");
          endOfExpression();
          return new EqualsIgnoreCase(text);
        }
      case Keywords.WILDCARD:
        {
          String text = stringValue(Checks.WILDCARD_TYPE);
          String error = Checks.wildcardError(text);
          if (error != null) {
            barf(error);
          }
          endOfExpression();
          return new Wildcard(text);
        }
      default:
        barf("Unrecognized match type " + name);
        throw new AssertionError("unreachable");
    }
  }

  private Condition prefixOrSuffix(boolean prefix) throws IOException {
    String kind = prefix ? Keywords.PREFIX : Keywords.SUFFIX;
    JsonToken token = parser.nextToken();
    if (token == JsonToken.START_OBJECT) {
      if (parser.nextToken() != JsonToken.FIELD_NAME) {
        barf((prefix ? "Prefix" : "Suffix") + " expression name not found");
      }
      String op = parser.currentName();
      if (!Keywords.EQUALS_IGNORE_CASE.equals(op)) {
        barf("Unsupported " + kind + " pattern: " + op);
      }
      String value = stringValue("equals-ignore-case match pattern must be a string");
      endOfExpression();
      endOfExpression();
      return prefix ? new Prefix(value, true) : new Suffix(value, true);
    }
    if (token != JsonToken.VALUE_STRING) {
      barf(kind + " match pattern must be a string");
    }
    String value = parser.getText();
    endOfExpression();
    return prefix ? new Prefix(value, false) : new Suffix(value, false);
  }

  private Numeric numeric() throws IOException {
    JsonToken token = parser.nextToken();
    if (token != JsonToken.VALUE_STRING) {
      barf("Invalid member in numeric match: " + parser.getText());
    }
    String symbol = parser.getText();
    token = parser.nextToken();
    ComparisonOperator op = ComparisonOperator.fromSymbol(symbol);
    if (op == null) {
      barf("Unrecognized numeric range operator: " + symbol);
    }
    if (!token.isNumeric()) {
      barf("Value of " + (op == ComparisonOperator.EQ ? "equals" : symbol) + " must be numeric");
    }
    NumberLiteral first = new NumberLiteral(parser.getText());
    token = parser.nextToken();
    if (!op.isLowerBound() || token == JsonToken.END_ARRAY) {
      if (token != JsonToken.END_ARRAY) {
        barf(TOO_MANY_ELEMENTS);
      }
      comparable(first);
      return new Numeric(List.of(new Comparison(op, first)));
    }
    if (token != JsonToken.VALUE_STRING) {
      barf("Bad value in numeric range: " + parser.getText());
    }
    String topSymbol = parser.getText();
    ComparisonOperator topOp = ComparisonOperator.fromSymbol(topSymbol);
    if (topOp == null || !topOp.isUpperBound()) {
      barf("Bad numeric range operator: " + topSymbol);
    }
    if (!parser.nextToken().isNumeric()) {
      barf("Value of " + topSymbol + " must be numeric");
    }
    NumberLiteral top = new NumberLiteral(parser.getText());
    if (parser.nextToken() != JsonToken.END_ARRAY) {
      barf("Too many terms in numeric range expression");
    }
    comparable(first);
    comparable(top);
    if (first.decimal().doubleValue() >= top.decimal().doubleValue()) {
      barf("Bottom must be less than top");
    }
    return new Numeric(List.of(new Comparison(op, first), new Comparison(topOp, top)));
  }

  private void comparable(NumberLiteral number) throws JsonParseException {
    String error = Checks.comparableError(number.text());
    if (error != null) {
      barf(error);
    }
  }

  private Condition anythingBut() throws IOException {
    String kind = null;
    JsonToken token = parser.nextToken();
    if (token == JsonToken.START_OBJECT) {
      if (parser.nextToken() != JsonToken.FIELD_NAME) {
        barf("Anything-But expression name not found");
      }
      kind = parser.currentName();
      if (!Keywords.EQUALS_IGNORE_CASE.equals(kind)
          && !Keywords.PREFIX.equals(kind)
          && !Keywords.SUFFIX.equals(kind)
          && !Keywords.WILDCARD.equals(kind)) {
        barf("Unsupported anything-but pattern: " + kind);
      }
      token = parser.nextToken();
    }
    if (token != JsonToken.START_ARRAY
        && token != JsonToken.VALUE_STRING
        && token != JsonToken.VALUE_NUMBER_FLOAT
        && token != JsonToken.VALUE_NUMBER_INT) {
      barf(Checks.ANYTHING_BUT_VALUE);
    }
    Condition result;
    if (kind == null) {
      result = token == JsonToken.START_ARRAY ? anythingButList() : anythingButSingle(token);
    } else {
      List<String> values =
          token == JsonToken.START_ARRAY
              ? anythingButStringList(kind)
              : List.of(anythingButString(kind, token));
      result = anythingButStrings(kind, values, token == JsonToken.START_ARRAY);
    }
    if (parser.nextToken() != JsonToken.END_OBJECT) {
      barf(TOO_MANY_ELEMENTS);
    }
    if (kind != null && parser.nextToken() != JsonToken.END_OBJECT) {
      barf(TOO_MANY_ELEMENTS);
    }
    return result;
  }

  private Condition anythingButSingle(JsonToken token) throws IOException {
    if (token == JsonToken.VALUE_STRING) {
      return new AnythingButValues(List.of(new StringLiteral(parser.getText())), false);
    }
    NumberLiteral number = new NumberLiteral(parser.getText());
    String error = Checks.comparableError(number.text());
    if (error != null) {
      // event-ruler lets this one escape without the parser location
      throw new InvalidEventPatternException(error);
    }
    return new AnythingButValues(List.of(number), false);
  }

  private Condition anythingButList() throws IOException {
    List<Literal> values = new ArrayList<>();
    boolean hasNumber = false;
    boolean hasString = false;
    String error = null;
    try {
      JsonToken token;
      while (error == null && (token = parser.nextToken()) != JsonToken.END_ARRAY) {
        if (token == JsonToken.VALUE_STRING) {
          values.add(new StringLiteral(parser.getText()));
          hasString = true;
        } else if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
          NumberLiteral number = new NumberLiteral(parser.getText());
          error = Checks.comparableError(number.text());
          values.add(number);
          hasNumber = true;
        } else {
          barf(Checks.ANYTHING_BUT_LIST_TYPE);
        }
      }
    } catch (JsonProcessingException e) {
      barf(String.valueOf(e.getMessage()));
    }
    if (error != null) {
      barf(error);
    }
    if (hasNumber == hasString) {
      barf(Checks.ANYTHING_BUT_LIST_MIXED);
    }
    return new AnythingButValues(values, true);
  }

  private String anythingButString(String kind, JsonToken token) throws IOException {
    if (token != JsonToken.VALUE_STRING) {
      barf(anythingButTypeError(kind));
    }
    String text = parser.getText();
    if (text.isEmpty() && (Keywords.PREFIX.equals(kind) || Keywords.SUFFIX.equals(kind))) {
      barf(Checks.NULL_PREFIX_SUFFIX);
    }
    if (Keywords.WILDCARD.equals(kind)) {
      String error = Checks.wildcardError(text);
      if (error != null) {
        barf(error);
      }
    }
    return text;
  }

  private List<String> anythingButStringList(String kind) throws IOException {
    List<String> values = new ArrayList<>();
    try {
      JsonToken token;
      while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
        if (token != JsonToken.VALUE_STRING) {
          barf(anythingButTypeError(kind));
        }
        String text = parser.getText();
        if (text.isEmpty() && (Keywords.PREFIX.equals(kind) || Keywords.SUFFIX.equals(kind))) {
          barf(Checks.NULL_PREFIX_SUFFIX);
        }
        values.add(text);
      }
    } catch (JsonProcessingException e) {
      barf(String.valueOf(e.getMessage()));
    }
    if (Keywords.WILDCARD.equals(kind)) {
      String error = Checks.firstWildcardError(values);
      if (error != null) {
        barf(error);
      }
    }
    if (values.isEmpty()) {
      // event-ruler accepts an empty list here and then fails while matching; we reject it
      barf(Checks.EMPTY_ARRAY);
    }
    return values;
  }

  private static String anythingButTypeError(String kind) {
    switch (kind) {
      case Keywords.EQUALS_IGNORE_CASE:
        return Checks.ANYTHING_BUT_IGNORE_CASE_TYPE;
      case Keywords.WILDCARD:
        return Checks.WILDCARD_TYPE;
      default:
        return Checks.ANYTHING_BUT_PREFIX_SUFFIX_TYPE;
    }
  }

  private static Condition anythingButStrings(String kind, List<String> values, boolean list) {
    switch (kind) {
      case Keywords.PREFIX:
        return new AnythingButPrefix(values, list);
      case Keywords.SUFFIX:
        return new AnythingButSuffix(values, list);
      case Keywords.EQUALS_IGNORE_CASE:
        return new AnythingButIgnoreCase(values, list);
      default:
        return new AnythingButWildcard(values, list);
    }
  }

  private String stringValue(String error) throws IOException {
    if (parser.nextToken() != JsonToken.VALUE_STRING) {
      barf(error);
    }
    return parser.getText();
  }

  private void endOfExpression() throws IOException {
    if (parser.nextToken() != JsonToken.END_OBJECT) {
      barf(ONE_KEY);
    }
  }

  private void barf(String message) throws JsonParseException {
    throw new JsonParseException(parser, message, parser.currentLocation());
  }
}
