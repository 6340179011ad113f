package cn.kczg.jobs.ingest;

import cn.kczg.schemas.source.SourceDefinition;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * One file of a drop folder as the ingest sees it before reading rows.
 *
 * @param path absolute path or URI, readable by Hadoop's file system API
 * @param display how people see it: {@code <drop folder>/<file name>}
 * @param dropDate the drop's export date
 * @param sha256 hex SHA-256 of the bytes
 * @param definition the source it was recognized as
 * @param encoding how it decodes: UTF-8, UTF-8 (BOM), GB18030 or xlsx
 */
public record InboxFile(
    String path,
    String display,
    LocalDate dropDate,
    String sha256,
    SourceDefinition definition,
    String encoding)
    implements Serializable {

  /** The same file, known to decode as {@code charset}. */
  InboxFile withEncoding(String charset) {
    return new InboxFile(path, display, dropDate, sha256, definition, charset);
  }
}
