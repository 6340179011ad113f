package cn.kczg.jobs.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes small inbox fixtures for tests. */
public final class Fixture {
  public static final String REGISTRY_HEADER =
      "机构编码,机构名称,平台账号,机构类型,办学层次,所属县市区,推荐渠道,入驻时间,负责人,联系人,联系电话";
  public static final String NEWS_HEADER = "资讯ID,标题,发布机构,平台账号,发布时间,状态";

  private Fixture() {}

  /** Writes a file into {@code inbox/<drop>/<name>} as UTF-8. */
  public static Path write(Path inbox, String drop, String name, String... lines) {
    return write(inbox, drop, name, StandardCharsets.UTF_8, lines);
  }

  /** Writes a file in the given charset. */
  public static Path write(Path inbox, String drop, String name, Charset charset, String... lines) {
    try {
      Path dir = Files.createDirectories(inbox.resolve(drop));
      Path file = dir.resolve(name);
      Files.write(file, (String.join("\n", lines) + "\n").getBytes(charset));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
