package dev.testshard.runner.kubernetes;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The run's labels, as Kubernetes takes them. A label value there is at most 63 characters of
 * letters, digits, {@code -_.}, starting and ending with a letter or digit; a value that is not (a
 * PID namespace such as {@code 4a5f…:4026531836}) is kept as an annotation instead, so that
 * selecting by the run's id still works and nothing is lost.
 */
final class PodLabels {

  private static final Pattern VALUE =
      Pattern.compile("(?:[A-Za-z0-9](?:[-A-Za-z0-9_.]*[A-Za-z0-9])?)?");
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9](?:[-A-Za-z0-9_.]*[A-Za-z0-9])?");

  private PodLabels() {}

  /** The labels that are valid as Kubernetes labels. */
  static Map<String, String> labels(Map<String, String> labels) {
    Map<String, String> valid = new TreeMap<>();
    labels.forEach(
        (key, value) -> {
          if (isValid(key, value)) {
            valid.put(key, value);
          }
        });
    return valid;
  }

  /** The labels that are not valid as Kubernetes labels, as annotations. */
  static Map<String, String> annotations(Map<String, String> labels) {
    Map<String, String> rest = new TreeMap<>();
    labels.forEach(
        (key, value) -> {
          if (!isValid(key, value)) {
            rest.put(key, value);
          }
        });
    return rest;
  }

  static boolean isValid(String key, String value) {
    int slash = key.lastIndexOf('/');
    String name = slash < 0 ? key : key.substring(slash + 1);
    return name.length() <= 63
        && NAME.matcher(name).matches()
        && value.length() <= 63
        && VALUE.matcher(value).matches();
  }
}
