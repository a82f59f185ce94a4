package com.acme.api;
import org.testng.annotations.Test;
public class ApiSpec {
  @Test public void answers() { }
}
