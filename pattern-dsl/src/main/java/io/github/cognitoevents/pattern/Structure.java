package io.github.cognitoevents.pattern;

import java.util.ArrayList;
import java.util.List;

/**
 * The iterative algorithms over the structure of a pattern (objects, fields, {@code $or}, match
 * lists): the walk behind {@link PatternVisitor}, structural equality and hashing. Each keeps an
 * explicit stack, so no pattern, however deep the DSL built it, overflows the thread's stack. This
 * is the one place that tells the structural node types apart.
 */
final class Structure {

  private Structure() {}

  /**
   * Walks a node depth first, in written order.
   *
   * @param node an {@link ObjectPattern}, a {@link Member} or a {@link MatchList}
   * @param visitor the callbacks
   */
  static void walk(Object node, PatternVisitor visitor) {
    List<Object> nodes = new ArrayList<>();
    List<Boolean> exits = new ArrayList<>();
    nodes.add(node);
    exits.add(Boolean.FALSE);
    while (!nodes.isEmpty()) {
      int top = nodes.size() - 1;
      Object current = nodes.remove(top);
      boolean exit = exits.remove(top);
      if (current instanceof ObjectPattern object) {
        if (exit) {
          visitor.exitObject(object);
          continue;
        }
        visitor.enterObject(object);
        nodes.add(object);
        exits.add(Boolean.TRUE);
        List<Member> members = object.members();
        for (int i = members.size() - 1; i >= 0; i--) {
          nodes.add(members.get(i));
          exits.add(Boolean.FALSE);
        }
      } else if (current instanceof Field field) {
        if (exit) {
          visitor.exitField(field);
          continue;
        }
        visitor.enterField(field);
        nodes.add(field);
        exits.add(Boolean.TRUE);
        nodes.add(field.value());
        exits.add(Boolean.FALSE);
      } else if (current instanceof Or or) {
        if (exit) {
          visitor.exitOr(or);
          continue;
        }
        visitor.enterOr(or);
        nodes.add(or);
        exits.add(Boolean.TRUE);
        List<ObjectPattern> branches = or.branches();
        for (int i = branches.size() - 1; i >= 0; i--) {
          nodes.add(branches.get(i));
          exits.add(Boolean.FALSE);
        }
      } else if (current instanceof MatchList list) {
        visitor.visitMatchList(list);
      } else {
        throw new IllegalArgumentException("not a pattern node: " + current);
      }
    }
  }

  /**
   * Structural equality of two nodes, without recursion.
   *
   * @param a a pattern node
   * @param b another object
   * @return whether both are equal
   */
  static boolean equal(Object a, Object b) {
    List<Object> left = new ArrayList<>();
    List<Object> right = new ArrayList<>();
    left.add(a);
    right.add(b);
    while (!left.isEmpty()) {
      Object x = left.remove(left.size() - 1);
      Object y = right.remove(right.size() - 1);
      if (x == y) {
        continue;
      }
      if (x instanceof ObjectPattern ox) {
        if (!(y instanceof ObjectPattern oy) || ox.members().size() != oy.members().size()) {
          return false;
        }
        left.addAll(ox.members());
        right.addAll(oy.members());
      } else if (x instanceof Field fx) {
        if (!(y instanceof Field fy) || !fx.name().equals(fy.name())) {
          return false;
        }
        left.add(fx.value());
        right.add(fy.value());
      } else if (x instanceof Or ox) {
        if (!(y instanceof Or oy) || ox.branches().size() != oy.branches().size()) {
          return false;
        }
        left.addAll(ox.branches());
        right.addAll(oy.branches());
      } else if (!x.equals(y)) {
        // match lists and conditions are shallow records
        return false;
      }
    }
    return true;
  }

  /**
   * A hash code consistent with {@link #equal}, without recursion: the hash of the pre-order
   * sequence of node kinds, names and match lists, with a marker where each object or {@code $or}
   * ends.
   *
   * @param node a pattern node
   * @return the hash code
   */
  static int hash(Object node) {
    int[] hash = {17};
    walk(
        node,
        new PatternVisitor() {
          private void mix(int value) {
            hash[0] = 31 * hash[0] + value;
          }

          @Override
          public void enterObject(ObjectPattern object) {
            mix(1);
          }

          @Override
          public void exitObject(ObjectPattern object) {
            mix(2);
          }

          @Override
          public void enterField(Field field) {
            mix(3);
            mix(field.name().hashCode());
          }

          @Override
          public void exitField(Field field) {
            mix(4);
          }

          @Override
          public void enterOr(Or or) {
            mix(5);
          }

          @Override
          public void exitOr(Or or) {
            mix(6);
          }

          @Override
          public void visitMatchList(MatchList list) {
            mix(list.hashCode());
          }
        });
    return hash[0];
  }
}
