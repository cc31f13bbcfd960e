package io.sitegen.generator.search;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Martin Porter's English stemmer, written step for step like the JavaScript one in the theme's
 * {@code search.js} (same regular expressions, same order), so both sides stem every word alike;
 * {@code SearchBrowserIT} checks that on a shared word list.
 */
final class PorterStemmer {

  private static final Map<String, String> STEP2 =
      Map.ofEntries(
          Map.entry("ational", "ate"),
          Map.entry("tional", "tion"),
          Map.entry("enci", "ence"),
          Map.entry("anci", "ance"),
          Map.entry("izer", "ize"),
          Map.entry("bli", "ble"),
          Map.entry("alli", "al"),
          Map.entry("entli", "ent"),
          Map.entry("eli", "e"),
          Map.entry("ousli", "ous"),
          Map.entry("ization", "ize"),
          Map.entry("ation", "ate"),
          Map.entry("ator", "ate"),
          Map.entry("alism", "al"),
          Map.entry("iveness", "ive"),
          Map.entry("fulness", "ful"),
          Map.entry("ousness", "ous"),
          Map.entry("aliti", "al"),
          Map.entry("iviti", "ive"),
          Map.entry("biliti", "ble"),
          Map.entry("logi", "log"));
  private static final Map<String, String> STEP3 =
      Map.of(
          "icate", "ic", "ative", "", "alize", "al", "iciti", "ic", "ical", "ic", "ful", "", "ness",
          "");

  private static final String C = "[^aeiou][^aeiouy]*";
  private static final String V = "[aeiouy][aeiou]*";
  private static final Pattern MGR0 = Pattern.compile("^(" + C + ")?" + V + C);
  private static final Pattern MEQ1 = Pattern.compile("^(" + C + ")?" + V + C + "(" + V + ")?$");
  private static final Pattern MGR1 = Pattern.compile("^(" + C + ")?" + V + C + V + C);
  private static final Pattern S_V = Pattern.compile("^(" + C + ")?[aeiouy]");
  private static final Pattern STEP1A = Pattern.compile("^(.+?)(ss|i)es$");
  private static final Pattern STEP1A_2 = Pattern.compile("^(.+?)([^s])s$");
  private static final Pattern STEP1B = Pattern.compile("^(.+?)eed$");
  private static final Pattern STEP1B_2 = Pattern.compile("^(.+?)(ed|ing)$");
  private static final Pattern LAST = Pattern.compile(".$");
  private static final Pattern AT_BL_IZ = Pattern.compile("(at|bl|iz)$");
  private static final Pattern DOUBLE = Pattern.compile("([^aeiouylsz])\\1$");
  private static final Pattern CVC = Pattern.compile("^" + C + "[aeiouy][^aeiouwxy]$");
  private static final Pattern STEP1C = Pattern.compile("^(.+?)y$");
  private static final Pattern STEP2_RE =
      Pattern.compile(
          "^(.+?)(ational|tional|enci|anci|izer|bli|alli|entli|eli|ousli|ization|ation|ator"
              + "|alism|iveness|fulness|ousness|aliti|iviti|biliti|logi)$");
  private static final Pattern STEP3_RE =
      Pattern.compile("^(.+?)(icate|ative|alize|iciti|ical|ful|ness)$");
  private static final Pattern STEP4 =
      Pattern.compile(
          "^(.+?)(al|ance|ence|er|ic|able|ible|ant|ement|ment|ent|ou|ism|ate|iti|ous|ive|ize)$");
  private static final Pattern STEP4_2 = Pattern.compile("^(.+?)(s|t)(ion)$");
  private static final Pattern STEP5 = Pattern.compile("^(.+?)e$");
  private static final Pattern LL = Pattern.compile("ll$");

  private PorterStemmer() {}

  /** The stem of a folded, lower-case word. */
  static String stem(String word) {
    if (word.length() < 3) {
      return word;
    }
    boolean initialY = word.charAt(0) == 'y';
    // A leading y is a consonant: upper case keeps it out of the vowel classes.
    String w = initialY ? "Y" + word.substring(1) : word;
    Matcher m;
    if ((m = STEP1A.matcher(w)).find()) {
      w = m.group(1) + m.group(2);
    } else if ((m = STEP1A_2.matcher(w)).find()) {
      w = m.group(1) + m.group(2);
    }
    if ((m = STEP1B.matcher(w)).find()) {
      if (MGR0.matcher(m.group(1)).find()) {
        w = LAST.matcher(w).replaceFirst("");
      }
    } else if ((m = STEP1B_2.matcher(w)).find()) {
      String stem = m.group(1);
      if (S_V.matcher(stem).find()) {
        w = stem;
        if (AT_BL_IZ.matcher(w).find()) {
          w = w + "e";
        } else if (DOUBLE.matcher(w).find()) {
          w = LAST.matcher(w).replaceFirst("");
        } else if (CVC.matcher(w).find()) {
          w = w + "e";
        }
      }
    }
    if ((m = STEP1C.matcher(w)).find() && S_V.matcher(m.group(1)).find()) {
      w = m.group(1) + "i";
    }
    if ((m = STEP2_RE.matcher(w)).find() && MGR0.matcher(m.group(1)).find()) {
      w = m.group(1) + STEP2.get(m.group(2));
    }
    if ((m = STEP3_RE.matcher(w)).find() && MGR0.matcher(m.group(1)).find()) {
      w = m.group(1) + STEP3.get(m.group(2));
    }
    if ((m = STEP4.matcher(w)).find()) {
      if (MGR1.matcher(m.group(1)).find()) {
        w = m.group(1);
      }
    } else if ((m = STEP4_2.matcher(w)).find()) {
      String stem = m.group(1) + m.group(2);
      if (MGR1.matcher(stem).find()) {
        w = stem;
      }
    }
    if ((m = STEP5.matcher(w)).find()) {
      String stem = m.group(1);
      if (MGR1.matcher(stem).find() || (MEQ1.matcher(stem).find() && !CVC.matcher(stem).find())) {
        w = stem;
      }
    }
    if (LL.matcher(w).find() && MGR1.matcher(w).find()) {
      w = LAST.matcher(w).replaceFirst("");
    }
    return initialY ? "y" + w.substring(1) : w;
  }
}
