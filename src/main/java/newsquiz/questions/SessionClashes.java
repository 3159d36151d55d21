package newsquiz.questions;

import static newsquiz.questions.ToldElsewhere.reasonShown;
import static newsquiz.questions.ToldElsewhere.statementTold;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Whether questions of one session clash, and the cuts that keep them apart: a question showing another's answer
 * (a name, a number, a date, a why-question's reason, a statement's claim), a year a sum gives, a true/false
 * statement beside a question on its sentence. {@link BankOrder} asks it at every place of a session.
 */
final class SessionClashes {
    private final ArticleNames articleNames;
    private final WhoSaidForms whoSaidForms;
    private final Integer storyYear;
    /**
     * The answer a student must know (see {@link BankOrder}): the key, an amount with its bound, what a true/false
     * statement tests.
     */
    private final Function<Question, String> answers;
    /** Texts in comparable form, cached by the bank's order. */
    private final Function<String, String> normed;

    SessionClashes(ArticleNames articleNames, WhoSaidForms whoSaidForms, Integer storyYear,
                   Function<Question, String> answers, Function<String, String> normed) {
        this.articleNames = articleNames;
        this.whoSaidForms = whoSaidForms;
        this.storyYear = storyYear;
        this.answers = answers;
        this.normed = normed;
    }

    private String answerOf(Question q) {
        return answers.apply(q);
    }

    private String norm(String text) {
        return normed.apply(text);
    }

    /**
     * Within a session's places, a prompt that still shows another question's number, date or name (a short bank puts
     * every question there, those placed past the head too) leaves it out where its sentence allows: "The turnout was
     * about _____, some […] higher than last year" beside the question that asks the "25%".
     */
    void hideAnswersInSession(List<Question> out) {
        int places = Math.min(BankOrder.SESSION_HEAD, out.size());
        for (int i = 0; i < places; i++) {
            Question q = out.get(i);
            if (q.type().equals("true_false") || q.type().equals("matching") || q.type().equals("ordering")) {
                continue;
            }
            List<String> shown = new ArrayList<>();
            List<String> keys = new ArrayList<>();
            for (int j = 0; j < places; j++) {
                Question other = out.get(j);
                String theirs = answerOf(other);
                if (j != i && theirs != null && elidable(other) && !namedFreely(other, q)
                        && articleNames.showsAny(norm(q.prompt()), theirs)) {
                    shown.add(theirs);
                    // the bare key is left out, its bound kept: "about _____, some […] higher", not "_____, […]"
                    keys.add(other.answer() instanceof String key ? key : theirs);
                }
            }
            if (shown.isEmpty()) {
                continue;
            }
            String hidden = hide(q, keys, text -> shown.stream().anyMatch(a -> articleNames.showsAny(norm(text), a)));
            if (hidden == null && keys.size() > 1 && !q.kind().equals("quote")) {
                // what cannot all be hidden ("The […]'s 5 p.m. update had the storm 120 miles from _____, moving at 13
                // mph" still opens on the agency another question asks) is hidden as far as the sentence allows:
                // one answer shown rather than four
                String partly = q.prompt();
                for (String key : keys) {
                    String next = ClozeExcerpt.eliding(partly, List.of(key));
                    // two gaps at most: a sentence with three reads as a puzzle (teachers struck "too many gaps")
                    partly = next == null || ClozeExcerpt.gaps(next) > PARTLY_HIDDEN ? partly : next;
                }
                hidden = partly;
            }
            if (hidden != null && !hidden.equals(q.prompt())) {
                out.set(i, BankOrder.withId(q.withPrompt(hidden)));
            }
        }
        hideWordsBesideSpeakers(out, places);
    }

    /**
     * A prompt of the session's places that prints a speaker's words beside their name, when another question there
     * asks who said those words, is cut to the clauses that do not ("… Obama's response to the _____ Green
     * Revolution …" without "when the former president told reporters “...”"); the main actor too, whose name
     * alone every prompt may show.
     */
    private void hideWordsBesideSpeakers(List<Question> out, int places) {
        for (int i = 0; i < places; i++) {
            Question q = out.get(i);
            if (q.type().equals("true_false") || q.type().equals("matching") || q.type().equals("ordering")
                    || q.kind().equals("quote")) {
                continue;
            }
            for (int j = 0; j < places; j++) {
                Question whoSaid = out.get(j);
                String speaker = answerOf(whoSaid);
                if (j == i || !whoSaid.kind().equals("quote") || speaker == null
                        || !articleNames.showsAny(norm(q.prompt()), speaker)
                        || !whoSaidForms.tellsWords(q.prompt(), whoSaid)) {
                    continue;
                }
                String cut = ClozeExcerpt.avoiding(q.prompt(), namedBesideWords(whoSaid));
                if (cut != null && !cut.equals(q.prompt())) {
                    q = q.withPrompt(cut);
                    out.set(i, BankOrder.withId(q));
                }
            }
        }
    }

    /** The most gaps a prompt takes when it cannot hide every answer it shows. */
    private static final int PARTLY_HIDDEN = 2;

    /**
     * How many who-said questions of the session already have this one's speaker: a second quotation of one
     * speaker reads as the same passage asked again, and its answer is known from the first.
     */
    long spoken(Question q, List<Question> chosen) {
        if (!q.kind().equals("quote") || answerOf(q) == null) {
            return 0;
        }
        return chosen.stream().filter(o -> o.kind().equals("quote") && answerOf(o) != null
                && norm(answerOf(o)).equals(norm(answerOf(q)))).count();
    }

    /**
     * As {@link #spoken}, a name blanked whose answer is a speaker the session asks counting as a question on that
     * speaker too ("_____, a spokeswoman for the publisher, said ..." beside "Who said: “...”?", or "In 2013, _____
     * berated a fan" beside that singer's words on fans): teachers struck the second as the same fact or the same
     * person asked again.
     */
    long spokenOrNamed(Question q, List<Question> chosen) {
        boolean blank = nameBlank(q);
        if (!q.kind().equals("quote") && !blank || answerOf(q) == null) {
            return 0;
        }
        String speaker = norm(answerOf(q));
        return chosen.stream().filter(o -> (o.kind().equals("quote") || !blank && nameBlank(o)) && answerOf(o) != null
                && norm(answerOf(o)).equals(speaker)).count();
    }

    private static boolean nameBlank(Question q) {
        return q.kind().equals("entity") && q.type().equals("fill_blank");
    }

    /**
     * A true/false statement prints its whole sentence, so it shares that sentence with no other question of the
     * session (a quotation's statement excepted: it prints only the quoted words).
     */
    static boolean wholeSentenceClash(Question q, List<Question> chosen) {
        return chosen.stream().anyMatch(o -> (statesSentence(q) || statesSentence(o))
                && (o.evidence().stream().anyMatch(q.evidence()::contains) || printsStated(q, o) || printsStated(o, q)));
    }

    /** A cloze printing the stated sentence before its own ("… a teacher. He taught in _____.") tells it too. */
    private static boolean printsStated(Question stating, Question other) {
        if (!statesSentence(stating)) {
            return false;
        }
        String sentence = stating.evidence().get(0).strip().replaceAll("[.!?]+$", "");
        return sentence.length() > 20 && other.prompt().contains(sentence);
    }


    private static boolean statesSentence(Question q) {
        return q.type().equals("true_false") && !q.kind().equals("quote");
    }

    /** A question as it can join a session, with the questions already there that had to be cut for it. */
    record Fit(Question question, Map<Integer, Question> cuts) {
    }

    /**
     * The question as it can join the chosen ones without one answering another: a cloze cut to the clauses of
     * its sentence that hide their answers, and theirs cut to hide its own; null when no cut does.
     */
    Fit fit(Question asked, List<Question> placed, boolean eliding) {
        // a why-question's reason, told by a cloze of its sentence, is left out of the cloze as a number is ("… is
        // not in operation […]"): both keep their places
        Question reasonHidden = asked;
        Map<Integer, Question> reasonCuts = new java.util.HashMap<>();
        if (eliding) {
            for (Question o : placed) {
                String hidden = reasonShown(o, reasonHidden) ? reasonLeftOut(reasonHidden, o) : null;
                reasonHidden = hidden != null ? reasonHidden.withPrompt(hidden) : reasonHidden;
            }
            for (int i = 0; i < placed.size(); i++) {
                String hidden = reasonShown(reasonHidden, placed.get(i)) ? reasonLeftOut(placed.get(i), reasonHidden)
                        : null;
                if (hidden != null) {
                    reasonCuts.put(i, BankOrder.withId(placed.get(i).withPrompt(hidden)));
                }
            }
        }
        Question q = reasonHidden;
        List<Question> chosen = IntStream.range(0, placed.size()).mapToObj(i -> reasonCuts.getOrDefault(i,
                placed.get(i))).toList();
        if (chosen.stream().anyMatch(o -> reasonShown(q, o) || reasonShown(o, q)
                || claimShown(q, o) || claimShown(o, q) || statementTold(q, o) || statementTold(o, q)
                || offeredElsewhere(q, o) || offeredElsewhere(o, q))) {
            return null; // a reason or a claim is a clause: no cut hides it and keeps the other question whole
        }
        // a speaker asked with choices is not given away by a prompt naming them without their words
        List<java.util.function.Predicate<String>> theirs = chosen.stream()
                .filter(o -> answerOf(o) != null && !namedFreely(o, q) && !mainActorNamedOnly(o, q))
                .map(o -> showing(o, q)).toList();
        // the head asks the facts that need no words left out; a place it left takes one with a number, a date or
        // a name left out before one that shows another's answer
        List<String> leftOut = !eliding ? List.of() : chosen.stream().filter(this::elidable).map(this::answerOf)
                .filter(a -> a != null).toList();
        String prompt = hide(q, leftOut, text -> theirs.stream().anyMatch(shows -> shows.test(text)));
        Map<Integer, Question> cuts = new java.util.HashMap<>();
        if (prompt == null) {
            // no cut hides the speakers it names: those asked typed are asked with choices instead, and the words
            // they are asked about are cut from it ("Ana Lima of the _____, speaking to the BBC, said …")
            List<Integer> speakers = IntStream.range(0, chosen.size())
                    .filter(i -> !mainActorSpeaks(chosen.get(i)) && answerOf(chosen.get(i)) != null
                            && (WhoSaidForms.withChoices(chosen.get(i))
                            || whoSaidForms.withChoicesFor(chosen.get(i)) != null)).boxed().toList();
            List<java.util.function.Predicate<String>> rest = IntStream.range(0, chosen.size())
                    .filter(i -> !speakers.contains(i)).mapToObj(chosen::get)
                    .filter(o -> answerOf(o) != null && !mainActorNamedOnly(o, q)).map(o -> showing(o, q)).toList();
            prompt = speakers.isEmpty() ? null : hide(q, leftOut, text -> rest.stream()
                    .anyMatch(shows -> shows.test(text))
                    || speakers.stream().anyMatch(i -> whoSaidForms.tellsWords(text, chosen.get(i))
                    || sharesSentence(chosen.get(i), q) && showsQuoted(text)));
            if (prompt == null) {
                return null;
            }
            String shown = norm(prompt);
            for (int i : speakers) {
                if (!WhoSaidForms.withChoices(chosen.get(i)) && articleNames.showsAny(shown, answerOf(chosen.get(i)))) {
                    cuts.put(i, BankOrder.withId(whoSaidForms.withChoicesFor(chosen.get(i))));
                }
            }
        }
        Question fitted = prompt.equals(q.prompt()) ? q : q.withPrompt(prompt);
        String mine = answerOf(q);
        if (mine != null) {
            for (int i = 0; i < chosen.size(); i++) {
                Question o = cuts.getOrDefault(i, chosen.get(i));
                // the question's own answer and words, as the article has them, whatever cut of them it shows
                if (namedFreely(fitted, o) || mainActorNamedOnly(q, o)) {
                    continue;
                }
                String cut = hide(o, eliding && elidable(q) ? List.of(mine) : List.of(), showing(q, o));
                // with choices too, a prompt of the quotation's own sentence that shows some of it gives it away
                if (cut == null && whoSaidForms.withChoicesFor(fitted) != null
                        && !whoSaidForms.tellsWords(o.prompt(), fitted) && !quotesItsSentence(fitted, o)) {
                    // its speaker named by a prompt no cut can spare: asked with choices
                    fitted = whoSaidForms.withChoicesFor(fitted);
                    continue;
                }
                if (cut == null) {
                    return null;
                }
                if (!cut.equals(o.prompt())) {
                    cuts.put(i, BankOrder.withId(o.withPrompt(cut)));
                }
            }
        }
        if (spoken(fitted, chosen) > 0) {
            // a speaker asked twice: typed, the second reads as the first's answer again (teachers took 17 in 100
            // such, and 48 of the first), with choices half of the second and most of the first
            Question offered = whoSaidForms.withChoicesFor(fitted);
            fitted = offered != null ? offered : fitted;
            for (int i = 0; i < chosen.size(); i++) {
                Question o = cuts.getOrDefault(i, chosen.get(i));
                Question again = spoken(o, List.of(fitted)) > 0 ? whoSaidForms.withChoicesFor(o) : null;
                if (again != null) {
                    cuts.put(i, BankOrder.withId(again));
                }
            }
        }
        reasonCuts.forEach(cuts::putIfAbsent);
        return new Fit(fitted, cuts);
    }

    /** The cloze with the why-question's reason left out, when it still reads and no longer tells the reason. */
    private static String reasonLeftOut(Question cloze, Question why) {
        if (cloze.kind().equals("cause") || !(why.answer() instanceof String reason)) {
            return null;
        }
        String hidden = ClozeExcerpt.eliding(cloze.prompt(), List.of(reason.replaceFirst(
                "^(because|after|following|as|since|due to|for) ", "")));
        return hidden == null || reasonShown(why, cloze.withPrompt(hidden)) ? null : hidden;
    }

    /** A who-said question with choices, which another prompt may name the speaker of without telling the words. */
    private boolean namedFreely(Question whoSaid, Question other) {
        return !quotesItsSentence(whoSaid, other) && whoSaidForms.namedFreely(whoSaid, other.prompt());
    }

    /**
     * A question whose answer another cloze may leave out of its sentence: a number, a date, or a name (not the
     * story's main actor, whom every prompt may name).
     */
    private boolean elidable(Question q) {
        return BankOrder.once(q) || q.answer() instanceof String && !mainActorSpeaks(q)
                && (q.kind().equals("entity") || q.kind().equals("quote") || q.kind().equals("event"));
    }

    /**
     * The question's prompt showing nothing flagged: cut (see {@link #cut}), or else, for a cloze whose own clause
     * shows another question's number, date or name, with those left out ("… and […] Republicans", "fashion designer
     * _____ and Grateful Dead drummer […]"); null when neither hides it. A cut comes first: it reads as the article's
     * own words.
     */
    private static String hide(Question q, List<String> leftOut, java.util.function.Predicate<String> shows) {
        // a cloze given the sentence before its pronoun keeps it: words left out rather than the clause that says
        // whom "He was _____" means cut away
        if (ClozeExcerpt.toldBefore(q.prompt()) && !leftOut.isEmpty()) {
            String elided = ClozeExcerpt.eliding(q.prompt(), leftOut);
            if (elided != null && !shows.test(elided)) {
                return elided;
            }
        }
        String cut = cut(q, shows);
        if (cut != null || q.kind().equals("quote")) {
            return cut;
        }
        String elided = ClozeExcerpt.eliding(q.prompt(), leftOut);
        return elided == null ? null : ClozeExcerpt.avoiding(elided, shows);
    }

    /**
     * The question's prompt cut so that it shows nothing flagged: a cloze to the clauses around its blank, a who-said
     * question's quotation to a run of its words (a date or an amount in the quoted words is another question's).
     */
    private static String cut(Question q, java.util.function.Predicate<String> shows) {
        return q.kind().equals("quote") ? ClozeExcerpt.quotationAvoiding(q.prompt(), shows)
                : ClozeExcerpt.avoiding(q.prompt(), shows);
    }

    /**
     * The story's main actor named by another prompt without the words asked of them: every prompt may name the
     * actor; one that prints the actor's words beside the name ("House Speaker Paul Ryan said after the vote, noting
     * that ...", "Trump tweeted that money “went into ...”") answers who said them (teachers struck both).
     */
    private boolean mainActorNamedOnly(Question whoSaid, Question other) {
        return mainActorSpeaks(whoSaid) && !quotesItsSentence(whoSaid, other)
                && !whoSaidForms.tellsWords(other.prompt(), whoSaid);
    }

    /**
     * Another question on the sentence a who-said question's words come from, showing some of the quotation: naming
     * the speaker there tells who said them, whatever part of the quotation it shows ("… at the direction of the
     * Russians,” Pompeo said at a gala on _____" beside "Who said: “We literally had ...”?").
     */
    private static boolean quotesItsSentence(Question whoSaid, Question other) {
        return sharesSentence(whoSaid, other) && showsQuoted(other.prompt());
    }

    /** A question other than a who-said one on a sentence a who-said question's words come from. */
    private static boolean sharesSentence(Question whoSaid, Question other) {
        return whoSaid.kind().equals("quote") && other != whoSaid && !other.kind().equals("quote")
                && other.evidence().stream().anyMatch(whoSaid.evidence()::contains);
    }

    /**
     * A prompt, or a part of one, that shows some of a quotation's words: a quotation mark inside the excerpt of the
     * article it quotes.
     */
    private static boolean showsQuoted(String text) {
        // the marks a prompt's frame puts around its excerpt ("... from the article? “…”") are no quotation's
        Matcher framed = FRAMED.matcher(text);
        return (framed.matches() ? framed.group(1) : text).matches("(?s).*[\"“”].*");
    }

    /** A prompt's frame and the excerpt it quotes, or the frame alone (the part of a prompt before its excerpt). */
    private static final Pattern FRAMED = Pattern.compile("(?s)^[^“]*[:?]\\s*“(.*?)(”[?.]?)?$");

    /**
     * What a prompt must not show of a question placed beside it: its answer; of the main actor's words, the actor
     * named beside those words.
     */
    private java.util.function.Predicate<String> showing(Question o, Question asker) {
        String answer = answerOf(o);
        return mainActorSpeaks(o) && !quotesItsSentence(o, asker) ? namedBesideWords(o)
                : text -> articleNames.showsAny(norm(text), answer);
    }

    /** A text that names a who-said question's speaker and tells the words it asks about. */
    private java.util.function.Predicate<String> namedBesideWords(Question whoSaid) {
        String speaker = answerOf(whoSaid);
        return text -> articleNames.showsAny(norm(text), speaker) && whoSaidForms.tellsWords(text, whoSaid);
    }

    /**
     * Who said it, when it is the story's main actor: every prompt may name the actor without telling which words
     * are theirs. Any other question on the main actor ("Fill in: _____ announced ...") is given away by them.
     */
    private boolean mainActorSpeaks(Question q) {
        return q.kind().equals("quote") && answerOf(q) != null && articleNames.ubiquitous(answerOf(q));
    }

    /** One question of the session answering another: its answer in their prompt, or theirs in its prompt. */
    boolean answersAnother(Question q, List<Question> chosen) {
        String prompt = norm(q.prompt());
        for (Question other : chosen) {
            if (reasonShown(q, other) || reasonShown(other, q) || bySum(q, other) || bySum(other, q)
                    || claimShown(q, other) || claimShown(other, q) || statementTold(q, other)
                    || statementTold(other, q)) {
                return true;
            }
            if (q.answer() instanceof String a && !mainActorNamedOnly(q, other) && !namedFreely(q, other)
                    && articleNames.showsAny(norm(other.prompt()), a)
                    || other.answer() instanceof String b && !mainActorNamedOnly(other, q) && !namedFreely(other, q)
                    && articleNames.showsAny(prompt, b)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "What did Sheldon Yett say?" shows whole claims as its choices, and so the answers they hold ("... to exceed 90
     * percent" beside "... was to exceed _____"); and any other question on its sentence shows its key.
     */
    private boolean claimShown(Question statement, Question other) {
        if (!statement.kind().equals("statement") || other == statement) {
            return false;
        }
        if (other.evidence().stream().anyMatch(statement.evidence()::contains)) {
            return true;
        }
        String theirs = answerOf(other);
        return theirs != null && statement.choices() != null && articleNames.showsAny(norm(String.join(" | ",
                statement.choices())), theirs);
    }

    /**
     * A name to type from memory ("… talks hosted by _____") that another question offers among its choices
     * ("Norway's foreign ministry"): read there, it is no longer recalled. Judges struck 12 such in the last round.
     */
    private boolean offeredElsewhere(Question typed, Question other) {
        if (other == typed || other.choices() == null || typed.choices() != null || !typed.kind().equals("entity")
                || other.type().equals("true_false")) {
            return false;
        }
        String name = answerOf(typed);
        return name != null && other.choices().stream().anyMatch(c -> articleNames.showsAny(norm(c), name));
    }

    private final YearArithmetic.Terms sums = new YearArithmetic.Terms();

    /** How many placed questions make a sum with this one, either giving the other's year or span. */
    long summed(Question q, List<Question> chosen) {
        return chosen.stream().filter(o -> bySum(q, o) || bySum(o, q)).count();
    }

    /** A year or a span of years another prompt gives by a sum ("born in 1920" beside "died at the age of _____"). */
    private boolean bySum(Question q, Question other) {
        return (q.kind().equals("date") || q.kind().equals("quantity")) && !q.type().equals("true_false")
                && q.answer() instanceof String a && other != q
                && sums.gives(a, q.prompt(), other.prompt(), storyYear);
    }
}
