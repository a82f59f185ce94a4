package dev.example.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Runs only because the POM includes {@code **}{@code /*Check.java}; reads a JUnit Platform
 * configuration parameter from Surefire's {@code configurationParameters}.
 */
@ExtendWith(ConfigurationParameterCheck.Parameter.class)
class ConfigurationParameterCheck {

  @Test
  void configurationParameter(String value) {
    assertEquals("from configurationParameters", value);
  }

  static final class Parameter implements ParameterResolver {
    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
      return parameter.getParameter().getType() == String.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
      return context.getConfigurationParameter("example.config").orElse(null);
    }
  }
}
