package newsquiz.facts;

import static newsquiz.facts.QuoteFinder.inside;

import java.util.List;
import java.util.Locale;
import newsquiz.facts.QuoteFinder.QuoteSpan;
import newsquiz.nlp.Token;

/**
 * Who speaks a quotation: the subject of a reporting verb or the name after it, a passive's "by", a clause's
 * subject, a role ("the president"), a noun phrase ("analysts", "police in Tokyo"), an appositive ("Merkel's
 * spokesperson, Steffen Seibert"), the source "according to" names, and "he"/"she" resolved to the person
 * referred back to. Names resolve to the entity's canonical name. QuoteFinder tells it, as it reads, which
 * paragraph's quotations it is in and who last spoke.
 */
final class Speakers {
    private final List<TaggedSentence> sentences;
    private final EntityFinder entities;
    /** The quotes found so far, read only: "the foreign ministry" is a body already heard. */
    private final List<Quote> quotes;
    /** The last speaker of a direct or indirect quote, for "he said" and continuing paragraphs. */
    private String lastSpeaker;
    private int lastSpeakerParagraph = -10;
    /** The quotations of the paragraph being read: a name inside one is the speaker's word, not a speaker. */
    private List<QuoteSpan> paragraphSpans = List.of();

    Speakers(List<TaggedSentence> sentences, EntityFinder entities, List<Quote> quotes) {
        this.sentences = sentences;
        this.entities = entities;
        this.quotes = quotes;
    }

    /** The quotations of the paragraph now being read. */
    void readingParagraph(List<QuoteSpan> spans) {
        paragraphSpans = spans;
    }

    /** The speaker who last spoke, in the paragraph of that index. */
    void spoke(String speaker, int paragraph) {
        lastSpeaker = speaker;
        lastSpeakerParagraph = paragraph;
    }

    /** The speaker of the reporting verb at token v: its subject to the left, or the name right after it. */
    String speakerOf(int s, int v, List<QuoteSpan> spans) {
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
        // "Margaret Oyelaran, 81, whose daughter said she had eaten ...": the daughter speaks, whom the article
        // does not name here, never the one "whose" stands for
        for (int k = v - 1; k >= Math.max(0, v - 4) && t.get(k).tag().matches("NNS?|JJ.*|WP\\$|WDT|WP"); k--) {
            if (t.get(k).is("whose")) {
                return null;
            }
        }
        // "led by Mark Ilves, a marine ecologist at the university, who said ...": the one "who" stands for
        if (v >= 2 && t.get(v - 1).is("who")) {
            String antecedent = personBeforeWho(s, v - 1);
            if (antecedent != null) {
                return antecedent;
            }
        }
        int clauseStart = 0;
        for (int k = v - 1; k >= 0; k--) {
            if (inside(spans, t.get(k)) || t.get(k).text().matches("[“”\"‘]")) {
                int name = quotedName(t, k, spans);
                if (name >= 0) {
                    k = name; // 'Anna Lima of "Have no fear", a charity, told ...': a quoted name is part of the clause
                    continue;
                }
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
                        && personLike(g)) {
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
        // ", said Jean Lee" / "tweeted Johnson" / "wrote President Mnangagwa" / "said he"; never "told X", whose
        // name after the verb is the listener ("he told Guitar Player magazine")
        if (v + 1 < t.size() && !t.get(v).text().matches("(?i)told|tells?|telling")) {
            for (Mention m : entities.mentionsBySentence.get(s)) {
                if (m.from() == v + 1) {
                    return canonical(m);
                }
            }
            // only right after a quotation: "The minister said the new director, Ana Lima, would ..." is the
            // minister's statement about her
            String named = afterQuotation(t, v) ? roleThenName(s, v + 1) : null;
            if (named != null) {
                return named;
            }
            if (Lexicon.PRONOUNS.contains(t.get(v + 1).text().toLowerCase(Locale.ROOT))) {
                return pronoun(s, v + 1);
            }
        }
        return null;
    }

    /** A person's name, or a name shaped like one and typed nothing yet. */
    private static boolean personLike(EntityFinder.Group g) {
        return g != null && (g.type == Entity.Type.PERSON || g.type == Entity.Type.OTHER && g.personShaped());
    }

    /**
     * ', said his father, Tomas Berg,' / 'said the company's spokeswoman, Ana Lima': after the verb a role in lower
     * case (five words at most, no verb), a comma, and the person's name.
     */
    private String roleThenName(int s, int from) {
        List<Token> t = sentences.get(s).tokens();
        int k = from;
        while (k < t.size() && k - from < 6 && !t.get(k).text().equals(",")) {
            Token w = t.get(k);
            boolean roleWord = w.tag().matches("DT|PRP\\$|JJ.*|NNS?|POS") && !w.isCapitalised()
                    || w.tag().equals("NNP") && k + 1 < t.size() && t.get(k + 1).plain().equals("'s");
            if (!roleWord) {
                return null;
            }
            k++;
        }
        if (k == from || k >= t.size() || !t.get(k - 1).tag().matches("NNS?")) {
            return null;
        }
        for (Mention m : entities.mentionsBySentence.get(s)) {
            if (m.from() == k + 1 && personLike(entities.groupOf.get(m))) {
                return entities.groupOf.get(m).name;
            }
        }
        return null;
    }

    /** The verb follows a closing quotation mark, maybe after its comma: '"...," said'. */
    static boolean afterQuotation(List<Token> t, int v) {
        int k = v - 1;
        while (k >= 0 && t.get(k).text().equals(",")) {
            k--;
        }
        return k >= 0 && t.get(k).text().matches("[”\"’]");
    }

    /**
     * The person a relative "who" follows: the name just before its comma, or before an appositive set off by
     * commas ("Mark Ilves, a marine ecologist at the university, who"); none when a verb stands between.
     */
    private String personBeforeWho(int s, int who) {
        List<Token> t = sentences.get(s).tokens();
        if (who < 2 || !t.get(who - 1).text().equals(",")) {
            return null;
        }
        // the name right before ", who", unless a preposition governs it: "and Angela Merkel, who", but not "a
        // researcher at Ocean Watch, who"
        for (Mention m : entities.mentionsBySentence.get(s)) {
            if (m.to() == who - 1 && personLike(entities.groupOf.get(m))
                    && !(m.from() > 0 && t.get(m.from() - 1).tag().matches("IN|TO"))) {
                return entities.groupOf.get(m).name;
            }
        }
        // else the first name set off by its comma with only an appositive after it: "Mark Ilves" of "Mark Ilves, a
        // researcher at Ocean Watch, who", not "Ocean Watch" nor "Regents Professor" inside the appositive
        Mention first = null;
        for (Mention m : entities.mentionsBySentence.get(s)) {
            if (m.to() > who - 1 || !t.get(m.to()).text().equals(",") || !personLike(entities.groupOf.get(m))
                    || first != null && m.from() > first.from()) {
                continue;
            }
            List<Token> between = t.subList(m.to(), who - 1);
            boolean plain = between.size() <= 12 && between.stream().noneMatch(x -> x.tag().startsWith("VB")
                    || x.tag().equals("MD") || x.text().matches("[“”\";:]"));
            if (plain) {
                first = m;
            }
        }
        return first == null ? null : entities.groupOf.get(first).name;
    }

    /**
     * When token k closes a short quoted name (three words at most, capitalised: "Have no fear"), the index of its
     * opening mark; -1 otherwise.
     */
    private static int quotedName(List<Token> t, int k, List<QuoteSpan> spans) {
        if (!t.get(k).text().matches("[”\"’]")) {
            return -1;
        }
        int open = k - 1;
        while (open >= 0 && !t.get(open).text().matches("[“\"‘]")) {
            open--;
        }
        return open >= 0 && k - open - 1 >= 1 && k - open - 1 <= 3 && Character.isUpperCase(t.get(open + 1).text()
                .charAt(0)) ? open : -1;
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

    /**
     * Whose document speaks when its words are read out: "Part of the judge's statement reads", "The family's
     * statement on the death read:", "The club's letter says": the possessor before the document's noun within the
     * few words before the verb (a name, a role the article gave someone, or a group such as "the family"); null
     * when no document has a possessor there, or the verb at v is not one a document speaks with.
     */
    String documentAuthor(int s, int v) {
        TaggedSentence ts = sentences.get(s);
        List<Token> t = ts.tokens();
        if (!t.get(v).text().matches("(?i)reads?|says|said|states|stated")) {
            return null;
        }
        for (int k = v - 1; k >= 2 && v - k <= 6; k--) {
            if (!DOCUMENT.matcher(t.get(k).text()).matches() || !t.get(k - 1).plain().matches("['’]s?")) {
                continue;
            }
            // the document is the verb's subject: only a few plain words between ("on the death"), no name, comma
            // or quotation ("After reading the mayor's letter aloud, Councillor Hale said": Hale speaks)
            for (int x = k + 1; x < v; x++) {
                if (!t.get(x).text().matches("\\p{Ll}+") || inside(paragraphSpans, t.get(x))) {
                    return null;
                }
            }
            if (inside(paragraphSpans, t.get(k))) {
                return null;
            }
            int end = k - 1;
            int start = end;
            String author = null;
            for (Mention m : entities.mentionsBySentence.get(s)) {
                if (m.to() == end) {
                    start = m.from();
                    author = canonical(m);
                }
            }
            if (author == null) {
                while (start > 0 && t.get(start - 1).tag().matches("NNS?|JJ")) {
                    start--;
                }
                if (start == end || start == 0 || !t.get(start - 1).text().matches("(?i)the")) {
                    return null;
                }
                start--;
                String phrase = ts.span(start, end);
                EntityFinder.Group byRole = entities.byRole(phrase);
                String head = t.get(end - 1).text().toLowerCase(Locale.ROOT);
                author = byRole != null ? byRole.name : Lexicon.GROUP_SPEAKERS.contains(head)
                        && !DOCUMENT.matcher(head).matches() ? phrase.replaceFirst("^(?i:the)\\s+", "the ") : null;
            }
            // and it opens the sentence, maybe as a share of it ("Part of the judge's statement reads")
            for (int x = 0; x < start && author != null; x++) {
                if (!t.get(x).text().matches("(?i)part|much|some|most|all|portions?|parts|the|rest|of|[“”\"‘’(]")
                        && !Lexicon.isTitle(t.get(x).text())) {
                    return null;
                }
            }
            return author;
        }
        return null;
    }

    private static final java.util.regex.Pattern DOCUMENT = java.util.regex.Pattern.compile("(?i)statement|letter"
            + "|ruling|opinion|decision|judgment|judgement|report|post|tweet|message|note|email|e-mail|speech"
            + "|announcement|press release|filing|complaint|verdict|order");

    /** The person or body named right before token v ("which the New York Times called"), or null. */
    String namerBefore(int s, int v) {
        for (Mention m : entities.mentionsBySentence.get(s)) {
            EntityFinder.Group g = entities.groupOf.get(m);
            if (m.to() == v && g != null && (g.type == Entity.Type.PERSON || g.type == Entity.Type.ORGANIZATION
                    || g.type == Entity.Type.OTHER && g.personShaped())) {
                return canonical(m);
            }
        }
        return null;
    }

    /** The first name, pronoun or speaking noun phrase in tokens [from, to) of sentence s. */
    String firstSubject(int s, int from, int to) {
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
        // the person named right before the verb is its subject, whatever names and roles come before it
        // ("Longtime Imus in the Morning writer and performer Rob Bartlett tweeted")
        int head = to;
        // past adverbs and the verb itself when the clause ends at a colon ("Rob Bartlett tweeted: ...")
        while (head > from && (t.get(head - 1).tag().startsWith("RB") || t.get(head - 1).tag().matches("VB.*|MD"))) {
            head--;
        }
        for (Mention m : entities.mentionsBySentence.get(s)) {
            EntityFinder.Group g = entities.groupOf.get(m);
            if (m.to() == head && m.from() > from && personLike(g) && !governed(s, m) && !possessive(s, m)
                    && !t.get(m.from() - 1).text().matches("[,(]|and|or")) {
                return canonical(m);
            }
        }
        for (Mention m : entities.mentionsBySentence.get(s)) {
            if (m.from() >= from && m.to() <= to) {
                EntityFinder.Group typed = entities.groupOf.get(m);
                // "Speaking in the capital, Port Elwyn, late on Sunday, she said": a place set off by commas or
                // after a preposition is where, not who ("Barcelona said", "Brazil's federation said" still speak)
                boolean placeAside = typed != null && typed.type == Entity.Type.PLACE && m.from() > 0
                        && (t.get(m.from() - 1).text().matches("in|at|from|to|near|outside")
                        || t.get(m.from() - 1).text().equals(",") && m.to() < t.size() && t.get(m.to()).text().equals(",")
                        && m.title().isEmpty());
                if (!subjectBeforeVerb(t, m.from(), from) || placeAside) {
                    continue;
                }
                List<Mention> inClause = entities.mentionsBySentence.get(s).stream()
                        .filter(x -> x.from() >= m.to() && x.to() <= to).sorted((a, b) -> a.from() - b.from()).toList();
                if (!inClause.isEmpty()) {
                    Mention next = inClause.get(0);
                    String between = ts.span(m.to(), next.from());
                    // "Brookings Institution fellow Molly Reynolds": the person after a role noun speaks
                    // (and "Syracuse University pop culture professor Robert Thompson", whatever "pop" is tagged:
                    // lower-case words ending in a title)
                    if (!between.isEmpty() && between.matches("[a-z][a-z -]{1,40}") && (t.subList(m.to(), next.from())
                            .stream().allMatch(x -> x.tag().startsWith("NN") || x.tag().startsWith("JJ"))
                            || Lexicon.isTitle(between.substring(between.lastIndexOf(' ') + 1)))) {
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
        String body = np == null ? null : bodyReferredTo(s, to - np.split("\\s+").length, np);
        return body != null ? body : np != null ? np : leadingNounPhrase(ts, from, to);
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

    /**
     * A name after a preposition ("of", "with", "by"; not "after" or "when", which open a clause) or a verb, or
     * joined by "and" to one that is ("the school of Muddy Waters and Howlin' Wolf"): not whom "he" refers to.
     */
    private boolean governed(int s, Mention m) {
        List<Token> t = sentences.get(s).tokens();
        int k = m.from() - 1;
        while (k >= 0 && t.get(k).tag().matches("DT|JJ.*|PRP\\$|CD")) {
            k--;
        }
        if (k < 0) {
            return false;
        }
        if (t.get(k).text().matches("(?i)and|or|,")) {
            final int joint = k;
            return entities.mentionsBySentence.get(s).stream().filter(o -> o.to() == joint).findFirst()
                    .map(o -> governed(s, o)).orElse(false);
        }
        // the object of a verb too ("he told the Guitar Player magazine"), but not the speaker of an inverted
        // attribution ("said Jean Lee")
        boolean object = t.get(k).tag().startsWith("VB") && (!Lexicon.isReportingVerb(t.get(k).text())
                || t.get(k).text().matches("(?i)told|tells?"));
        // "According to Muyembe, ...": the source, whom a "he" after it means
        boolean source = t.get(k).is("to") && k > 0 && t.get(k - 1).is("according");
        return object || !source && (t.get(k).tag().equals("IN") || t.get(k).tag().equals("TO")) && !t.get(k).text()
                .matches("(?i)after|before|when|while|because|as|since|although|though|if|until|once|that");
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

    /**
     * "the company said", "the agency said": the body named last before it, in its sentence or the two before in
     * the paragraph, so that the words are asked of it ("Who said ...?" with "the company" for answer names
     * nobody). That body counts when its name holds the noun ("the agency": the Coastal Ferry Agency), or, for a
     * business only, when it opens the quoted words' sentence or opens one before and says something there
     * ("Brightwater, which ..., said it would appeal. '...', the company said."). Any other body named last (a
     * client, an outlet that "reported", a regulator) leaves the noun phrase as it is: a wrong speaker is worse
     * than none.
     */
    private String bodyReferredTo(int s, int before, String phrase) {
        java.util.regex.Matcher m = BODY_NOUN.matcher(phrase);
        if (!m.matches()) {
            return null;
        }
        String noun = m.group(1).toLowerCase(Locale.ROOT);
        int paragraph = sentences.get(s).sentence().paragraph();
        Mention latest = null;
        int at = -1;
        for (int k = s; k >= Math.max(0, s - 2) && sentences.get(k).sentence().paragraph() == paragraph && latest == null;
             k--) {
            for (Mention x : entities.mentionsBySentence.get(k)) {
                EntityFinder.Group g = entities.groupOf.get(x);
                if (g != null && g.type == Entity.Type.ORGANIZATION && (k != s || x.to() <= before)
                        && (latest == null || x.from() > latest.from())) {
                    latest = x;
                    at = k;
                }
            }
        }
        if (latest == null) {
            return null;
        }
        EntityFinder.Group body = entities.groupOf.get(latest);
        if (java.util.Arrays.stream(body.name.toLowerCase(Locale.ROOT).split("\\s+")).anyMatch(noun::equals)) {
            return body.name;
        }
        if (!COMMERCIAL.matcher(noun).matches() || PUBLIC_BODY.matcher(body.name).find()) {
            return null;
        }
        List<Token> t = sentences.get(at).tokens();
        int first = 0;
        while (first < t.size() && t.get(first).text().matches("[“”\"‘’(]|The|the")) {
            first++;
        }
        // "Carmaker Veltra Motors is recalling ...": a common noun may come before the name
        int opening = first < t.size() - 1 && t.get(first).tag().matches("NNP?|JJ") ? first + 1 : first;
        if (latest.from() != first && latest.from() != opening) {
            return null;
        }
        if (at != s && t.subList(latest.to(), t.size()).stream().noneMatch(x -> x.text().matches("said|says|announced"
                + "|stated|added|confirmed"))) {
            return null; // "Vantor shares fell 20 percent." says nothing: it is no antecedent for "the company said"
        }
        return body.name;
    }

    /** A business, which news calls back "the company" after naming it as a sentence's subject. */
    private static final java.util.regex.Pattern COMMERCIAL = java.util.regex.Pattern.compile("company|firm|carmaker"
            + "|airline|retailer|manufacturer|operator|utility|publisher|broadcaster|insurer|lender|supplier|developer"
            + "|producer|studio|label|bank");
    /** A public body's name: never "the company". */
    private static final java.util.regex.Pattern PUBLIC_BODY = java.util.regex.Pattern.compile("\\b(Ministry|Agency"
            + "|Council|Court|Government|Department|Commission|Police|Union|University|Party|Parliament|Senate|House"
            + "|Congress|Assembly|Office|Service|Authority|Board|Committee)\\b");

    /** A body's common noun after "the": what "the company said" refers back with. */
    private static final java.util.regex.Pattern BODY_NOUN = java.util.regex.Pattern.compile("(?i)the (company|firm"
            + "|carmaker|airline|agency|ministry|union|academy|council|club|bank|museum|university|hospital|commission"
            + "|authority|charity|retailer|manufacturer|operator|utility|regulator|department|board|institute"
            + "|foundation|association|federation|league|party|network|publisher|broadcaster|insurer|lender|supplier"
            + "|developer|producer|studio|label|school|college|court|tribunal|government|police|service)");

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
            // never a name a preposition governs: "the Chicago school of Muddy Waters ... but he was brought to
            // their attention" speaks of someone else
            if (m.to() <= at && personLike(g) && !possessive(s, m) && !inside(paragraphSpans, sentences.get(s).tokens()
                    .get(m.from())) && !governed(s, m)) {
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
                if (personLike(g) && !possessive(k, m) && !inside(paragraphSpans, sentences.get(k).tokens().get(m.from()))
                        && !governed(k, m)) {
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
        return lastSpeaker != null ? lastSpeaker : storysPerson();
    }

    /**
     * The person a story is about, named more often than anyone else and at least three times (an obituary's "he"
     * long after the name); null when no one stands out.
     */
    private String storysPerson() {
        EntityFinder.Group best = null;
        int second = 0;
        for (EntityFinder.Group g : entities.groups) {
            if (!personLike(g)) {
                continue;
            }
            if (best == null || g.mentions.size() > best.mentions.size()) {
                second = best == null ? 0 : best.mentions.size();
                best = g;
            } else {
                second = Math.max(second, g.mentions.size());
            }
        }
        return best != null && best.mentions.size() >= 3 && best.mentions.size() > 2 * second ? best.name : null;
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

    private static final java.util.regex.Pattern PUBLISHED_IN = java.util.regex.Pattern.compile(
            "(?i)\\bpublished\\b(?:\\s+\\S+){0,4}?\\s+in\\b|\\bjournal\\s*$");

    /**
     * Who "according to" names: a person among the names ("NASA administrator Jim Bridenstine"), the author after
     * "by" ("a tweet on Monday by Mike Pompeo"), a possessive body ("the Journal's sources"), or the noun phrase.
     */
    String accordingSource(TaggedSentence ts, int v) {
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
            // "according to a study published in the journal Animal Behaviour": the journal carried the study's
            // words, it did not say them
            if (m.from() >= from && m.to() <= end && !PUBLISHED_IN.matcher(ts.span(from, m.from())).find()) {
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
        while (np < end && !t.get(np).is("on") && !t.get(np).is("in") && !t.get(np).is("published")) {
            np++;
        }
        String source = ts.span(from, np).replaceFirst("^(?i:the)\\s+", "the ");
        EntityFinder.Group g = entities.byRole(source);
        return g != null ? g.name : source.isBlank() ? null : source;
    }
}
