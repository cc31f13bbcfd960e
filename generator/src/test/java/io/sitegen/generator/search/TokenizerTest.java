package io.sitegen.generator.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TokenizerTest {

  /** Examples from Porter's paper (and the reference implementation's vocabulary). */
  @ParameterizedTest
  @CsvSource({
    "caresses, caress",
    "ponies, poni",
    "ties, ti",
    "cats, cat",
    "feed, feed",
    "agreed, agre",
    "plastered, plaster",
    "bled, bled",
    "motoring, motor",
    "sing, sing",
    "conflated, conflat",
    "troubled, troubl",
    "sized, size",
    "hopping, hop",
    "tanned, tan",
    "falling, fall",
    "hissing, hiss",
    "fizzed, fizz",
    "failing, fail",
    "filing, file",
    "happy, happi",
    "sky, sky",
    "relational, relat",
    "conditional, condit",
    "rational, ration",
    "digitizer, digit",
    "vietnamization, vietnam",
    "predication, predic",
    "operator, oper",
    "feudalism, feudal",
    "decisiveness, decis",
    "hopefulness, hope",
    "callousness, callous",
    "formaliti, formal",
    "sensitiviti, sensit",
    "sensibiliti, sensibl",
    "triplicate, triplic",
    "formative, form",
    "formalize, formal",
    "electriciti, electr",
    "electrical, electr",
    "hopeful, hope",
    "goodness, good",
    "revival, reviv",
    "allowance, allow",
    "inference, infer",
    "airliner, airlin",
    "gyroscopic, gyroscop",
    "adjustable, adjust",
    "defensible, defens",
    "irritant, irrit",
    "replacement, replac",
    "adjustment, adjust",
    "dependent, depend",
    "adoption, adopt",
    "communism, commun",
    "activate, activ",
    "angulariti, angular",
    "homologous, homolog",
    "effective, effect",
    "bowdlerize, bowdler",
    "probate, probat",
    "rate, rate",
    "cease, ceas",
    "controll, control",
    "roll, roll",
    "generalizations, gener",
    "oscillators, oscil",
    "booting, boot",
    "boots, boot",
    "yelling, yell",
    "youthful, youth"
  })
  void stemsLikePorter(String word, String stem) {
    assertThat(PorterStemmer.stem(word)).isEqualTo(stem);
  }

  @Test
  void foldsCaseAndAccentsAndSplitsOnAnythingButLettersAndDigits() {
    assertThat(Tokenizer.words("Café RÉSUMÉ, naïve—Zoë's e-mail v2.3"))
        .containsExactly("cafe", "resume", "naive", "zoe", "s", "e", "mail", "v2", "3");
    assertThat(Tokenizer.words("Привет, мир")).containsExactly("привет", "мир");
    assertThat(new Tokenizer().terms("Booting the boots")).containsExactly("boot", "boot");
  }

  @Test
  void dropsStopWordsAsFoldedButNotWordsThatOnlyStemLikeOne() {
    // "The", "IS" and "À" fold to stop words; "thes" and "isn" are other words, even stemmed.
    assertThat(new Tokenizer().terms("The kernel IS à la mode"))
        .containsExactly("kernel", "la", "mode");
    assertThat(new Tokenizer().terms("Thes isn't")).containsExactly("the", "isn", "t");
    assertThat(new Tokenizer().terms("to be or not to be")).isEmpty();
    assertThat(Tokenizer.STOP_WORDS).isSorted().doesNotHaveDuplicates();
  }
}
