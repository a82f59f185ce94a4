package dev.testshard.runner.it;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Debian Chromium ({@code chromium}, {@code chromium-driver}) through Selenium's {@link
 * ChromeDriver}. The driver and the browser are named by path, so Selenium Manager never looks for
 * either to download (no registry or browser download is reachable here); the flags keep the
 * browser off the network. Selenium gives the browser a fresh profile and removes it on {@code
 * quit()}.
 */
final class Browser {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  private Browser() {}

  static boolean installed() {
    return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
  }

  /** Starts ChromeDriver on a free loopback port and a browser with a window of the given size. */
  static ChromeDriver start(int width, int height) {
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .withLogOutput(OutputStream.nullOutputStream())
            .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
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
        "--window-size=" + width + "," + height);
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().window().setSize(new Dimension(width, height));
    return driver;
  }

  /**
   * The rendered text ({@code innerText}) of every element matching a CSS selector, in document
   * order, read in one script so that a re-render in between cannot leave a stale element.
   */
  static List<String> texts(WebDriver driver, String selector) {
    Object texts =
        ((JavascriptExecutor) driver)
            .executeScript(
                "return [...document.querySelectorAll(arguments[0])].map(e => e.innerText.trim())",
                selector);
    return ((List<?>) texts).stream().map(String::valueOf).toList();
  }
}
