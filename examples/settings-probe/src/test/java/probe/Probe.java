package probe;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** What the tests expect of their container: the values of this project's testshard.yaml. */
final class Probe {

  static final long MEMORY_BYTES = 512L * 1024 * 1024;
  static final int CPUS = 1;
  static final String PIDS_LIMIT = "300";

  private Probe() {}

  /** The probes check only inside testshard; under plain Maven there is nothing to probe. */
  static void insideTestshard() {
    assumeTrue(System.getenv("TESTSHARD_SHARD") != null, "not run by testshard");
  }

  /** Prints a value, so that the report's system-out shows what the container saw. */
  static String show(String name, Object value) {
    System.out.println("probe " + name + "=" + value);
    return value == null ? null : value.toString();
  }
}
