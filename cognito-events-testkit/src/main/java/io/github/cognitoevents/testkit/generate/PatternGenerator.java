package io.github.cognitoevents.testkit.generate;

import io.github.cognitoevents.pattern.AnythingButIgnoreCase;
import io.github.cognitoevents.pattern.AnythingButPrefix;
import io.github.cognitoevents.pattern.AnythingButSuffix;
import io.github.cognitoevents.pattern.AnythingButValues;
import io.github.cognitoevents.pattern.AnythingButWildcard;
import io.github.cognitoevents.pattern.BooleanLiteral;
import io.github.cognitoevents.pattern.Cidr;
import io.github.cognitoevents.pattern.Comparison;
import io.github.cognitoevents.pattern.ComparisonOperator;
import io.github.cognitoevents.pattern.Condition;
import io.github.cognitoevents.pattern.ConditionVisitor;
import io.github.cognitoevents.pattern.EqualsIgnoreCase;
import io.github.cognitoevents.pattern.EventPattern;
import io.github.cognitoevents.pattern.Exists;
import io.github.cognitoevents.pattern.Field;
import io.github.cognitoevents.pattern.InvalidEventPatternException;
import io.github.cognitoevents.pattern.Literal;
import io.github.cognitoevents.pattern.MatchList;
import io.github.cognitoevents.pattern.Member;
import io.github.cognitoevents.pattern.NullLiteral;
import io.github.cognitoevents.pattern.NumberLiteral;
import io.github.cognitoevents.pattern.Numeric;
import io.github.cognitoevents.pattern.ObjectPattern;
import io.github.cognitoevents.pattern.Or;
import io.github.cognitoevents.pattern.PatternLimits;
import io.github.cognitoevents.pattern.Prefix;
import io.github.cognitoevents.pattern.StringLiteral;
import io.github.cognitoevents.pattern.Suffix;
import io.github.cognitoevents.pattern.Wildcard;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded, reproducible generator of EventBridge event patterns for property, differential and
 * validator tests. Valid patterns cover every operator and form (exact values of every type, {@code
 * prefix}/{@code suffix} with and without {@code equals-ignore-case}, {@code equals-ignore-case},
 * {@code wildcard} with escapes, {@code exists}, {@code numeric} comparisons and ranges, IPv4 and
 * IPv6 {@code cidr}, every {@code anything-but} form), nesting, dotted keys, duplicate keys and
 * nested {@code $or}; strings include quotes, backslashes, control characters and non-ASCII text.
 * Broken patterns inject one error of the {@link PatternMutation catalogue} into a valid pattern,
 * with the reason EventBridge gives.
 *
 * <pre>{@code
 * PatternGenerator patterns = new PatternGenerator(42);
 * EventPattern valid = patterns.nextPattern();
 * BrokenPattern broken = patterns.nextBroken();
 * // EventPattern.parse(broken.json()) throws with broken.expectedReason()
 * }</pre>
 *
 * <p>The same seed always yields the same sequence. Instances are not thread-safe.
 */
public final class PatternGenerator {
  private static final String MARKER = "__cognito_events_broken__";

  private static final String[] NAMES = {
    "source",
    "detail-type",
    "account",
    "region",
    "resources",
    "id",
    "time",
    "detail",
    "eventName",
    "eventSource",
    "eventType",
    "userIdentity",
    "type",
    "sourceIPAddress",
    "requestParameters",
    "userPoolId",
    "clientId",
    "userAttributes",
    "name",
    "value",
    "responseElements",
    "errorCode",
    "c-count",
    "state",
    "FileName",
    "prefix",
    "numeric",
    "exists",
    "anything-but",
    "é-clé",
    "with space",
    "quote\"d",
    "back\\slash",
    ""
  };

  private static final String[] SAFE_KEYS = {"broken", "k", "detail-x", "a1", "z_z"};

  private static final String[] WORDS = {
    "aws.cognito-idp",
    "AwsApiCall",
    "cognito-idp.amazonaws.com",
    "DeleteUserPoolClient",
    "UpdateUserPoolClient",
    "AdminCreateUser",
    "SignUp",
    "eu-west-1_AbCdEf",
    "running",
    "stopped",
    "",
    " ",
    "x",
    "EventB",
    ".png",
    "arn:aws:cognito-idp:us-east-1:123456789012:userpool/u1"
  };

  private static final String ALPHABET =
      "abcXYZ019 -_.:/@*?\"\\\n\t\u0001\u00e9\u00df\u03a3\u4e2d\ud83d\ude80";

  private static final String[] RESERVED = {
    "prefix",
    "suffix",
    "exactly",
    "equals-ignore-case",
    "anything-but",
    "exists",
    "wildcard",
    "numeric",
    "cidr",
    "=",
    "<",
    "<=",
    ">",
    ">=",
    "regex",
    "not-wildcard",
    "date-after",
    "ip-address-in-range"
  };

  private static final String[] UNKNOWN_OPERATORS = {
    "regex",
    "Prefix",
    "NUMERIC",
    "EXISTS",
    "$or",
    "anything_but",
    "date-after",
    "cidrs",
    "not-wildcard",
    "Wildcard",
    "equals-ignore-Case"
  };

  private static final String[][] NUMERIC_ERRORS = {
    {"5", "Value of numeric must be an array."},
    {"\"5\"", "Value of numeric must be an array."},
    {"{}", "Value of numeric must be an array."},
    {"[]", "Invalid member in numeric match: ]"},
    {"[5]", "Invalid member in numeric match: 5"},
    {"[null]", "Invalid member in numeric match: null"},
    {"[\"!=\",5]", "Unrecognized numeric range operator: !="},
    {"[\"==\",5]", "Unrecognized numeric range operator: =="},
    {"[\"=\",\"5\"]", "Value of equals must be numeric"},
    {"[\"=\"]", "Value of equals must be numeric"},
    {"[\">=\",true]", "Value of >= must be numeric"},
    {"[\">\",null]", "Value of > must be numeric"},
    {"[\"<=\",[1]]", "Value of <= must be numeric"},
    {"[\"<\",\"x\"]", "Value of < must be numeric"},
    {"[\"=\",5,6]", "Too many elements in numeric expression"},
    {"[\"<\",5,\">\",0]", "Too many elements in numeric expression"},
    {"[\"<=\",5,\"x\"]", "Too many elements in numeric expression"},
    {"[\">\",0,5]", "Bad value in numeric range: 5"},
    {"[\">=\",0,null]", "Bad value in numeric range: null"},
    {"[\">\",0,\">\",9]", "Bad numeric range operator: >"},
    {"[\">\",0,\"=\",9]", "Bad numeric range operator: ="},
    {"[\">\",0,\"<\"]", "Value of < must be numeric"},
    {"[\">=\",0,\"<=\",\"9\"]", "Value of <= must be numeric"},
    {"[\">\",0,\"<\",5,6]", "Too many terms in numeric range expression"},
    {"[\">\",5,\"<=\",5]", "Bottom must be less than top"},
    {"[\">=\",5,\"<=\",5]", "Bottom must be less than top"},
    {"[\">\",10,\"<\",5]", "Bottom must be less than top"},
    {"[\">\",-0.0,\"<\",0]", "Bottom must be less than top"},
    {"[\"=\",1.0000000000000001]", "Cannot compare number : 1.0000000000000001"},
    {"[\"<\",1e400]", "Cannot compare number : 1e400"},
    {"[\">\",9007199254740993]", "Cannot compare number : 9007199254740993"},
    {"[\">\",0,\"<\",1e400]", "Cannot compare number : 1e400"}
  };

  private static final String[][] ANYTHING_BUT_ERRORS = {
    {"{}", "Anything-But expression name not found"},
    {"{\"exists\":true}", "Unsupported anything-but pattern: exists"},
    {"{\"cidr\":\"10.0.0.0/8\"}", "Unsupported anything-but pattern: cidr"},
    {"{\"numeric\":[\">\",1]}", "Unsupported anything-but pattern: numeric"},
    {"true", "Value of anything-but must be an array or single string/number value."},
    {"null", "Value of anything-but must be an array or single string/number value."},
    {
      "{\"prefix\":{\"equals-ignore-case\":\"x\"}}",
      "Value of anything-but must be an array or single string/number value."
    },
    {"{\"suffix\":null}", "Value of anything-but must be an array or single string/number value."},
    {"[\"x\",null]", "Inside anything but list, start|null|boolean is not supported."},
    {"[true]", "Inside anything but list, start|null|boolean is not supported."},
    {"[\"x\",{}]", "Inside anything but list, start|null|boolean is not supported."},
    {
      "[\"x\",1]",
      "Inside anything but list, either all values are number or string, mixed type"
          + " is not supported"
    },
    {
      "[]",
      "Inside anything but list, either all values are number or string, mixed type is not"
          + " supported"
    },
    {"[1,1e400]", "Cannot compare number : 1e400"},
    {"1.0000000000000001", "Cannot compare number : 1.0000000000000001"},
    {"{\"prefix\":\"\"}", "Null prefix/suffix not allowed"},
    {"{\"suffix\":[\"a\",\"\"]}", "Null prefix/suffix not allowed"},
    {"{\"prefix\":5}", "prefix/suffix match pattern must be a string"},
    {"{\"suffix\":[\".txt\",null]}", "prefix/suffix match pattern must be a string"},
    {
      "{\"equals-ignore-case\":5}",
      "Inside anything-but/equals-ignore-case list, number|start|null|boolean is not supported."
    },
    {
      "{\"equals-ignore-case\":[\"a\",true]}",
      "Inside anything-but/equals-ignore-case list, number|start|null|boolean is not supported."
    },
    {"{\"wildcard\":5}", "wildcard match pattern must be a string"},
    {"{\"wildcard\":[\"a*\",[]]}", "wildcard match pattern must be a string"},
    {"{\"wildcard\":\"a**\"}", "Consecutive wildcard characters at pos 2"},
    {"{\"wildcard\":[\"x\\\\y\"]}", "Invalid escape character at pos 2"},
    {"{\"prefix\":\"a\",\"suffix\":\"b\"}", "Too many elements in numeric expression"},
    {"\"x\",\"y\":1", "Too many elements in numeric expression"}
  };

  private static final String[][] CIDR_ERRORS = {
    {"5", "prefix match pattern must be a string"},
    {"[\"10.0.0.0/8\"]", "prefix match pattern must be a string"},
    {"\"bad-filter\"", "Malformed CIDR, one '/' required"},
    {"\"10.0.0.0\"", "Malformed CIDR, one '/' required"},
    {"\"10.0.0.0/8/8/8\"", "Malformed CIDR, one '/' required"},
    {"\"10.0.0.0/x\"", "Malformed CIDR, mask bits must be an integer"},
    {"\"10.0.0.0/-1\"", "Malformed CIDR, mask bits must not be negative"},
    {"\"xx.11.xx/8\"", "Nonstandard IP address: xx.11.xx"},
    {"\"1.2.3/8\"", "Nonstandard IP address: 1.2.3"},
    {"\"/8\"", "Nonstandard IP address: "},
    {"\"256.1.1.1/8\"", "Invalid IP address: 256.1.1.1"},
    {"\"1:2:3:4:5:6:7:8:9/8\"", "Invalid IP address: 1:2:3:4:5:6:7:8:9"},
    {"\"10.0.0.0/32\"", "IPv4 mask bits must be < 32"},
    {"\"2001:db8::/128\"", "IPv6 mask bits must be < 128"}
  };

  private final SplittableRandom random;
  private boolean markerPending;

  /**
   * A generator with the given seed.
   *
   * @param seed the seed; the same seed gives the same sequence
   */
  public PatternGenerator(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /**
   * A generator with the given seed.
   *
   * @param seed the seed
   * @return the generator
   */
  public static PatternGenerator seeded(long seed) {
    return new PatternGenerator(seed);
  }

  /**
   * The next valid pattern: within the {@link PatternLimits#testEventPattern() TestEventPattern
   * limits}.
   *
   * @return a valid pattern
   */
  public EventPattern nextPattern() {
    while (true) {
      ObjectPattern root = object(0, false);
      try {
        return EventPattern.of(root, PatternLimits.testEventPattern());
      } catch (InvalidEventPatternException overLimit) {
        // too long or too complex: draw again
      }
    }
  }

  /**
   * The JSON of the next valid pattern, in one of many equivalent spellings (see {@link
   * #spell(EventPattern)}).
   *
   * @return valid pattern text
   */
  public String nextValidJson() {
    return spell(nextPattern());
  }

  /**
   * One of many equivalent spellings of a pattern's JSON: compact or pretty, with extra whitespace
   * between tokens and with string characters written as <code>&#92;uXXXX</code> or {@code \/}
   * escapes. Parsing it gives back an equal pattern.
   *
   * @param pattern the pattern
   * @return JSON text of the pattern
   */
  public String spell(EventPattern pattern) {
    String json = random.nextBoolean() ? pattern.toJson() : pattern.toPrettyJson();
    return random.nextBoolean() ? json : respell(json);
  }

  /** Adds whitespace outside strings and escapes inside them, keeping the JSON's meaning. */
  private String respell(String json) {
    StringBuilder out = new StringBuilder(json.length() * 2);
    boolean inString = false;
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (inString) {
        if (c == '\\') {
          int end = json.charAt(i + 1) == 'u' ? i + 6 : i + 2;
          out.append(json, i, end);
          i = end - 1;
        } else if (c == '"') {
          out.append(c);
          inString = false;
        } else if (random.nextInt(8) == 0) {
          out.append(
              c == '/' && random.nextBoolean()
                  ? "\\/"
                  : String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
        } else {
          out.append(c);
        }
        continue;
      }
      out.append(c);
      if (c == '"') {
        inString = true;
      } else if ("{}[],:".indexOf(c) >= 0 && random.nextInt(4) == 0) {
        out.append(pick(" ", "\n", "\t", "\r\n  ", "   "));
      }
    }
    return random.nextBoolean() ? out.toString() : " \n" + out + "\n ";
  }

  /**
   * The next broken pattern, of a mutation chosen at random.
   *
   * @return an invalid pattern
   */
  public BrokenPattern nextBroken() {
    PatternMutation[] all = PatternMutation.values();
    return nextBroken(all[random.nextInt(all.length)]);
  }

  /**
   * The next broken pattern of the given kind.
   *
   * @param mutation the error to inject
   * @return an invalid pattern
   */
  public BrokenPattern nextBroken(PatternMutation mutation) {
    String key = pick(SAFE_KEYS);
    switch (mutation) {
      case NOT_AN_OBJECT:
        {
          String[] tops = {"[" + nextPattern().toJson() + "]", "\"x\"", "42", "null", "true", "[]"};
          return new BrokenPattern(pick(tops), mutation, "Filter is not an object");
        }
      case MALFORMED_JSON:
        {
          String json = nextPattern().toJson();
          int cut = 1 + random.nextInt(json.length() - 1);
          return new BrokenPattern(json.substring(0, cut), mutation, null);
        }
      case TOO_COMPLEX_WILDCARD:
        {
          char separator = pick(":/-.a").charAt(0);
          StringBuilder wildcard = new StringBuilder("*");
          int stars = 5 + random.nextInt(3);
          for (int i = 1; i < stars; i++) {
            wildcard.append(separator).append('*');
          }
          wildcard.append(separator).append("event-bus/*");
          return inject(
              mutation,
              quote(key) + ":[{\"wildcard\":" + quote(wildcard.toString()) + "}]",
              "Rule is too complex - try using fewer wildcard characters or fewer repeating"
                  + " character sequences after a wildcard character");
        }
      case TOO_MANY_OR_COMBINATIONS:
        {
          int branches = 11 + random.nextInt(5);
          StringBuilder or = new StringBuilder("[");
          for (int i = 0; i < branches; i++) {
            or.append(i == 0 ? "" : ",")
                .append("{\"b")
                .append(i)
                .append("\":[")
                .append(i)
                .append("]}");
          }
          or.append(']');
          String json =
              "{\"x\":{\"$or\":" + or + "},\"y\":{\"$or\":" + or + "},\"z\":{\"$or\":" + or + "}}";
          long combinations = (long) branches * branches * branches;
          return new BrokenPattern(
              json,
              mutation,
              "The use of $or results in "
                  + combinations
                  + " rule combinations, more than the maximum of 1000");
        }
      case EXACTLY_OPERATOR:
        return inject(
            mutation,
            quote(key) + ":[{\"exactly\":" + quote(string()) + "}]",
            "Unrecognized match type exactly");
      case EMPTY_ANYTHING_BUT_SET:
        return inject(
            mutation,
            quote(key)
                + ":[{\"anything-but\":{"
                + quote(pick("prefix", "suffix", "equals-ignore-case", "wildcard"))
                + ":[]}}]",
            "Empty arrays are not allowed");
      default:
        return fragment(mutation, key);
    }
  }

  private BrokenPattern fragment(PatternMutation mutation, String key) {
    String k = quote(key);
    switch (mutation) {
      case SCALAR_FIELD_VALUE:
        return inject(
            mutation,
            k + ":" + pick("5", "\"x\"", "null", "true", "false", "-1.5"),
            "\"" + key + "\" must be an object or an array");
      case EMPTY_OBJECT:
        return random.nextBoolean()
            ? inject(mutation, k + ":{}", "Empty objects are not allowed")
            : inject(mutation, "\"$or\":[{\"a\":[\"x\"]},{}]", "Empty objects are not allowed");
      case EMPTY_ARRAY:
        return inject(mutation, k + ":[]", "Empty arrays are not allowed");
      case NESTED_ARRAY:
        return inject(
            mutation,
            k + ":[" + pick("\"x\",", "1,", "") + pick("[\"y\"]", "[]", "[[1]]") + "]",
            "Match value must be String, number, true, false, or null");
      case MISSING_OPERATOR_NAME:
        return inject(mutation, k + ":[\"x\",{}]", "Match expression name not found");
      case UNKNOWN_OPERATOR:
        {
          String op = pick(UNKNOWN_OPERATORS);
          return inject(
              mutation, k + ":[{" + quote(op) + ":\"x\"}]", "Unrecognized match type " + op);
        }
      case TWO_KEYS_IN_MATCH_EXPRESSION:
        {
          String[][] cases = {
            {"{\"prefix\":\"a\",\"suffix\":\"b\"}", "Only one key allowed in match expression"},
            {"{\"exists\":true,\"x\":1}", "Only one key allowed in match expression"},
            {"{\"equals-ignore-case\":\"a\",\"b\":1}", "Only one key allowed in match expression"},
            {"{\"cidr\":\"10.0.0.0/8\",\"b\":1}", "Only one key allowed in match expression"},
            {"{\"wildcard\":\"a*\",\"b\":1}", "Only one key allowed in match expression"},
            {"{\"suffix\":\"a\",\"b\":1}", "Only one key allowed in match expression"},
            {
              "{\"prefix\":{\"equals-ignore-case\":\"a\"},\"b\":1}",
              "Only one key allowed in match expression"
            },
            {
              "{\"suffix\":{\"equals-ignore-case\":\"a\",\"b\":1}}",
              "Only one key allowed in match expression"
            },
            {"{\"numeric\":[\"=\",5],\"b\":1}", "Too many elements in numeric expression"},
            {"{\"anything-but\":\"x\",\"b\":1}", "Too many elements in numeric expression"},
            {
              "{\"anything-but\":{\"prefix\":\"x\"},\"b\":1}",
              "Too many elements in numeric expression"
            }
          };
          String[] c = cases[random.nextInt(cases.length)];
          return inject(mutation, k + ":[" + c[0] + "]", c[1]);
        }
      case BAD_PREFIX:
      case BAD_SUFFIX:
        {
          boolean prefix = mutation == PatternMutation.BAD_PREFIX;
          String op = prefix ? "prefix" : "suffix";
          String name = prefix ? "Prefix" : "Suffix";
          String[][] cases = {
            {"5", op + " match pattern must be a string"},
            {"[\"x\"]", op + " match pattern must be a string"},
            {"null", op + " match pattern must be a string"},
            {"true", op + " match pattern must be a string"},
            {"{}", name + " expression name not found"},
            {"{\"prefix\":\"x\"}", "Unsupported " + op + " pattern: prefix"},
            {"{\"anything-but\":\"x\"}", "Unsupported " + op + " pattern: anything-but"},
            {"{\"equals-ignore-case\":5}", "equals-ignore-case match pattern must be a string"},
            {
              "{\"equals-ignore-case\":[\"x\"]}",
              "equals-ignore-case match pattern must be a string"
            }
          };
          String[] c = cases[random.nextInt(cases.length)];
          return inject(mutation, k + ":[{\"" + op + "\":" + c[0] + "}]", c[1]);
        }
      case BAD_EQUALS_IGNORE_CASE:
        return inject(
            mutation,
            k
                + ":[{\"equals-ignore-case\":"
                + pick("5", "[\"x\"]", "{\"prefix\":\"x\"}", "null")
                + "}]",
            "equals-ignore-case match pattern must be a string");
      case BAD_WILDCARD:
        {
          String head = asciiWord();
          switch (random.nextInt(4)) {
            case 0:
              return inject(
                  mutation,
                  k + ":[{\"wildcard\":" + pick("5", "[\"a*\"]", "null", "{}") + "}]",
                  "wildcard match pattern must be a string");
            case 1:
              return inject(
                  mutation,
                  k + ":[{\"wildcard\":" + quote(head + "**" + asciiWord()) + "}]",
                  "Consecutive wildcard characters at pos " + (head.length() + 1));
            case 2:
              return inject(
                  mutation,
                  k + ":[{\"wildcard\":" + quote(head + "\\" + pick("a", "n", "?", " ")) + "}]",
                  "Invalid escape character at pos " + (head.length() + 1));
            default:
              return inject(
                  mutation,
                  k + ":[{\"wildcard\":" + quote(head + "\\") + "}]",
                  "Invalid escape character at pos " + (head.length() + 1));
          }
        }
      case BAD_EXISTS:
        return inject(
            mutation,
            k + ":[{\"exists\":" + pick("\"true\"", "\"false\"", "1", "null", "[true]") + "}]",
            "exists match pattern must be either true or false.");
      case BAD_NUMERIC:
        {
          String[] c = NUMERIC_ERRORS[random.nextInt(NUMERIC_ERRORS.length)];
          return inject(mutation, k + ":[{\"numeric\":" + c[0] + "}]", c[1]);
        }
      case BAD_ANYTHING_BUT:
        {
          String[] c = ANYTHING_BUT_ERRORS[random.nextInt(ANYTHING_BUT_ERRORS.length)];
          return inject(mutation, k + ":[{\"anything-but\":" + c[0] + "}]", c[1]);
        }
      case BAD_CIDR:
        {
          String[] c = CIDR_ERRORS[random.nextInt(CIDR_ERRORS.length)];
          return inject(mutation, k + ":[{\"cidr\":" + c[0] + "}]", c[1]);
        }
      case BAD_OR:
        {
          String reserved = pick(RESERVED);
          String[][] cases = {
            {"\"$or\":{\"a\":[\"x\"]}", "It must be an Array followed with $or."},
            {"\"$or\":\"x\"", "It must be an Array followed with $or."},
            {"\"$or\":[\"a\",\"b\"]", "Only JSON object is allowed in array of $or relationship."},
            {
              "\"$or\":[{\"a\":[\"x\"]},[{\"b\":[\"y\"]}]]",
              "Only JSON object is allowed in array of $or relationship."
            },
            {
              "\"$or\":[{\"a\":[\"x\"]}]", "There must have at least 2 Objects in $or relationship."
            },
            {"\"$or\":[]", "There must have at least 2 Objects in $or relationship."},
            {
              "\"$or\":[{\"a\":[\"x\"]},{" + quote(reserved) + ":[\"y\"]}]",
              reserved + " is Ruler reserved fieldName which cannot be used inside $or."
            },
            {
              "\"$or\":[{\"a\":{" + quote(reserved) + ":[1]}},{\"b\":[\"y\"]}]",
              reserved + " is Ruler reserved fieldName which cannot be used inside $or."
            }
          };
          String[] c = cases[random.nextInt(cases.length)];
          return inject(mutation, c[0], c[1]);
        }
      default:
        throw new IllegalArgumentException("not a fragment mutation: " + mutation);
    }
  }

  /** A valid pattern whose marker member is replaced by {@code fragment}. */
  private BrokenPattern inject(PatternMutation mutation, String fragment, String reason) {
    while (true) {
      markerPending = true;
      ObjectPattern root = object(0, false);
      if (markerPending) {
        List<Member> members = new ArrayList<>(root.members());
        members.add(random.nextInt(members.size() + 1), marker());
        root = new ObjectPattern(members);
      }
      markerPending = false;
      String json =
          random.nextInt(4) == 0
              ? EventPattern.of(root, unlimited()).toPrettyJson()
              : EventPattern.of(root, unlimited()).toJson();
      String placeholder =
          quote(MARKER)
              + (json.contains(quote(MARKER) + ": ") ? ": " : ":")
              + "["
              + quote(MARKER)
              + "]";
      int at = json.indexOf(placeholder);
      if (at >= 0) {
        return new BrokenPattern(
            json.substring(0, at) + fragment + json.substring(at + placeholder.length()),
            mutation,
            reason);
      }
    }
  }

  private static PatternLimits unlimited() {
    return new PatternLimits(Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE);
  }

  private static Field marker() {
    return new Field(MARKER, new MatchList(List.of(new StringLiteral(MARKER))));
  }

  // ---- valid structure ----------------------------------------------------------------------

  private ObjectPattern object(int depth, boolean insideOr) {
    int count = 1 + random.nextInt(depth == 0 ? 4 : 3);
    List<Member> members = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      int kind = random.nextInt(100);
      if (kind < 12 && depth < 3) {
        List<ObjectPattern> branches = new ArrayList<>();
        int n = 2 + random.nextInt(2);
        for (int b = 0; b < n; b++) {
          branches.add(object(depth + 1, true));
        }
        members.add(new Or(branches));
      } else if (kind < 35 && depth < 3) {
        members.add(new Field(name(insideOr), object(depth + 1, insideOr)));
      } else {
        members.add(new Field(name(insideOr), matchList()));
      }
    }
    if (markerPending && random.nextInt(3) == 0) {
      members.add(random.nextInt(members.size() + 1), marker());
      markerPending = false;
    }
    return new ObjectPattern(members);
  }

  private String name(boolean insideOr) {
    while (true) {
      String name;
      int kind = random.nextInt(10);
      if (kind < 6) {
        name = pick(NAMES);
      } else if (kind < 8) {
        name = pick(NAMES) + "." + pick(NAMES);
      } else {
        name = string();
      }
      boolean reserved = false;
      for (String r : RESERVED) {
        reserved |= r.equals(name);
      }
      if (!name.equals("$or") && !name.equals(MARKER) && !(insideOr && reserved)) {
        return name;
      }
    }
  }

  private MatchList matchList() {
    int count = 1 + random.nextInt(3);
    List<Condition> conditions = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      conditions.add(condition());
    }
    return new MatchList(conditions);
  }

  /**
   * One condition of every operator (both forms of {@code anything-but} {@code prefix}): {@link
   * #condition()} picks one, weighted, and builds a random condition of the same kind with {@link
   * #sameKind}. A new operator does not compile until {@code sameKind} generates it; a test checks
   * that this list covers every kind the model permits.
   */
  static final List<Condition> KINDS =
      List.of(
          new StringLiteral(""),
          new NumberLiteral("0"),
          new BooleanLiteral(true),
          new NullLiteral(),
          new Prefix("", false),
          new Suffix("", false),
          new EqualsIgnoreCase(""),
          new Wildcard(""),
          new Exists(true),
          new Numeric(List.of(new Comparison(ComparisonOperator.EQ, new NumberLiteral("0")))),
          new Cidr("10.0.0.0/8"),
          new AnythingButValues(List.of(new StringLiteral("")), false),
          new AnythingButPrefix(List.of("x"), false),
          new AnythingButSuffix(List.of("x"), false),
          new AnythingButIgnoreCase(List.of("x"), false),
          new AnythingButWildcard(List.of("x"), false),
          new AnythingButPrefix(List.of("x"), true));

  /** Weights: the index into {@link #KINDS} of each of 22 equally likely draws. */
  private static final int[] DRAWS = {
    0, 0, 0, 1, 2, 3, 4, 4, 5, 6, 7, 7, 8, 9, 9, 10, 11, 12, 13, 14, 15, 16
  };

  private Condition condition() {
    return KINDS.get(DRAWS[random.nextInt(DRAWS.length)]).accept(sameKind);
  }

  /** A random condition of the same operator (and form) as the one visited. */
  private final ConditionVisitor<Condition> sameKind =
      new ConditionVisitor<>() {
        @Override
        public Condition visitString(StringLiteral kind) {
          return new StringLiteral(string());
        }

        @Override
        public Condition visitNumber(NumberLiteral kind) {
          return new NumberLiteral(literalNumber());
        }

        @Override
        public Condition visitBoolean(BooleanLiteral kind) {
          return new BooleanLiteral(random.nextBoolean());
        }

        @Override
        public Condition visitNull(NullLiteral kind) {
          return new NullLiteral();
        }

        @Override
        public Condition visitPrefix(Prefix kind) {
          return new Prefix(string(), random.nextBoolean());
        }

        @Override
        public Condition visitSuffix(Suffix kind) {
          return new Suffix(string(), random.nextBoolean());
        }

        @Override
        public Condition visitEqualsIgnoreCase(EqualsIgnoreCase kind) {
          return new EqualsIgnoreCase(string());
        }

        @Override
        public Condition visitWildcard(Wildcard kind) {
          return new Wildcard(wildcard());
        }

        @Override
        public Condition visitExists(Exists kind) {
          return new Exists(random.nextBoolean());
        }

        @Override
        public Condition visitNumeric(Numeric kind) {
          return numeric();
        }

        @Override
        public Condition visitCidr(Cidr kind) {
          return cidr();
        }

        @Override
        public Condition visitAnythingButValues(AnythingButValues kind) {
          return anythingButValues();
        }

        @Override
        public Condition visitAnythingButPrefix(AnythingButPrefix kind) {
          return kind.list()
              ? new AnythingButPrefix(nonEmptyStrings(), true)
              : new AnythingButPrefix(nonEmptyStrings().subList(0, 1), false);
        }

        @Override
        public Condition visitAnythingButSuffix(AnythingButSuffix kind) {
          List<String> values = nonEmptyStrings();
          return new AnythingButSuffix(values, values.size() > 1 || random.nextBoolean());
        }

        @Override
        public Condition visitAnythingButIgnoreCase(AnythingButIgnoreCase kind) {
          List<String> values = strings();
          return new AnythingButIgnoreCase(values, values.size() > 1 || random.nextBoolean());
        }

        @Override
        public Condition visitAnythingButWildcard(AnythingButWildcard kind) {
          List<String> values = new ArrayList<>();
          int n = 1 + random.nextInt(2);
          for (int i = 0; i < n; i++) {
            values.add(wildcard());
          }
          return new AnythingButWildcard(values, n > 1 || random.nextBoolean());
        }
      };

  private AnythingButValues anythingButValues() {
    List<Literal> values = new ArrayList<>();
    boolean numbers = random.nextBoolean();
    int n = 1 + random.nextInt(3);
    for (int i = 0; i < n; i++) {
      values.add(numbers ? new NumberLiteral(comparableNumber()) : new StringLiteral(string()));
    }
    return new AnythingButValues(values, n > 1 || random.nextBoolean());
  }

  private Numeric numeric() {
    if (random.nextInt(3) == 0) {
      double a = comparableDouble();
      double b = comparableDouble();
      while (b == a) {
        b = comparableDouble();
      }
      double lo = Math.min(a, b);
      double hi = Math.max(a, b);
      return new Numeric(
          List.of(
              new Comparison(
                  random.nextBoolean() ? ComparisonOperator.GT : ComparisonOperator.GE,
                  new NumberLiteral(numberText(lo))),
              new Comparison(
                  random.nextBoolean() ? ComparisonOperator.LT : ComparisonOperator.LE,
                  new NumberLiteral(numberText(hi)))));
    }
    ComparisonOperator[] ops = ComparisonOperator.values();
    return new Numeric(
        List.of(
            new Comparison(
                ops[random.nextInt(ops.length)], new NumberLiteral(comparableNumber()))));
  }

  private Cidr cidr() {
    if (random.nextBoolean()) {
      return new Cidr(
          random.nextInt(256)
              + "."
              + random.nextInt(256)
              + "."
              + random.nextInt(256)
              + "."
              + random.nextInt(256)
              + "/"
              + random.nextInt(32));
    }
    StringBuilder ip = new StringBuilder();
    int groups = 8;
    boolean compress = random.nextBoolean();
    if (compress) {
      groups = random.nextInt(7);
    }
    for (int i = 0; i < groups; i++) {
      if (i > 0) {
        ip.append(':');
      }
      String hex = Integer.toHexString(random.nextInt(65536));
      ip.append(random.nextBoolean() ? hex : hex.toUpperCase(java.util.Locale.ROOT));
    }
    if (compress) {
      ip.append("::");
    }
    return new Cidr(ip + "/" + random.nextInt(128));
  }

  // ---- values -------------------------------------------------------------------------------

  private String string() {
    if (random.nextInt(3) > 0) {
      return pick(WORDS);
    }
    int length = random.nextInt(10);
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < length; i++) {
      int at = random.nextInt(ALPHABET.length());
      char c = ALPHABET.charAt(at);
      if (Character.isHighSurrogate(c) && at + 1 < ALPHABET.length()) {
        s.append(c).append(ALPHABET.charAt(at + 1));
      } else if (!Character.isLowSurrogate(c)) {
        s.append(c);
      }
    }
    return s.toString();
  }

  private List<String> strings() {
    List<String> values = new ArrayList<>();
    int n = 1 + random.nextInt(3);
    for (int i = 0; i < n; i++) {
      values.add(string());
    }
    return values;
  }

  private List<String> nonEmptyStrings() {
    List<String> values = new ArrayList<>();
    int n = 1 + random.nextInt(3);
    for (int i = 0; i < n; i++) {
      String s = string();
      values.add(s.isEmpty() ? "x" : s);
    }
    return values;
  }

  private String asciiWord() {
    int length = random.nextInt(8);
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < length; i++) {
      s.append("abcxyz:/-.019".charAt(random.nextInt(13)));
    }
    return s.toString();
  }

  /** A valid wildcard pattern with at most two (non-adjacent) stars and escapes. */
  private String wildcard() {
    StringBuilder w = new StringBuilder();
    int length = random.nextInt(10);
    int stars = 0;
    boolean lastStar = false;
    for (int i = 0; i < length; i++) {
      int kind = random.nextInt(10);
      if (kind < 2 && stars < 2 && !lastStar) {
        w.append('*');
        stars++;
        lastStar = true;
        continue;
      }
      lastStar = false;
      if (kind == 2) {
        w.append(random.nextBoolean() ? "\\*" : "\\\\");
      } else {
        char c = "ab:/-. \u00e9Z9".charAt(random.nextInt(10));
        w.append(c);
      }
    }
    return w.toString();
  }

  private String literalNumber() {
    switch (random.nextInt(8)) {
      case 0:
        return "300.0";
      case 1:
        return "3.018e2";
      case 2:
        return "1E+2";
      case 3:
        return "-0";
      case 4:
        return "123456789012345678901234";
      case 5:
        return "1.0000000000000001";
      default:
        return comparableNumber();
    }
  }

  private String comparableNumber() {
    return numberText(comparableDouble());
  }

  private double comparableDouble() {
    switch (random.nextInt(4)) {
      case 0:
        return random.nextInt(-1000, 1000);
      case 1:
        return random.nextInt(-100000, 100000) / 100.0;
      case 2:
        return random.nextLong(-5_000_000_000L, 5_000_000_000L);
      default:
        return random.nextDouble(-1e12, 1e12);
    }
  }

  /** The text of an exactly representable double, in one of several spellings. */
  private String numberText(double d) {
    if (d == Math.rint(d) && Math.abs(d) < 1e15 && random.nextBoolean()) {
      return Long.toString((long) d);
    }
    return random.nextBoolean()
        ? BigDecimal.valueOf(d).toPlainString()
        : Double.toString(d).replace("E", random.nextBoolean() ? "e" : "E");
  }

  private String pick(String... values) {
    return values[random.nextInt(values.length)];
  }

  private static String quote(String s) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }
}
