package cn.kczg.schemas.read;

/** Which sheets of a workbook are read, by name and position (0 = first). */
@FunctionalInterface
public interface SheetChoice {
  /** The first sheet only: what a source definition without {@code sheets:} reads. */
  SheetChoice FIRST = (name, index) -> index == 0;

  /** True when the sheet is read; a sheet not read that holds rows is reported as ignored. */
  boolean reads(String name, int index);
}
