package newsquiz.nlp;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.postag.POSTagFormat;

/**
 * Part-of-speech tags from OpenNLP's English maxent model (trained on Wall Street Journal news, Penn Treebank
 * tags). The model loads once per process, on first use; a tagger instance is cheap but not thread-safe.
 */
public final class Tagger {
    private static final String MODEL = "/en-pos-maxent.bin";
    private static volatile POSModel model;

    private final POSTaggerME tagger;

    public Tagger() {
        this.tagger = new POSTaggerME(model(), POSTagFormat.PENN);
    }

    private static POSModel model() {
        POSModel m = model;
        if (m == null) {
            synchronized (Tagger.class) {
                if (model == null) {
                    InputStream resource = Tagger.class.getResourceAsStream(MODEL);
                    if (resource == null) {
                        throw new IllegalStateException("the POS model " + MODEL + " is not on the class path");
                    }
                    // buffered: the model reader makes many small reads, each through the jar's inflater
                    try (InputStream in = new BufferedInputStream(resource, 1 << 16)) {
                        model = new POSModel(in);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                m = model;
            }
        }
        return m;
    }

    /** The tokens of one sentence with their tags. */
    public List<Token> tag(String sentence, int offset) {
        List<Token> tokens = Tokenizer.tokenize(sentence, offset);
        String[] words = new String[tokens.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = forModel(tokens.get(i).text());
        }
        String[] tags = tagger.tag(words);
        List<Token> tagged = new ArrayList<>(tokens.size());
        for (int i = 0; i < words.length; i++) {
            Token t = tokens.get(i);
            tagged.add(new Token(t.text(), t.start(), t.end(), tags[i]));
        }
        return tagged;
    }

    /** The Penn tokens the model was trained on: straight quotes as `` and '', curly apostrophes straight. */
    private static String forModel(String token) {
        return switch (token) {
            case "“", "\"" -> "``";
            case "”" -> "''";
            case "‘" -> "`";
            case "—", "–" -> "--";
            default -> token.replace('’', '\'');
        };
    }

    /**
     * "the valley floor freezes first", "the old mill burns coal": the model reads a present verb after a singular
     * noun as a plural noun. The token at {@code k} is that verb when its clause (to {@code end}) has no other verb
     * and a word follows that no noun phrase goes on with ("first", "the", "its", "to"); "the car parts supplier" goes
     * on with a noun.
     */
    public static boolean verbReadAsPluralNoun(List<Token> t, int k, int end) {
        if (k < 1 || k + 1 >= end || !t.get(k).tag().equals("NNS") || !t.get(k - 1).tag().equals("NN")
                || !t.get(k).text().toLowerCase(java.util.Locale.ROOT).endsWith("s")
                || !t.get(k + 1).tag().matches("DT|PRP\\$|RB|RBR|JJR|TO|CD")) {
            return false;
        }
        int start = k - 1;
        while (start > 0 && k - start < 6 && !t.get(start - 1).tag().matches("IN|,|:|``")) {
            start--; // back to the clause's opening: "so", "because", a comma
        }
        return t.subList(start, end).stream().noneMatch(x -> x.tag().matches("VB.*|MD"));
    }
}
