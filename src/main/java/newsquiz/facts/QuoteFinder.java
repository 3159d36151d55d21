package newsquiz.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.Locale;
import java.util.Set;
import newsquiz.article.Article;
import newsquiz.article.Paragraph;
import newsquiz.article.Section;
import newsquiz.nlp.Token;

/**
 * Finds who said what: direct quotations (curly or straight marks, over several sentences, block quotes signed
 * "– Name", paragraphs that continue the previous speaker) and indirect speech with reporting verbs or "according
 * to". {@link Speakers} resolves who speaks to the entity's canonical name through names, surnames, roles ("the
 * president") and pronouns.
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
    private final Speakers speakers;

    QuoteFinder(Article article, List<TaggedSentence> sentences, EntityFinder entities) {
        this.article = article;
        this.sentences = sentences;
        this.entities = entities;
        this.speakers = new Speakers(sentences, entities, quotes);
    }

    /** A quotation's span in the article's text, inside the marks. */
    record QuoteSpan(int start, int end) {
        int words(String text) {
            String inner = text.substring(start, end).strip();
            return inner.isEmpty() ? 0 : inner.split("\\s+").length;
        }
    }

    List<Quote> find() {
        List<Paragraph> body = article.bodyParagraphs();
        String previousQuoteSpeaker = null;
        int previousQuoteParagraph = -10;
        for (int pi = 0; pi < body.size(); pi++) {
            Paragraph p = body.get(pi);
            List<Integer> sIdx = sentencesOf(p.index());
            List<QuoteSpan> spans = quoteSpans(article.text(), p.start(), p.end());
            speakers.readingParagraph(spans);
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
                if (speaker == null || addresses(article.text().substring(q.start(), q.end()), speaker)) {
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
                speakers.spoke(paragraphSpeaker, p.index());
            } else if (!spans.isEmpty() || p.index() > previousQuoteParagraph + 1) {
                previousQuoteSpeaker = null;
            }
        }
        quotes.sort((a, b) -> Integer.compare(a.evidence().spans().get(0)[0], b.evidence().spans().get(0)[0]));
        return quotes;
    }

    /**
     * The words call the speaker by name ("We love you Felix," cheered the control room): nobody says that to
     * himself, so the name found beside them is whom they were said to.
     */
    static boolean addresses(String words, String speaker) {
        for (String name : speaker.split("\\s+")) {
            // at the start or the end of the words, or after "you": "Felix, ...", "... , Felix", "we love you Felix"
            // (not "My father, George, taught me", a name between commas inside them)
            String n = Pattern.quote(name);
            if (name.length() >= 3 && Character.isUpperCase(name.charAt(0)) && Pattern.compile("^\\W*" + n + "\\s*,"
                    + "|(?:\\byou,?|,)\\s+" + n + "\\W*$|\\byou,?\\s+" + n + "\\s*,").matcher(words.strip()).find()) {
                return true;
            }
        }
        return false;
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

    static boolean inside(List<QuoteSpan> spans, Token t) {
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
        boolean unnamedOwnTeller = false;
        for (int s : sIdx) {
            TaggedSentence ts = sentences.get(s);
            List<Token> t = ts.tokens();
            boolean sameSentence = ts.sentence().start() <= q.end() && ts.sentence().end() >= q.start();
            for (int v = 0; v < t.size(); v++) {
                Token tok = t.get(v);
                if (inside(spans, tok)) {
                    continue;
                }
                if (tok.is("according") && v + 2 < t.size() && t.get(v + 1).is("to")) {
                    String source = speakers.accordingSource(ts, v);
                    int distance = tok.start() < q.start() ? q.start() - tok.end() : tok.start() - q.end();
                    if (source != null && sameSentence && distance < bestDistance) {
                        bestDistance = distance;
                        best = source;
                    }
                    continue;
                }
                boolean verb = Lexicon.isReportingVerb(tok.text()) && !tok.tag().equals("NN")
                        || attributionFrame(t, v) || memoryBeforeWords(t, v);
                boolean colon = tok.text().equals(":") && v + 1 < t.size() && isOpenQuote(t.get(v + 1));
                // "the novel, which the New York Times called "the steamiest book ..."": who named it so says it
                boolean naming = tok.text().matches("called|dubbed|labell?ed|branded|termed") && v + 1 < t.size()
                        && (isOpenQuote(t.get(v + 1)) || v + 2 < t.size() && t.get(v + 1).text().matches("it|him|her"
                        + "|them") && isOpenQuote(t.get(v + 2)));
                if (!verb && !colon && !naming) {
                    continue;
                }
                if (tok.start() > q.end() && clauseBetween(t, q.end(), v)) {
                    continue; // '"Stand united", while Manchester United have also told fans ...': another clause's verb
                }
                String author = verb ? speakers.documentAuthor(s, v) : null;
                String speaker = author != null ? author : colon ? speakers.firstSubject(s, 0, v) : naming
                        ? speakers.namerBefore(s, v) : speakers.speakerOf(s, v, spans);
                // "Part of the judge's statement reads": a share of a document is nobody; who wrote it is told
                // elsewhere, or the quotation goes unasked
                if (speaker == null || speaker.matches("(?i)(part|much|some|most|all|the rest|portions?|parts)")) {
                    // '"...," says a teenager standing with friends': the quotation's own teller, unnamed; it is
                    // lent no speaker from another sentence ('"Isolated," he replies' is someone else's turn)
                    unnamedOwnTeller |= verb && sameSentence && Math.abs(tok.start() - q.end()) <= 4 && v + 1 < t.size()
                            && t.get(v + 1).text().matches("(?i)a|an|one|another|some|several|many|other");
                    continue;
                }
                int distance = tok.start() < q.start() ? q.start() - tok.end() : tok.start() - q.end();
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
        return unnamedOwnTeller && bestDistance >= 10_000 ? null : best;
    }

    /** A new clause between a quotation's end and a verb after it: "while", "whereas", "but" or a semicolon. */
    private static boolean clauseBetween(List<Token> t, int quoteEnd, int v) {
        for (int k = 0; k < v; k++) {
            if (t.get(k).start() >= quoteEnd && t.get(k).text().matches("(?i)while|whereas|but|although|;")) {
                return true;
            }
        }
        return false;
    }

    private boolean opensSentence(QuoteSpan q) {
        for (TaggedSentence ts : sentences) {
            if (ts.sentence().start() <= q.start() && ts.sentence().end() >= q.start()) {
                return q.start() - ts.sentence().start() <= 1;
            }
        }
        return false;
    }

    /**
     * "“It was a great week,” she beams.": right after a closing mark, a pronoun or a name and then a verb that ends
     * the sentence ("she recalls thinking.") is the quotation's own attribution, whatever the verb ("beams",
     * "laughs", "shrugs"), so the quotation is never lent a speaker from another sentence of the paragraph.
     */
    private static boolean attributionFrame(List<Token> t, int v) {
        // "she recalls thinking.": a doing after the verb is still the attribution's
        int after = v + 1 < t.size() && t.get(v + 1).tag().equals("VBG") ? v + 2 : v + 1;
        if (!t.get(v).tag().matches("VBZ|VBD") || after < t.size() && !t.get(after).text().matches("[.!?,]")) {
            return false;
        }
        int k = v - 1;
        if (k >= 0 && t.get(k).text().matches("(?i)he|she|they")) {
            k--;
        } else {
            int names = 0;
            while (k >= 0 && t.get(k).tag().startsWith("NNP") && names < 3) {
                k--;
                names++;
            }
            if (names == 0) {
                return false;
            }
        }
        return k >= 0 && t.get(k).text().matches("[”\"’]");
    }

    /**
     * "Ada Lima recalls thinking “this is my chance”", "she remembers: “...”": a memory told in the quoted words right
     * after it. Not "she remembers the night the river burst its banks", a memory and no statement.
     */
    private static boolean memoryBeforeWords(List<Token> t, int v) {
        if (!t.get(v).text().matches("(?i)recalls|recalling|remembers|remembered")) {
            return false;
        }
        int k = v + 1;
        if (k < t.size() && t.get(k).tag().equals("VBG")) {
            k++; // "recalls thinking"
        }
        if (k < t.size() && t.get(k).text().matches("[:,]")) {
            k++;
        }
        return k < t.size() && isOpenQuote(t.get(k));
    }

    private static boolean isOpenQuote(Token t) {
        return t.text().equals("“") || t.text().equals("\"") || t.text().equals("‘");
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
            if (negated(t, v)) {
                continue; // "has not commented on the furore", "never said": no statement was made
            }
            if (verb.matches("called|dubbed|labell?ed|branded|termed") && v + 1 < t.size()
                    && !t.get(v + 1).text().matches("(?i)for|on|upon")) {
                continue; // "which the Times called "...": a name given, the quotation's own speaker (see attribution)
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
            // "said in an interview with Rolling Stone he was open to ...": the setting is not the statement
            if (c > v + 1 && t.get(c - 1).is("in") && c + 1 < t.size() && t.get(c).text().matches("(?i)an?|the|a")
                    && t.get(c + 1).text().matches("(?i)interview|statement|post|tweet|letter|speech|message|email"
                    + "|interviews|podcast|video|op-ed|column|filing")) {
                int k = c + 2;
                if (k < t.size() && t.get(k).text().matches("(?i)with|to|on|for")) {
                    k++;
                    while (k < t.size() && (t.get(k).isCapitalised() || t.get(k).tag().equals("DT"))) {
                        k++;
                    }
                    while (k < t.size() && t.get(k).text().equals(",")) {
                        k++;
                    }
                    if (k >= t.size() - 1 || !startsClause(t, k)) {
                        continue; // no statement follows its setting
                    }
                    c = k;
                }
            }
            // "said at a press conference yesterday morning the gun laws should be changed": the setting is not the
            // statement either
            c = afterSetting(t, v, c);
            final int after = v + 1;
            boolean nothingBefore = t.subList(0, v).stream().allMatch(x -> inside(spans, x)
                    || x.text().matches("[,.;:“”\"‘’]"));
            if (nothingBefore && (entities.mentionsBySentence.get(s).stream().anyMatch(m -> m.from() == after)
                    || after < t.size() && Lexicon.isTitle(t.get(after).text()))) {
                continue; // '..." said Dr. Ana Ferreira, who led ...': the speaker follows, no statement does
            }
            if (verb.matches("adds?|added|adding") && after < t.size() && t.get(after).is("to")) {
                continue; // "the study adds to evidence that ...": what is known grows, nobody says it
            }
            boolean that = c < t.size() && t.get(c).is("that");
            if (that) {
                c++;
            }
            if (!that && verb.matches("wrote|writes|write|written") && c < t.size()
                    && t.get(c).tag().matches("DT|CD|PRP\\$|JJ.*")) {
                continue; // "she also wrote the 2009 novel Obsession": a work written, nobody's statement
            }
            if (c >= t.size() - 1 || t.get(c).text().matches("[,.:“\"”]") || inside(spans, t.get(c))) {
                if (statementBefore(s, v, spans, paragraph)) {
                    return; // "..., officials said on Monday."
                }
                continue; // a direct quote follows, or nothing does
            }
            if (that == false) {
                for (int k = c; k < Math.min(t.size(), c + 15) && !t.get(k).tag().startsWith("VB"); k++) {
                    // "asked Trump about it that same day": a demonstrative, no clause follows
                    if (t.get(k).is("that") && !(k + 1 < t.size() && DEMONSTRATED.matcher(t.get(k + 1).text()).matches())) {
                        c = k + 1; // "said in a financial filing to the SEC that ..."
                        that = true;
                        break;
                    }
                }
            }
            if (opensWithQuote(t, c, spans) || quoteAfterSetting(t, v + 1, spans)) {
                continue; // the direct quote says it in the speaker's own words
            }
            if (!that && Speakers.afterQuotation(t, v)) {
                continue; // '"...," said his grandson, Ndaba Mandela, who ...': the quotation before is what was said
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
            if (denial && !that && !verb.startsWith("denie") && !finiteVerb(t, c, statementEnd(t, c))) {
                // "announced his resignation in a video": a thing announced, no statement a "who announced that"
                // question can hold
                continue;
            }
            // "Councillor Ana Lima's email said the vote should wait": the document's writer says it
            String author = speakers.documentAuthor(s, v);
            String speaker = author != null ? author : speakers.speakerOf(s, v, spans);
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
            speakers.spoke(speaker, paragraph);
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
        // "In his resignation speech, Rosselló said, "...": a setting, no clause of its own, is nothing said
        if (t.subList(0, comma).stream().noneMatch(x -> x.tag().matches("VBD|VBZ|VBP|MD"))) {
            return false;
        }
        String speaker = speakers.firstSubject(s, comma + 1, v);
        if (speaker == null) {
            return false;
        }
        String content = ts.span(0, comma);
        if (content.split("\\s+").length < 4) {
            return false;
        }
        quotes.add(new Quote(speaker, ts.span(comma + 1, v), content, false, false, t.get(v).text().toLowerCase(Locale.ROOT),
                Evidence.of(ts.sentence())));
        speakers.spoke(speaker, paragraph);
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

    /** A finite verb among tokens from..to: the words make a clause. */
    private static boolean finiteVerb(List<Token> t, int from, int to) {
        for (int k = from; k < Math.min(to, t.size()); k++) {
            if (t.get(k).tag().matches("VBD|VBZ|VBP|MD")) {
                return true;
            }
        }
        return false;
    }

    /** "has not commented", "did not say", "has never publicly said", "hasn't said": the verb is denied. */
    private static boolean negated(List<Token> t, int v) {
        for (int k = v - 1; k >= Math.max(0, v - 3); k--) {
            String w = t.get(k).text().toLowerCase(Locale.ROOT);
            boolean notOnly = k + 1 < t.size() && t.get(k + 1).is("only"); // "not only said ..., but"
            if ((w.equals("not") || w.equals("n't") || w.equals("never") || w.endsWith("n't")) && !notOnly) {
                return true;
            }
            // only adverbs and auxiliaries stand between the denial and its verb: "who were not evacuated said"
            // denies the evacuation, not the saying
            if (!t.get(k).tag().startsWith("RB") && !t.get(k).tag().equals("MD") && !AUXILIARY.contains(w)) {
                return false;
            }
        }
        return false;
    }

    /**
     * Where the statement starts after a setting the verb was said in ("at a press conference yesterday morning",
     * "during a rally on Friday"): the first token after the setting and its time words, when a clause starts there;
     * else {@code c} as it was.
     */
    private static int afterSetting(List<Token> t, int v, int c) {
        int k = v + 1;
        if (k >= t.size() || !t.get(k).text().matches("(?i)at|during|in|on")) {
            return c;
        }
        k++;
        if (k < t.size() && t.get(k).text().matches("(?i)an?|the|his|her|their|its|a")) {
            k++;
        }
        while (k < t.size() && t.get(k).tag().startsWith("JJ")) {
            k++; // "a brief press conference"
        }
        int noun = k;
        int setting = -1;
        while (k < t.size() && t.get(k).tag().startsWith("NN") && k - noun < 3) {
            setting = SETTING.matcher(t.get(k).text()).matches() ? k : setting;
            k++;
        }
        if (setting < 0) {
            return c;
        }
        k = setting + 1;
        while (k < t.size() && (SKIPPABLE_AFTER_VERB.contains(t.get(k).text().toLowerCase(Locale.ROOT))
                || Lexicon.WEEKDAYS.contains(t.get(k).text().toLowerCase(Locale.ROOT)) || t.get(k).text().equals(","))) {
            k++;
        }
        return k < t.size() - 1 && (t.get(k).is("that") || startsClause(t, k)) ? k : c;
    }

    /** Where words are said: "at a press conference", "during a rally", "in a briefing". */
    private static final Pattern SETTING = Pattern.compile("(?i)conference|briefing|rally|hearing|meeting|summit"
            + "|ceremony|event|debate|session|gathering|vigil|speech|address");
    private static final Set<String> AUXILIARY = Set.of("do", "does", "did", "has", "have", "had", "is", "was", "are",
            "were", "will", "would", "could", "can", "should", "may", "might", "must");
    /** "that same day", "that week": "that" pointing at a time, no clause after it. */
    private static final Pattern DEMONSTRATED = Pattern.compile("(?i)same|day|week|month|year|morning|afternoon"
            + "|evening|night");

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

    /** "..., according to the Journal's sources." : the source speaks the rest of the sentence. */
    private void accordingTo(int s, int v, List<QuoteSpan> spans) {
        TaggedSentence ts = sentences.get(s);
        List<Token> t = ts.tokens();
        int from = v + 2;
        int end = from;
        while (end < t.size() && !t.get(end).text().matches("[,.;:]")) {
            end++;
        }
        String source = speakers.accordingSource(ts, v);
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
