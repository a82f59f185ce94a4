package com.acme.clock.contract;

/** Makes the clock under test, named by the system property {@code contract.clock}. */
public final class Clocks {
  private Clocks() {}

  public static Clock underTest() throws ReflectiveOperationException {
    String name = System.getProperty("contract.clock");
    if (name == null) {
      throw new IllegalStateException(
          "contract.clock is not set: the scanning module's Surefire configuration sets it");
    }
    return (Clock) Class.forName(name).getDeclaredConstructor().newInstance();
  }
}
