/**
 * Text rules of the counting rules: decoding (UTF-8, BOM, GB18030), name normalization (NFKC, no
 * blanks), dates, name suggestions.
 */
package cn.kczg.schemas.text;
