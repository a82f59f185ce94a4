package x;

/** Exists in both modules with a different value: tells which module's class path a test has. */
public final class Module {

  public static final String NAME = "a";

  private Module() {}
}
