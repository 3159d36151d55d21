package newsquiz.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import newsquiz.article.Article;
import newsquiz.article.Paragraph;
import newsquiz.article.Section;
import newsquiz.nlp.Token;

/**
 * Finds who said what: direct quotations (curly or straight marks, over several sentences, block quotes signed
 * "– Name", paragraphs that continue the previous speaker) and indirect speech with reporting verbs or "according
 * to". Speakers resolve to the entity's canonical name through names, surnames, roles ("the president") and
 * pronouns.
 */
final class QuoteFinder {
    private static final int MIN_DIRECT_WORDS = 4;
    private static final Set<String> SKIPPABLE_AFTER_VERB = Set.of("on", "in", "at", "last", "this",
            "publicly", "recently", "earlier", "later", "also", "again", "previously", "repeatedly", "then",
            "further", "yesterday", "today", "night", "morning", "afternoon", "evening", "week", "month", "year");

    private final Article article;
    private final List<TaggedSentence> sentences;
    private final EntityFinder entities;
    private final List<Quote> quotes = new ArrayList<>();
    /** The last speaker of a direct or indirect quote, for "he said" and continuing paragraphs. */
    private String lastSpeaker;
    private int lastSpeakerParagraph = -10;

    QuoteFinder(Article article, List<TaggedSentence> sentences, EntityFinder entities) {
        this.article = article;
        this.sentences = sentences;
        this.entities = entities;
    }

    /** A quotation's span in the article's text, inside the marks. */
    private record QuoteSpan(int start, int end) {
        int words(String text) {
            String inner = text.substring(start, end).strip();
            return inner.isEmpty() ? 0 : inner.split("\\s+").length;
        }
    }

    /** The quotations of the paragraph being read: a name inside one is the speaker's word, not a speaker. */
    private List<QuoteSpan> paragraphSpans = List.of();

    List<Quote> find() {
        List<Paragraph> body = article.bodyParagraphs();
        String previousQuoteSpeaker = null;
        int previousQuoteParagraph = -10;
        for (int pi = 0; pi < body.size(); pi++) {
            Paragraph p = body.get(pi);
            List<Integer> sIdx = sentencesOf(p.index());
            List<QuoteSpan> spans = quoteSpans(article.text(), p.start(), p.end());
            paragraphSpans = spans;
            String blockSigner = signer(body, pi);
            String paragraphSpeaker = null;
            for (QuoteSpan q : spans) {
                if (q.words(article.text()) < MIN_DIRECT_WORDS) {
                    continue;
                }
                String speaker = blockSigner != null ? blockSigner : attribution(sIdx, spans, q);
                boolean carried = speaker == null;
                if (speaker == null && paragraphSpeaker != null) {
                    speaker = paragraphSpeaker; // this paragraph's speaker goes on talking
                }
                if (speaker == null && previousQuoteSpeaker != null && previousQuoteParagraph == p.index() - 1
                        && opensParagraph(p, q)) {
                    speaker = previousQuoteSpeaker; // a quote paragraph continuing the previous speaker
                }
                if (speaker == null) {
                    continue;
                }
                paragraphSpeaker = speaker;
                addDirect(speaker, q, sIdx, carried);
            }
            if (blockSigner != null && spans.isEmpty()) {
                paragraphSpeaker = blockSigner;
                List<TaggedSentence> in = sIdx.stream().map(sentences::get).toList();
                quotes.add(new Quote(blockSigner, blockSigner, p.text().strip(), true, false, "wrote",
                        Evidence.of(in.stream().map(TaggedSentence::sentence).toList())));
            }
            for (int s : sIdx) {
                indirect(s, spans, p.index());
            }
            if (paragraphSpeaker != null) {
                previousQuoteSpeaker = paragraphSpeaker;
                previousQuoteParagraph = p.index();
                lastSpeaker = paragraphSpeaker;
                lastSpeakerParagraph = p.index();
            } else if (!spans.isEmpty() || p.index() > previousQuoteParagraph + 1) {
                previousQuoteSpeaker = null;
            }
        }
        quotes.sort((a, b) -> Integer.compare(a.evidence().spans().get(0)[0], b.evidence().spans().get(0)[0]));
        return quotes;
    }

    /** A quotation that starts its paragraph, as a continuing speaker's next words do. */
    private static boolean opensParagraph(Paragraph p, QuoteSpan q) {
        return q.start() - p.start() <= 2;
    }

    /** A block quote is followed by a paragraph that only signs it: "– European Court of Justice". */
    private String signer(List<Paragraph> body, int pi) {
        if (pi + 1 >= body.size() || body.get(pi + 1).index() != body.get(pi).index() + 1) {
            return null;
        }
        String next = body.get(pi + 1).text().strip();
        if (next.matches("^[—–-]{1,2}\\s*\\p{Lu}.{1,80}$") && next.split("\\s+").length <= 8) {
            String name = next.replaceFirst("^[—–-]{1,2}\\s*", "").strip();
            EntityFinder.Group g = entities.lookup(name);
            return g != null ? g.name : name;
        }
        return null;
    }

    private void addDirect(String speaker, QuoteSpan q, List<Integer> sIdx, boolean carried) {
        List<TaggedSentence> in = new ArrayList<>();
        for (int s : sIdx) {
            TaggedSentence ts = sentences.get(s);
            if (ts.sentence().end() > q.start() && ts.sentence().start() < q.end()) {
                in.add(ts);
            }
        }
        String text = article.text().substring(q.start(), q.end()).strip().replaceAll("[,]+$", "");
        quotes.add(new Quote(speaker, speaker, text, true, false, "said",
                Evidence.of(in.stream().map(TaggedSentence::sentence).toList()), carried));
    }

    private List<Integer> sentencesOf(int paragraph) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            if (sentences.get(i).sentence().paragraph() == paragraph) {
                out.add(i);
            }
        }
        return out;
    }

    /**
     * Spans inside quotation marks in [from, to): curly pairs, or straight marks taken in turns; in a paragraph
     * without double marks, British single marks (‘…’), where a closing mark is one followed by no letter (an
     * apostrophe in "it’s" is followed by one).
     */
    static List<QuoteSpan> quoteSpans(String text, int from, int to) {
        String paragraph = text.substring(from, to);
        if (paragraph.indexOf('‘') >= 0 && paragraph.indexOf('“') < 0 && paragraph.indexOf('"') < 0) {
            return singleQuoteSpans(text, from, to);
        }
        List<QuoteSpan> spans = new ArrayList<>();
        int open = -1;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '“' || (c == '"' && open < 0)) {
                open = i + 1;
            } else if ((c == '”' || c == '"') && open >= 0) {
                spans.add(new QuoteSpan(open, i));
                open = -1;
            }
        }
        if (open >= 0 && to - open > 20) {
            spans.add(new QuoteSpan(open, to)); // runs on into the next paragraph
        }
        return spans;
    }

    private static List<QuoteSpan> singleQuoteSpans(String text, int from, int to) {
        List<QuoteSpan> spans = new ArrayList<>();
        int open = -1;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '‘' && open < 0) {
                open = i + 1;
            } else if (c == '’' && open >= 0 && (i + 1 >= to || !Character.isLetter(text.charAt(i + 1)))) {
                spans.add(new QuoteSpan(open, i));
                open = -1;
            }
        }
        return spans;
    }

    private static boolean inside(List<QuoteSpan> spans, Token t) {
        for (QuoteSpan q : spans) {
            if (t.start() >= q.start() && t.end() <= q.end()) {
                return true;
            }
        }
        return false;
    }

    /** The speaker that the paragraph's attribution gives a quotation; the nearest attribution wins. */
    private String attribution(List<Integer> sIdx, List<QuoteSpan> spans, QuoteSpan q) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (int s : sIdx) {
            TaggedSentence ts = sentences.get(s);
            List<Token> t = ts.tokens();
            for (int v = 0; v < t.size(); v++) {
                Token tok = t.get(v);
                if (inside(spans, tok)) {
                    continue;
                }
                if (tok.is("according") && v + 2 < t.size() && t.get(v + 1).is("to")) {
                    String source = accordingSource(ts, v);
                    int distance = tok.start() < q.start() ? q.start() - tok.end() : tok.start() - q.end();
                    boolean sameSentence = ts.sentence().start() <= q.end() && ts.sentence().end() >= q.start();
                    if (source != null && sameSentence && distance < bestDistance) {
                        bestDistance = distance;
                        best = source;
                    }
                    continue;
                }
                boolean verb = Lexicon.isReportingVerb(tok.text()) && !tok.tag().equals("NN");
                boolean colon = tok.text().equals(":") && v + 1 < t.size() && isOpenQuote(t.get(v + 1));
                if (!verb && !colon) {
                    continue;
                }
                String speaker = colon ? firstSubject(s, 0, v) : speakerOf(s, v, spans);
                if (speaker == null) {
                    continue;
                }
                int distance = tok.start() < q.start() ? q.start() - tok.end() : tok.start() - q.end();
                boolean sameSentence = ts.sentence().start() <= q.end() && ts.sentence().end() >= q.start();
                if (!sameSentence && !opensSentence(q)) {
                    continue; // a quoted title inside a sentence ("the case "X vs. Y"") is nobody's words
                }
                distance = sameSentence ? distance : distance + 10_000;
                if (distance < bestDistance) {
                    bestDistance = distance;
                    best = speaker;
                }
            }
        }
        return best;
    }

    private boolean opensSentence(QuoteSpan q) {
        for (TaggedSentence ts : sentences) {
            if (ts.sentence().start() <= q.start() && ts.sentence().end() >= q.start()) {
                return q.start() - ts.sentence().start() <= 1;
            }
        }
        return false;
    }

    private static boolean isOpenQuote(Token t) {
        return t.text().equals("“") || t.text().equals("\"") || t.text().equals("‘");
    }

    /** The speaker of the reporting verb at token v: its subject to the left, or the name right after it. */
    private String speakerOf(int s, int v, List<QuoteSpan> spans) {
        TaggedSentence ts = sentences.get(s);
        List<Token> t = ts.tokens();
        // "he was told by Minister Ana Ruiz of ...": in the passive, the one after "by" speaks
        if (v >= 1 && v + 2 < t.size() && t.get(v - 1).text().matches("(?i)was|were|been|being") && t.get(v + 1).is("by")) {
            for (Mention m : entities.mentionsBySentence.get(s)) {
                if (m.from() >= v + 2 && m.from() <= v + 6 && t.subList(v + 2, m.from()).stream()
                        .allMatch(x -> x.isCapitalised() || x.tag().matches("NNP|NNPS|JJ|DT"))) {
                    return canonical(m);
                }
            }
            return null;
        }
        // "the parents tried to have Waseem released by saying ...": the clause's subject says it, never the
        // object the verb before it governs; no name for that subject, no speaker
        if (v >= 2 && t.get(v).tag().equals("VBG") && t.get(v - 1).is("by")) {
            return nearestClauseSubject(s, v - 1, spans);
        }
        // "..., after Trump refused to sign it, saying ...": the participle's subject is the nearest clause's
        if (v >= 2 && t.get(v).tag().equals("VBG") && t.get(v - 1).text().equals(",")) {
            String subject = nearestClauseSubject(s, v - 1, spans);
            if (subject != null) {
                return subject;
            }
        }
        int clauseStart = 0;
        for (int k = v - 1; k >= 0; k--) {
            if (inside(spans, t.get(k)) || t.get(k).text().matches("[“”\"‘]")) {
                clauseStart = k + 1;
                break;
            }
        }
        for (int k = v - 1; k > clauseStart; k--) {
            if (t.get(k).text().matches("(?i)when|while|because|although|whereas|but|if|though|;")
                    && (t.get(k).tag().equals("WRB") || t.get(k).tag().equals("IN") || t.get(k).tag().equals("CC")
                    || t.get(k).text().equals(";"))) {
                clauseStart = k + 1; // "..., when the former president told reporters"
                break;
            }
        }
        while (clauseStart < v && t.get(clauseStart).text().matches("[,.;:”\"“]")) {
            clauseStart++;
        }
        // "The union's general secretary, Mick Lynch, said": the name set off by commas just before the verb
        if (v >= 3 && t.get(v - 1).text().equals(",")) {
            for (Mention m : entities.mentionsBySentence.get(s)) {
                EntityFinder.Group g = entities.groupOf.get(m);
                // a name typed nothing yet but shaped like a person's ("Rachel Giese") speaks too
                if (m.to() == v - 1 && m.from() > clauseStart && t.get(m.from() - 1).text().equals(",")
                        && g != null && (g.type == Entity.Type.PERSON || g.type == Entity.Type.OTHER && g.personShaped())) {
                    return g.name;
                }
            }
        }
        if (clauseStart < v) {
            String subject = firstSubject(s, clauseStart, v);
            if (subject != null) {
                return subject;
            }
        }
        // ", said Jean Lee" / "tweeted Johnson" / "wrote President Mnangagwa" / "said he"
        if (v + 1 < t.size()) {
            for (Mention m : entities.mentionsBySentence.get(s)) {
                if (m.from() == v + 1) {
                    return canonical(m);
                }
            }
            if (Lexicon.PRONOUNS.contains(t.get(v + 1).text().toLowerCase(Locale.ROOT))) {
                return pronoun(s, v + 1);
            }
        }
        return null;
    }

    /**
     * The name nearest before token {@code to} that a finite verb follows directly, so the subject of its clause,
     * even one opened by "after" or "when" ("after Trump refused"); never a name a preposition governs.
     */
    private String nearestClauseSubject(int s, int to, List<QuoteSpan> spans) {
        List<Token> t = sentences.get(s).tokens();
        Mention best = null;
        for (Mention m : entities.mentionsBySentence.get(s)) {
            if (m.to() >= to || inside(spans, t.get(m.from())) || !t.get(m.to()).tag().matches("VBD|VBZ|VBP|MD")) {
                continue;
            }
            Token before = m.from() > 0 ? t.get(m.from() - 1) : null;
            boolean governed = before != null && (before.tag().equals("IN") || before.tag().equals("TO"))
                    && !before.text().matches("(?i)after|before|when|while|because|as|since|although|though|if|until|once")
                    || before != null && before.tag().startsWith("VB"); // "to have Waseem released": an object
            if (!governed && (best == null || m.from() > best.from())) {
                best = m;
            }
        }
        if (best == null) {
            return null;
        }
        EntityFinder.Group g = entities.groupOf.get(best);
        return g == null || g.type == Entity.Type.PERSON || g.type == Entity.Type.ORGANIZATION ? canonical(best) : null;
    }

    /** The first name, pronoun or speaking noun phrase in tokens [from, to) of sentence s. */
    private String firstSubject(int s, int from, int to) {
        TaggedSentence ts = sentences.get(s);
        List<Token> t = ts.tokens();
        String placed = groupOfAPlace(ts, from, to);
        if (placed != null) {
            return placed;
        }
        String appositive = namedAfterPossessive(s, from, to);
        if (appositive != null) {
            return appositive;
        }
        for (Mention m : entities.mentionsBySentence.get(s)) {
            if (m.from() >= from && m.to() <= to) {
                if (!subjectBeforeVerb(t, m.from(), from)) {
                    continue;
                }
                List<Mention> inClause = entities.mentionsBySentence.get(s).stream()
                        .filter(x -> x.from() >= m.to() && x.to() <= to).sorted((a, b) -> a.from() - b.from()).toList();
                if (!inClause.isEmpty()) {
                    Mention next = inClause.get(0);
                    String between = ts.span(m.to(), next.from());
                    // "Brookings Institution fellow Molly Reynolds": the person after a role noun speaks
                    if (!between.isEmpty() && between.matches("[a-z][a-z ]{1,30}") && t.subList(m.to(), next.from())
                            .stream().allMatch(x -> x.tag().startsWith("NN") || x.tag().startsWith("JJ"))) {
                        return canonical(next);
                    }
                    // "Both Republicans and Democrats said": both speak
                    if (between.equals("and") && next.to() + 3 >= to) {
                        return ts.span(m.from(), next.to());
                    }
                    // "A Republican Assemblywoman, Jill Tolles, also commented": the person a title names speaks
                    EntityFinder.Group first = entities.groupOf.get(m);
                    EntityFinder.Group named = entities.groupOf.get(next);
                    if (between.equals(",") && next.to() < to && t.get(next.to()).text().equals(",")
                            && named != null && (named.type == Entity.Type.PERSON || named.type == Entity.Type.OTHER
                            && next.name().contains(" "))
                            && (first == null || first.type != Entity.Type.PERSON
                            || Lexicon.isTitle(m.name().substring(m.name().lastIndexOf(' ') + 1)))) {
                        return canonical(next);
                    }
                }
                // "Norway's foreign ministry said": the possessor's body speaks, not the possessor.
                int k = m.to();
                if (k < to && t.get(k).plain().equals("'s")) {
                    for (Mention owned : inClause) {
                        if (owned.from() == k + 1) {
                            return canonical(owned); // "Brazil's National Institute for Space Research has reported"
                        }
                    }
                    int end = k + 1;
                    while (end < to && t.get(end).tag().matches("NN|NNS|JJ") && !t.get(end).isCapitalised()) {
                        end++;
                    }
                    if (end > k + 1 && t.get(end - 1).tag().startsWith("NN")) {
                        // "Merkel's spokesperson, Steffen Seibert, said": the named person speaks
                        for (Mention named : inClause) {
                            if (named.from() == end + 1 && t.get(end).text().equals(",")) {
                                return canonical(named);
                            }
                        }
                        return ts.span(m.from(), end);
                    }
                }
                return canonical(m);
            }
        }
        for (int k = from; k < to; k++) {
            String w = t.get(k).text().toLowerCase(Locale.ROOT);
            if ((w.equals("he") || w.equals("she")) && t.get(k).tag().startsWith("PRP")) {
                return pronoun(s, k);
            }
        }
        String np = nounPhraseSpeaker(ts, from, to);
        return np != null ? np : leadingNounPhrase(ts, from, to);
    }

    /**
     * "Baloch and Waseem's mother, Anwar, wept and said": whoever a possessive's noun names between commas is the
     * subject, not the possessors before it.
     */
    private String namedAfterPossessive(int s, int from, int to) {
        List<Token> t = sentences.get(s).tokens();
        for (int k = from; k + 3 < to; k++) {
            if (!t.get(k).plain().equals("'s")) {
                continue;
            }
            int end = k + 1;
            while (end < to && t.get(end).tag().matches("NN|NNS|JJ") && !t.get(end).isCapitalised()) {
                end++;
            }
            if (end == k + 1 || end >= to || !t.get(end).text().equals(",")) {
                return null;
            }
            for (Mention m : entities.mentionsBySentence.get(s)) {
                EntityFinder.Group g = entities.groupOf.get(m);
                if (m.from() == end + 1 && m.to() < to && t.get(m.to()).text().equals(",") && g != null
                        && (g.type == Entity.Type.PERSON || g.type == Entity.Type.OTHER)) {
                    return canonical(m);
                }
            }
            return null;
        }
        return null;
    }

    /**
     * "Authorities in the United Kingdom and the United States announced": a group named by where it works speaks
     * as the article names it, never the place ("police in Tokyo said" is not Tokyo's word).
     */
    private static String groupOfAPlace(TaggedSentence ts, int clauseFrom, int to) {
        int from = clauseFrom;
        List<Token> t = ts.tokens();
        int k = from;
        for (int c = from; c < Math.min(to, from + 5); c++) {
            if (t.get(c).text().equals(",")) {
                k = from = c + 1; // "Yesterday, authorities in ..."
                break;
            }
        }
        while (k < to && (t.get(k).tag().equals("DT") || t.get(k).tag().startsWith("JJ"))) {
            k++;
        }
        if (k + 2 >= to || !Lexicon.GROUP_SPEAKERS.contains(t.get(k).text().toLowerCase(Locale.ROOT))
                || !t.get(k + 1).text().matches("in|from|at")) {
            return null;
        }
        int end = to;
        while (end > k + 2 && (t.get(end - 1).tag().startsWith("RB") || t.get(end - 1).text().matches("[,;:]"))) {
            end--; // "... also announced", "..., on Monday, said"
        }
        for (int i = k + 2; i < end; i++) {
            if (t.get(i).tag().startsWith("VB") || t.get(i).text().matches("[,;:]")) {
                return null; // a clause of its own before the verb: not one noun phrase
            }
        }
        return ts.span(from, end);
    }

    /** "The president did not address ..., telling": a role at the clause's start, followed by its verb. */
    private String leadingNounPhrase(TaggedSentence ts, int from, int to) {
        List<Token> t = ts.tokens();
        int k = from;
        if (k < to && t.get(k).tag().equals("DT")) {
            k++;
        }
        while (k < to && t.get(k).tag().startsWith("JJ")) {
            k++;
        }
        int nouns = k;
        while (k < to && t.get(k).tag().startsWith("NN") && !t.get(k).isCapitalised()) {
            k++;
        }
        if (k == nouns || k >= to || !(t.get(k).tag().startsWith("VB") || t.get(k).tag().equals("MD"))) {
            return null;
        }
        EntityFinder.Group g = entities.byRole(ts.span(from, k));
        return g == null ? null : g.name;
    }

    /** A name counts as the subject unless a preposition governs it ("talks with Guaidó said ..."). */
    private static boolean subjectBeforeVerb(List<Token> t, int at, int clauseStart) {
        int k = at - 1;
        // "In remarks to the Agence France-Presse news service, Yett said": look past the article and adjectives
        while (k >= clauseStart && t.get(k).tag().matches("DT|JJ.*|PRP\\$|CD")) {
            k--;
        }
        if (k < clauseStart) {
            return true;
        }
        Token before = t.get(k);
        return !(before.tag().equals("IN") || before.tag().equals("TO")) || before.is("of");
    }

    /** "analysts say", "the foreign ministry said", "Sources in Guaidó's government have also said". */
    private String nounPhraseSpeaker(TaggedSentence ts, int from, int to) {
        List<Token> t = ts.tokens();
        int end = to;
        while (end > from && (t.get(end - 1).tag().startsWith("RB") || t.get(end - 1).tag().startsWith("VB")
                || t.get(end - 1).tag().equals("MD"))) {
            end--;
        }
        int start = end;
        while (start > from && (t.get(start - 1).tag().matches("NN.*|JJ.*|DT|POS|PRP\\$|CD")
                || t.get(start - 1).is("in") || t.get(start - 1).is("of"))) {
            start--;
        }
        while (start < end && (t.get(start).is("in") || t.get(start).is("of"))) {
            start++;
        }
        if (start >= end || !t.get(end - 1).tag().startsWith("NN")) {
            return null;
        }
        String phrase = ts.span(start, end);
        EntityFinder.Group byRole = entities.byRole(phrase);
        if (byRole != null) {
            return byRole.name;
        }
        String known = knownBodySpeaker(phrase);
        if (known != null) {
            return known;
        }
        String head = t.get(end - 1).text().toLowerCase(Locale.ROOT);
        String firstWord = t.get(start).text().toLowerCase(Locale.ROOT);
        if (Lexicon.GROUP_SPEAKERS.contains(head) || Lexicon.GROUP_SPEAKERS.contains(firstWord)) {
            return phrase.replaceFirst("^(?i:the)\\s+", "the ");
        }
        return null;
    }

    /** "the foreign ministry" after "Norway's foreign ministry" spoke: the same body. */
    private String knownBodySpeaker(String phrase) {
        String p = phrase.toLowerCase(Locale.ROOT).replaceFirst("^(the|a|an)\\s+", "");
        for (int i = quotes.size() - 1; i >= 0; i--) {
            String sp = quotes.get(i).speaker();
            if (sp.toLowerCase(Locale.ROOT).endsWith(" " + p) || sp.equalsIgnoreCase(p)) {
                return sp;
            }
        }
        return null;
    }

    /** "he" / "she": the subject earlier in the sentence, else the last speaker nearby, else the last subject. */
    private String pronoun(int s, int at) {
        for (Mention m : entities.mentionsBySentence.get(s)) {
            EntityFinder.Group g = entities.groupOf.get(m);
            // a name shaped like a person's that nothing has typed yet counts ("John Rhys-Davies broke news when
            // he revealed ...")
            if (m.to() <= at && g != null && (g.type == Entity.Type.PERSON || g.type == Entity.Type.OTHER
                    && g.personShaped()) && !possessive(s, m) && !inside(paragraphSpans, sentences.get(s).tokens()
                    .get(m.from()))) {
                return g.name;
            }
        }
        int paragraph = sentences.get(s).sentence().paragraph();
        // the person the paragraph was just about: the first person named in the nearest sentence before (a name
        // shaped like a person's that nothing has typed yet counts: "Holger von Neuhoff, curator at the museum")
        for (int k = s - 1; k >= 0 && sentences.get(k).sentence().paragraph() == paragraph; k--) {
            if (opensWithPronoun(k)) {
                continue; // "She was cast years later, when ... of Sailor Moon.": she is still the one before
            }
            for (Mention m : entities.mentionsBySentence.get(k)) {
                EntityFinder.Group g = entities.groupOf.get(m);
                if (g != null && (g.type == Entity.Type.PERSON || g.type == Entity.Type.OTHER && g.personShaped())
                        && !possessive(k, m) && !inside(paragraphSpans, sentences.get(k).tokens().get(m.from()))) {
                    return g.name;
                }
            }
        }
        if (lastSpeaker != null && paragraph - lastSpeakerParagraph <= 1) {
            return lastSpeaker;
        }
        for (int k = s - 1; k >= Math.max(0, s - 3); k--) {
            for (Mention m : entities.mentionsBySentence.get(k)) {
                EntityFinder.Group g = entities.groupOf.get(m);
                if (g != null && g.type == Entity.Type.PERSON) {
                    return g.name;
                }
            }
        }
        return lastSpeaker;
    }

    /** A sentence whose subject is "he" or "she": it names its person only by referring back. */
    private boolean opensWithPronoun(int k) {
        List<Token> t = sentences.get(k).tokens();
        int i = 0;
        while (i < t.size() && t.get(i).text().matches("[“”\"‘’(]")) {
            i++;
        }
        return i < t.size() && t.get(i).text().matches("He|She");
    }

    /** "Delacourt's lawyer, Anne Veil, said": the name before 's is whose the subject is, not the subject. */
    private boolean possessive(int s, Mention m) {
        List<Token> t = sentences.get(s).tokens();
        return m.to() < t.size() && t.get(m.to()).plain().matches("'s?");
    }

    private String canonical(Mention m) {
        EntityFinder.Group g = entities.groupOf.get(m);
        return g != null ? g.name : m.name();
    }

    /** Indirect speech and partial quotes in one sentence. */
    private void indirect(int s, List<QuoteSpan> spans, int paragraph) {
        TaggedSentence ts = sentences.get(s);
        List<Token> t = ts.tokens();
        for (int v = 0; v < t.size(); v++) {
            Token tok = t.get(v);
            if (inside(spans, tok)) {
                continue;
            }
            if (tok.is("according") && v + 2 < t.size() && t.get(v + 1).is("to")) {
                accordingTo(s, v, spans);
                continue;
            }
            String verb = tok.text().toLowerCase(Locale.ROOT);
            if (!Lexicon.isReportingVerb(verb) || tok.tag().startsWith("NN") || tok.tag().equals("JJ")
                    || v > 0 && t.get(v - 1).text().matches("(?i)is|was|were|be|been|being|are")
                    || v > 0 && t.get(v - 1).text().matches("(?i)an?|the")) { // "found an alleged weapon"
                continue;
            }
            if (verb.endsWith("ing") && !verb.matches("saying|telling|adding|warning|insisting|arguing")
                    && !(v + 1 < t.size() && t.get(v + 1).is("that"))) {
                continue; // "flew there, observing the rescue": a gerund with an object reports nothing
            }
            int c = v + 1;
            if ((verb.startsWith("told") || verb.startsWith("tell")) && c + 1 < t.size()
                    && t.get(c).text().matches("(?i)the|a|of") && t.get(c + 1).text().matches("(?i)story|tale|stories")) {
                continue; // "the novel tells the story of a model": a book's plot, nobody's statement
            }
            if (verb.startsWith("told") || verb.startsWith("tell")) {
                while (c < t.size() && !t.get(c).is("that") && c - v < 5 && !t.get(c).tag().startsWith("VB")
                        && !t.get(c).text().equals(",")) {
                    c++; // the listener: "told Fox Business Network"
                }
                if (c < t.size() && c - 1 > v + 1 && t.get(c - 1).text().matches("(?i)it|he|she|they|we|I|there")
                        && t.get(c).tag().matches("VBD|VBZ|VBP|MD")) {
                    c--; // "told reporters it was time": the clause starts at its own subject
                }
            }
            while (c < t.size() && (SKIPPABLE_AFTER_VERB.contains(t.get(c).text().toLowerCase(Locale.ROOT))
                    || t.get(c).tag().equals("CD") || Lexicon.MONTHS.contains(t.get(c).text().toLowerCase(Locale.ROOT))
                    || Lexicon.WEEKDAYS.contains(t.get(c).text().toLowerCase(Locale.ROOT))
                    || t.get(c).is("month") || t.get(c).is("week") || t.get(c).is("year"))) {
                c++;
            }
            final int after = v + 1;
            boolean nothingBefore = t.subList(0, v).stream().allMatch(x -> inside(spans, x)
                    || x.text().matches("[,.;:“”\"‘’]"));
            if (nothingBefore && (entities.mentionsBySentence.get(s).stream().anyMatch(m -> m.from() == after)
                    || after < t.size() && Lexicon.isTitle(t.get(after).text()))) {
                continue; // '..." said Dr. Ana Ferreira, who led ...': the speaker follows, no statement does
            }
            boolean that = c < t.size() && t.get(c).is("that");
            if (that) {
                c++;
            }
            if (c >= t.size() - 1 || t.get(c).text().matches("[,.:“\"”]") || inside(spans, t.get(c))) {
                if (statementBefore(s, v, spans, paragraph)) {
                    return; // "..., officials said on Monday."
                }
                continue; // a direct quote follows, or nothing does
            }
            if (that == false) {
                for (int k = c; k < Math.min(t.size(), c + 15) && !t.get(k).tag().startsWith("VB"); k++) {
                    if (t.get(k).is("that")) {
                        c = k + 1; // "said in a financial filing to the SEC that ..."
                        that = true;
                        break;
                    }
                }
            }
            if (opensWithQuote(t, c, spans) || quoteAfterSetting(t, v + 1, spans)) {
                continue; // the direct quote says it in the speaker's own words
            }
            boolean denial = verb.startsWith("denie") || verb.startsWith("confirm") || verb.startsWith("announc");
            boolean callFor = (verb.equals("called") || verb.equals("calling")) && (t.get(v + 1).is("for")
                    || t.get(v + 1).is("on"));
            if (callFor) {
                c = v + 2; // "called for G7 action to ..."
            }
            boolean there = t.get(c).tag().equals("EX") || t.get(c).is("there") && c + 1 < t.size()
                    && t.get(c + 1).tag().startsWith("VB"); // "reported there have been"
            // "his research that suggests ...": a relative clause's subject is the thing before it, not a speaker
            boolean relative = v > 0 && t.get(v - 1).text().matches("(?i)that|which");
            if (!that && !denial && !callFor && (Lexicon.WEAK_REPORTING.contains(verb) && !there
                    && (relative || !plainClause(t, c)) || !there && !startsClause(t, c))) {
                continue;
            }
            if (denial && !that && !t.get(c).tag().matches("DT|NN.*|PRP\\$|JJ.*|CD")) {
                continue; // "announced investigating itself" reports no statement
            }
            String speaker = speakerOf(s, v, spans);
            if (speaker == null) {
                continue;
            }
            int end = statementEnd(t, c);
            String content = ts.span(c, end);
            if (content.split("\\s+").length < 2 && !denial) {
                continue;
            }
            // "she said she believed ...": the speaker comes from a pronoun, resolved from other sentences
            boolean byPronoun = v > 0 && Lexicon.PRONOUNS.contains(t.get(v - 1).text().toLowerCase(Locale.ROOT))
                    || v + 1 < t.size() && Lexicon.PRONOUNS.contains(t.get(v + 1).text().toLowerCase(Locale.ROOT));
            quotes.add(new Quote(speaker, ts.span(Math.max(0, v - 1), v), content, false, false, verb,
                    Evidence.of(ts.sentence()), byPronoun));
            for (QuoteSpan q : spans) {
                if (q.start() > tok.end() && q.end() <= ts.sentence().end() && q.words(article.text()) < MIN_DIRECT_WORDS) {
                    quotes.add(new Quote(speaker, speaker, article.text().substring(q.start(), q.end()), true, true,
                            verb, Evidence.of(ts.sentence())));
                }
            }
            lastSpeaker = speaker;
            lastSpeakerParagraph = paragraph;
            return;
        }
    }

    /**
     * Where a reported statement from token c ends: at the sentence's end, or before a semicolon or ", and" (", but",
     * ", while") opening a clause of its own ("... should be opened up to farming, and his critics blame him"),
     * which says something else, often of someone else.
     */
    private static int statementEnd(List<Token> t, int c) {
        int end = t.size();
        for (int k = c + 3; k + 2 < t.size(); k++) {
            if (t.get(k).text().equals(";") || t.get(k).text().equals(",")
                    && t.get(k + 1).text().matches("and|but|while|whereas") && startsClause(t, k + 2)) {
                end = k;
                break;
            }
        }
        while (end > c && t.get(end - 1).text().matches("[.,;:!?]")) {
            end--;
        }
        return end;
    }

    /**
     * "A wildfire has forced 5,000 people to leave, officials said on Monday.": the statement comes first, then a
     * comma, the speaker and the verb, with at most a time phrase after it.
     */
    private boolean statementBefore(int s, int v, List<QuoteSpan> spans, int paragraph) {
        TaggedSentence ts = sentences.get(s);
        List<Token> t = ts.tokens();
        int comma = -1;
        for (int k = v - 1; k > 0 && v - k <= 8; k--) {
            if (t.get(k).text().equals(",")) {
                comma = k;
                break;
            }
        }
        if (comma < 4 || t.subList(0, comma).stream().anyMatch(x -> inside(spans, x) || isOpenQuote(x))) {
            return false;
        }
        String speaker = firstSubject(s, comma + 1, v);
        if (speaker == null) {
            return false;
        }
        String content = ts.span(0, comma);
        if (content.split("\\s+").length < 4) {
            return false;
        }
        quotes.add(new Quote(speaker, ts.span(comma + 1, v), content, false, false, t.get(v).text().toLowerCase(Locale.ROOT),
                Evidence.of(ts.sentence())));
        lastSpeaker = speaker;
        lastSpeakerParagraph = paragraph;
        return true;
    }

    /** "it "simply kicks the can..."", "a statement: "Many ..."": a long quotation within the first words. */
    private boolean opensWithQuote(List<Token> t, int c, List<QuoteSpan> spans) {
        for (int k = c; k < Math.min(t.size(), c + 4); k++) {
            if (isOpenQuote(t.get(k))) {
                for (QuoteSpan q : spans) {
                    if (q.start() == t.get(k).end() && q.words(article.text()) >= MIN_DIRECT_WORDS) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * "said at a press conference after the crash, “My heart ...”": a phrase of place or time after the verb, then
     * a comma and the quotation; the setting is no statement.
     */
    private boolean quoteAfterSetting(List<Token> t, int from, List<QuoteSpan> spans) {
        if (from >= t.size() || !t.get(from).tag().equals("IN") || t.get(from).is("that")) {
            return false;
        }
        for (int k = from + 1; k < Math.min(t.size() - 1, from + 14); k++) {
            if (t.get(k).text().matches("[,:]")) {
                return opensWithQuote(t, k + 1, spans);
            }
            if (t.get(k).tag().startsWith("VB") || t.get(k).is("that")) {
                return false;
            }
        }
        return false;
    }

    /** Whether tokens from c open a clause: a subject (name, pronoun, determiner, noun) and later a verb. */
    /**
     * "claims FSB sources have ...", "noted the plan would ...": a short noun phrase and its finite verb right after
     * a verb that reports only sometimes; "claims the lives of", "added two goals" have no verb of their own.
     */
    private static boolean plainClause(List<Token> t, int c) {
        int k = c;
        while (k < t.size() && k - c < 6 && t.get(k).tag().matches("DT|PDT|JJ.*|NN.*|PRP\\$?|CD|POS")) {
            k++;
        }
        return k > c && k < t.size() && t.get(k).tag().matches("VBD|VBZ|VBP|MD");
    }

    private static boolean startsClause(List<Token> t, int c) {
        String tag = t.get(c).tag();
        if (!(tag.startsWith("NN") || tag.startsWith("PRP") || tag.equals("DT") || tag.equals("EX")
                || tag.startsWith("JJ") || tag.equals("CD"))) {
            return false;
        }
        for (int k = c + 1; k < t.size(); k++) {
            if (t.get(k).tag().startsWith("VB") || t.get(k).tag().equals("MD")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Who "according to" names: a person among the names ("NASA administrator Jim Bridenstine"), the author after
     * "by" ("a tweet on Monday by Mike Pompeo"), a possessive body ("the Journal's sources"), or the noun phrase.
     */
    private String accordingSource(TaggedSentence ts, int v) {
        List<Token> t = ts.tokens();
        int s = sentences.indexOf(ts);
        int from = v + 2;
        int end = from;
        while (end < t.size() && !t.get(end).text().matches("[,.;:]")) {
            end++;
        }
        if (end == from) {
            return null;
        }
        String first = null;
        for (Mention m : entities.mentionsBySentence.get(s)) {
            if (m.from() >= from && m.to() <= end) {
                EntityFinder.Group g = entities.groupOf.get(m);
                if (g != null && g.type == Entity.Type.PERSON) {
                    return g.name;
                }
                if (first == null) {
                    first = m.to() < end && t.get(m.to()).plain().equals("'s") ? ts.span(from, end) : canonical(m);
                }
            }
        }
        if (first != null) {
            return first;
        }
        int np = from;
        while (np < end && !t.get(np).is("on") && !t.get(np).is("in")) {
            np++;
        }
        String source = ts.span(from, np).replaceFirst("^(?i:the)\\s+", "the ");
        EntityFinder.Group g = entities.byRole(source);
        return g != null ? g.name : source.isBlank() ? null : source;
    }

    /** "..., according to the Journal's sources." : the source speaks the rest of the sentence. */
    private void accordingTo(int s, int v, List<QuoteSpan> spans) {
        TaggedSentence ts = sentences.get(s);
        List<Token> t = ts.tokens();
        int from = v + 2;
        int end = from;
        while (end < t.size() && !t.get(end).text().matches("[,.;:]")) {
            end++;
        }
        String source = accordingSource(ts, v);
        if (end == from || source == null) {
            return;
        }
        boolean before = v > 0 && t.get(v - 1).text().equals(",") && v - 1 >= (t.size() - end);
        int cStart = before ? 0 : end;
        int cEnd = before ? v - 1 : t.size();
        if (cStart == end && cStart < t.size() && t.get(cStart).text().equals(",")) {
            cStart++;
        }
        while (cEnd > cStart && t.get(cEnd - 1).text().matches("[.,;:!?]")) {
            cEnd--;
        }
        if (cEnd - cStart < 3 || opensWithQuote(t, cStart, spans) || t.get(cStart).tag().startsWith("VB")
                || t.get(cStart).tag().equals("MD")) {
            return; // too short, or a direct quote that the quote pass has
        }
        quotes.add(new Quote(source, ts.span(from, end), ts.span(cStart, cEnd), false, false, "according to",
                Evidence.of(ts.sentence())));
    }
}
