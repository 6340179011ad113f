package cn.kczg.schemas.read;

/**
 * What a workbook may hold before it is refused, so a hostile or broken file costs a clear refusal,
 * never the process's memory. Documented in {@code docs/adding-a-source.md}.
 *
 * @param maxRows rows per sheet: Excel's own maximum, 1,048,576
 * @param maxSheetBytes uncompressed bytes of one sheet part (streamed, never held whole): 4 GiB
 * @param maxHeldPartBytes uncompressed bytes of a part that is held in memory while the sheets are
 *     read (shared strings, styles): 256 MiB
 * @param minInflateRatio the smallest compressed / uncompressed size ratio of a part once 100 KiB
 *     of it is inflated: 0.01, i.e. a part that inflates more than 100 times is a zip bomb
 */
record WorkbookLimits(
    long maxRows, long maxSheetBytes, long maxHeldPartBytes, double minInflateRatio) {

  /** The limits every file is read under. */
  static final WorkbookLimits DEFAULT = new WorkbookLimits(1_048_576, 4L << 30, 256L << 20, 0.01);
}
