package cn.kczg.jobs.integrity;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.translate;
import static org.apache.spark.sql.functions.upper;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;

/**
 * A person's identifiers (the canonical expert fields {@code id_number}, {@code phone}, {@code
 * email}) as the duplicate-expert check compares them, normalized once in Spark so that the driver
 * groups exactly what the candidate hashes grouped: full-width digits and signs become half-width,
 * white space and separators go, a mobile loses its 86 / 0086 prefix, an e-mail is lower case, an
 * ID number's check letter upper case. A value that cannot be one (a phone under 7 digits, an ID
 * number not of 15 or 18 characters, an e-mail without @) is null: it identifies nobody.
 */
final class PersonIds {
  private static final String FULL_WIDTH = "０１２３４５６７８９＠．ｘＸ";
  private static final String HALF_WIDTH = "0123456789@.xX";

  private PersonIds() {}

  /** The column of the normalized identifier named by a canonical field. */
  static String column(String identifier) {
    return "n_" + identifier;
  }

  /** The normalized value of {@code identifier}, or null. */
  static Column normalized(String identifier) {
    Column raw = translate(col(identifier), FULL_WIDTH, HALF_WIDTH);
    return switch (identifier) {
      case "phone" -> {
        Column digits = regexp_replace(raw, "[^0-9]", "");
        Column national = regexp_replace(digits, "^(0086|86)(?=1[0-9]{10}$)", "");
        yield when(length(national).geq(7), national);
      }
      case "email" -> {
        Column text = lower(regexp_replace(raw, "\\s", ""));
        yield when(text.rlike("^[^@]+@[^@]+$"), text);
      }
      case "id_number" -> {
        Column text = upper(regexp_replace(raw, "[^0-9Xx]", ""));
        yield when(length(text).equalTo(18).or(length(text).equalTo(15)), text);
      }
      default -> throw new IllegalArgumentException("not a person identifier: " + identifier);
    };
  }
}
