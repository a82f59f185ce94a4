package dev.testshard.runner.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Headless Chromium driven through ChromeDriver with the W3C WebDriver protocol (JSON over HTTP),
 * spoken with the JDK's HTTP client: no Selenium, no download of a browser. ChromeDriver listens on
 * a free loopback port; the browser gets a fresh profile directory and the flags that keep it off
 * the network. {@link #close()} ends the session, stops ChromeDriver and removes the profile.
 */
final class Browser implements AutoCloseable {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  /** The W3C key of an element reference in WebDriver responses. */
  private static final String ELEMENT = "element-6066-11e4-a52e-4f735466cecf";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final Process driver;
  private final Path profile;
  private final String base;
  private String session;

  private Browser(Process driver, Path profile, int port) {
    this.driver = driver;
    this.profile = profile;
    this.base = "http://127.0.0.1:" + port;
  }

  static boolean installed() {
    return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
  }

  /** Starts ChromeDriver and a browser session with a window of the given size. */
  static Browser start(int width, int height) throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    Path profile = Files.createTempDirectory("testshard-chromium");
    Process driver =
        new ProcessBuilder(CHROMEDRIVER.toString(), "--port=" + port, "--allowed-ips=127.0.0.1")
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    Browser browser = new Browser(driver, profile, port);
    try {
      browser.awaitReady();
      List<String> args =
          List.of(
              "--headless",
              "--no-sandbox",
              "--disable-gpu",
              "--disable-quic",
              "--no-first-run",
              "--disable-background-networking",
              "--disable-component-update",
              "--disable-sync",
              "--hide-scrollbars",
              "--force-device-scale-factor=1",
              "--window-size=" + width + "," + height,
              "--user-data-dir=" + profile);
      ObjectNode options = JSON.createObjectNode().put("binary", CHROMIUM.toString());
      options.set("args", JSON.valueToTree(args));
      ObjectNode always = JSON.createObjectNode().put("browserName", "chrome");
      always.set("goog:chromeOptions", options);
      ObjectNode capabilities = JSON.createObjectNode();
      capabilities.set("alwaysMatch", always);
      JsonNode created = browser.call("POST", "/session", Map.of("capabilities", capabilities));
      browser.session = "/session/" + created.get("sessionId").asText();
      browser.call(
          "POST", browser.session + "/window/rect", Map.of("width", width, "height", height));
      return browser;
    } catch (Exception | Error e) {
      browser.close();
      throw e;
    }
  }

  void open(Path file) throws Exception {
    call("POST", session + "/url", Map.of("url", file.toUri().toString()));
  }

  /** Runs a script in the page ({@code arguments[i]} are the args) and returns its result. */
  JsonNode script(String script, Object... args) throws Exception {
    return call("POST", session + "/execute/sync", Map.of("script", script, "args", List.of(args)));
  }

  /**
   * The rendered text ({@code innerText}) of every element matching a CSS selector, in document
   * order, read in one script so that a re-render in between cannot leave a stale element.
   */
  List<String> texts(String selector) throws Exception {
    List<String> texts = new ArrayList<>();
    script(
            "return [...document.querySelectorAll(arguments[0])].map(e => e.innerText.trim())",
            selector)
        .forEach(text -> texts.add(text.asText()));
    return texts;
  }

  /** Types into the first element matching a CSS selector, as a user would. */
  void type(String selector, String text) throws Exception {
    String element = elements(selector).get(0);
    call("POST", session + "/element/" + element + "/clear", Map.of());
    call("POST", session + "/element/" + element + "/value", Map.of("text", text));
  }

  void click(String selector) throws Exception {
    call("POST", session + "/element/" + elements(selector).get(0) + "/click", Map.of());
  }

  /** A PNG of the window. */
  byte[] screenshot() throws Exception {
    return Base64.getDecoder().decode(call("GET", session + "/screenshot", null).asText());
  }

  void resize(int width, int height) throws Exception {
    call("POST", session + "/window/rect", Map.of("width", width, "height", height));
  }

  @Override
  public void close() {
    try {
      if (session != null) {
        call("DELETE", session, null);
      }
    } catch (Exception e) {
      // The browser is going away with ChromeDriver anyway.
    } finally {
      driver.destroy();
      try {
        driver.waitFor();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      deleteTree(profile);
    }
  }

  private List<String> elements(String selector) throws Exception {
    JsonNode found =
        call("POST", session + "/elements", Map.of("using", "css selector", "value", selector));
    List<String> ids = new ArrayList<>();
    found.forEach(element -> ids.add(element.get(ELEMENT).asText()));
    return ids;
  }

  private void awaitReady() throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (true) {
      try {
        if (call("GET", "/status", null).path("ready").asBoolean()) {
          return;
        }
      } catch (IOException e) {
        if (!driver.isAlive()) {
          throw new IllegalStateException("chromedriver exited with " + driver.exitValue(), e);
        }
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("chromedriver did not become ready in 20 s");
      }
      Thread.sleep(100);
    }
  }

  /** One WebDriver command; returns its {@code value}, or throws with WebDriver's error. */
  private JsonNode call(String method, String path, Object body) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request
          .header("Content-Type", "application/json; charset=utf-8")
          .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
    }
    HttpResponse<String> response =
        http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    JsonNode value = JSON.readTree(response.body()).path("value");
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          "WebDriver "
              + method
              + " "
              + path
              + " failed: "
              + value.path("error").asText()
              + ": "
              + value.path("message").asText());
    }
    return value;
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      // A left-over temporary profile is harmless.
    }
  }
}
