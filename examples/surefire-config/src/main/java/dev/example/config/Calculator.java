package dev.example.config;

/** Code under test, so that JaCoCo has something to instrument and count. */
public final class Calculator {

  private Calculator() {}

  public static int add(int a, int b) {
    return a + b;
  }

  public static int divide(int a, int b) {
    if (b == 0) {
      throw new ArithmeticException("division by zero");
    }
    return a / b;
  }
}
