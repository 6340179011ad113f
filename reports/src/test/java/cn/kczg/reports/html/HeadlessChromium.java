package cn.kczg.reports.html;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Debian's {@code chromium} run headless on a local file: the DOM after the page's scripts ran, or
 * a screenshot. Offline: no sync, no component updates, no background networking.
 */
final class HeadlessChromium {
  private static final List<String> NAMES =
      List.of("chromium", "chromium-browser", "google-chrome");
  private static final long TIMEOUT_SECONDS = 90;
  private final Path executable;
  private final Path work;

  private HeadlessChromium(Path executable, Path work) {
    this.executable = executable;
    this.work = work;
  }

  /** The browser on the PATH (or in system property {@code kczg.chromium}), if any. */
  static Optional<HeadlessChromium> find(Path work) {
    String configured = System.getProperty("kczg.chromium");
    Stream<Path> candidates =
        configured != null
            ? Stream.of(Path.of(configured))
            : Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .flatMap(dir -> NAMES.stream().map(n -> Path.of(dir, n)));
    return candidates
        .filter(Files::isExecutable)
        .findFirst()
        .map(p -> new HeadlessChromium(p, work));
  }

  /** The serialized DOM of the page once its scripts ran (5 s of virtual time). */
  String dumpDom(Path page) throws IOException, InterruptedException {
    return run(List.of("--virtual-time-budget=5000", "--dump-dom", page.toUri().toString()));
  }

  /** The page printed to a PDF (A4, as a person would print it), once its scripts ran. */
  Path printToPdf(Path page, Path pdf) throws IOException, InterruptedException {
    run(
        List.of(
            "--virtual-time-budget=5000",
            "--no-pdf-header-footer",
            "--print-to-pdf=" + pdf.toAbsolutePath(),
            page.toUri().toString()));
    return pdf;
  }

  /** A PNG of the top of the page at the given window size. */
  Path screenshot(Path page, Path png, int width, int height)
      throws IOException, InterruptedException {
    run(
        List.of(
            "--virtual-time-budget=5000",
            "--hide-scrollbars",
            "--screenshot=" + png.toAbsolutePath(),
            "--window-size=" + width + "," + height,
            page.toUri().toString()));
    return png;
  }

  private String run(List<String> args) throws IOException, InterruptedException {
    List<String> command =
        new ArrayList<>(
            List.of(
                executable.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--user-data-dir=" + Files.createTempDirectory(work, "profile")));
    command.addAll(args);
    Path log = Files.createTempFile(work, "chromium", ".log");
    Process process = new ProcessBuilder(command).redirectError(log.toFile()).start();
    byte[] out = process.getInputStream().readAllBytes();
    if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError(
          "chromium did not finish in " + TIMEOUT_SECONDS + " s: " + Files.readString(log));
    }
    if (process.exitValue() != 0) {
      throw new AssertionError(
          "chromium exited with " + process.exitValue() + ": " + Files.readString(log));
    }
    return new String(out, StandardCharsets.UTF_8);
  }
}
