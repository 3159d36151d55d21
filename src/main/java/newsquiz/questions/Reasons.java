package newsquiz.questions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import newsquiz.facts.Cause;

/**
 * Wrong reasons for a why-question: stock reasons of the story's own field, in the form the answer takes. A visor
 * that fogged gets "the equipment was too old", not "the public had lost interest": teachers struck every generic
 * reason offered beside an accident, an illness or a race. The field is read from the words of the effect and its
 * cause; a story no field fits gets reasons of public affairs, where most news is. One the article's own words
 * touch ("a lightning strike" in a story about a storm) is never offered, since it might be true there.
 */
final class Reasons {
    private Reasons() {
    }

    /** The fields a why-question's story may belong to, each known by words of its effect and cause. */
    enum Field {
        // "damage" done, not "damages" a court awards ("suing a novelist for €50,000 in damages")
        ACCIDENT("explo|blast|collaps|fire\\b|fires\\b|blaze|crash|fog|leak|derail|sank|sink|flood|damag(?:e|ed|ing)\\b"
                + "|burn|broke|fail|malfunction|collision|collid|accident"
                + "|evacuat|rescue|rubble|storm|earthquake|fault"),
        HEALTH("health|ill\\b|illness|disease|treat|vaccin|patient|drug|hospital|virus|outbreak|infect|doctor|medic|death"
                + "|died|dies?\\b|mortality|clinic|care\\b|nurs"),
        CAREER("retir|resign|quit|stepp|fired|career|bands?\\b|perform|tours?\\b|touring|album|concert|left the|leave"
                + "|music|singer|songs?\\b|gigs?\\b|fans\\b"),
        // a record set, not a criminal record, a record low or the records a bank keeps; a match played, not
        // statements that "did not match the records"
        SPORT("(?<!criminal |police |medical |track |court )record\\b(?! (?:lows?|highs?|loss|losses|profits?|levels?"
                + "|numbers?|amounts?|heat|temperatures?|rain|rainfall|sales|demand|year))"
                + "|(?:world|national|course|olympic|championship) records\\b|race\\b|races\\b|marathon"
                + "|match(?:es)?\\b(?! (?:the|their|his|her|its|our|what|those|these|any)\\b)"
                + "|game|champion|tournament|medal|olympic|athlet|runner|coach|season"),
        LAW("court|judge|trial|ruling|sentenc|charged|charges|lawsuit|appeal|police|arrest|prosecut|jury|guilty|convict"
                + "|murder|crime|damages|sue|sued|sues|suing|libel|defamation|lawyer|attorney|lenien|fraud|embezzl"),
        SCIENCE("element|study|research|scien|discover|experiment|laborator|synthes|space|rocket|satellite|planet"
                + "|apps?\\b|phone|software|device|users|internet|online"),
        BUSINESS("shares?\\b|stocks?\\b|merger|acquisition|acquir|takeover|profit|sales\\b|revenue|investor"
                + "|markets?\\b|customers|shoppers|retail|stores?\\b|earnings|shareholder"),
        // whole words only, and after the other fields: "Snowden", "stormed the building", "cut its forecast"
        NATURE("(?:floods?|flooding|flooded|rain|rains|rainfall|rivers?|storms?|snow|snowfall|heatwaves?|heat"
                + "|droughts?|wildfires?|temperatures?|tides?|hurricane|typhoon|cyclone|landslides?|forecasters"
                + "|water level|dams?|hills)\\b"),
        PUBLIC("government|minister|parliament|vote|voters|election|law\\b|laws\\b|policy|council|congress"
                + "|president|party|budget|tax|sanction|protest|official|ordinance|mayor|senate");

        private final java.util.regex.Pattern cue;

        Field(String stems) {
            this.cue = java.util.regex.Pattern.compile("(?i)\\b(" + (stems.isEmpty() ? "(?!)" : stems) + ")");
        }

        /** Whether the text uses any field's words. */
        static boolean named(String text) {
            return java.util.Arrays.stream(values()).anyMatch(f -> f.cue.matcher(text).find());
        }

        /** The field whose words the text uses most (the first listed of equals); public affairs when none. */
        static Field of(String text) {
            Field best = PUBLIC;
            int most = 0;
            for (Field f : values()) {
                var m = f.cue.matcher(text);
                int n = 0;
                while (m.find()) {
                    n++;
                }
                if (n > most) {
                    most = n;
                    best = f;
                }
            }
            return best;
        }
    }

    /** Words of a building in the story, and the stock reasons that only a building's accident can have. */
    private static final java.util.regex.Pattern BUILDING = java.util.regex.Pattern.compile("(?i)\\b(building|house"
            + "|homes?|roof|tower|bridge|school|hospital|factory|plant|office|apartment|flats?|block|hall|church|station"
            + "|mall|stores?|hotel|restaurant|mine|tunnel|site|pipe|wiring|construction)\\b");
    private static final java.util.regex.Pattern BUILT = java.util.regex.Pattern.compile(
            "(?i)\\b(roof|pipe|wiring|construction|building|site)\\b");

    /** A field's stock reasons in each form a cause takes. */
    private record Stock(List<String> nounPhrases, List<String> past, List<String> present, List<String> purposes) {
    }

    private static final Map<Field, Stock> STOCK = Map.of(
            Field.NATURE, new Stock(
                    List.of("melting snow from the mountains", "an unusually high tide", "a dam upstream that was"
                            + " opened", "drains blocked with fallen leaves", "ground already frozen hard",
                            "a sudden change in the wind", "dry ground that could not soak up the rain",
                            "a dam upstream that was opened to save the reservoir"),
                    List.of("the ground had already frozen", "a dam upstream had been opened", "the drains had been"
                            + " blocked", "snow on the mountains had melted quickly", "the tide had been unusually high",
                            "the wind had changed direction", "a dam upstream had been opened to protect a reservoir",
                            "the ground had been too dry to soak up the first rain"),
                    List.of("the ground is already frozen", "more snow is melting in the mountains", "the drains are"
                            + " blocked", "the tide is unusually high", "a dam upstream is still being opened",
                            "the wind keeps changing direction", "the ground is too dry to soak up any more rain",
                            "a dam upstream is releasing water to protect its reservoir"),
                    List.of("to protect the reservoir", "to warn people downstream", "to keep the roads open",
                            "to move people to higher ground", "to measure how fast the ground was drying")),
            Field.ACCIDENT, new Stock(
                    List.of("an electrical fault", "a lightning strike", "a burst water pipe", "strong winds",
                            "a construction error", "worn-out parts", "a computer failure", "heavy snow on the roof", "a gas pipe damaged during repair work the week before", "a fault in the wiring that nobody had noticed",
                            "a sudden gust of wind at the worst moment", "a loss of power that nobody could explain"),
                    List.of("a power cable had been damaged", "the equipment was too old", "a worker had made a mistake",
                            "nobody had checked it for years", "a storm had cut the power", "a part had been fitted wrongly", "a gas pipe under the building had been damaged during repairs", "the workers had not followed the safety rules on the site", "the equipment had not been checked by inspectors for several years"),
                    List.of("the equipment is too old", "nobody checks it often enough", "a part keeps failing",
                            "the rules on safety are weak", "the power supply is unreliable", "the equipment has not been checked by inspectors for years", "the workers do not follow the safety rules on the site"),
                    List.of("to check for damage", "to clear the area", "to test the equipment", "to repair the damage",
                            "to find the cause")),
            Field.HEALTH, new Stock(
                    List.of("a shortage of vaccines", "side effects of the drug", "a lack of hospital beds",
                            "a new strain of the virus", "poor hygiene", "rumours spread online", "a doctors' strike", "serious side effects reported by several patients in the trial", "a shortage of trained nurses in the treatment centres"),
                    List.of("the drugs had run out", "patients had reported side effects", "the virus had spread to new"
                            + " areas", "doctors had gone on strike", "the funding had run out", "rumours had spread online", "several patients had suffered serious side effects from the drugs", "too few patients had agreed to take part in the study", "the clinics had run out of the medicine they needed"),
                    List.of("the treatment costs too much", "the clinics are too far away", "they do not trust the"
                            + " doctors", "the drugs are in short supply", "the waiting lists are too long", "the clinics are too far away from the villages where they live", "they cannot afford to pay for the treatment at the clinics", "they believe rumours that the treatment makes people ill"),
                    List.of("to cut the cost of treatment", "to test a new drug", "to train more nurses",
                            "to stop rumours spreading", "to free hospital beds")),
            Field.CAREER, new Stock(
                    List.of("a family illness", "a dispute over money", "a new job abroad", "an injury",
                            "a row with colleagues", "a scandal", "an offer from a rival", "a long dispute with the management over money", "an injury that kept him away for most of the year"),
                    List.of("a contract had ended", "a scandal had broken", "the family had moved abroad",
                            "a new job had been offered", "colleagues had lost trust", "a dispute over money had dragged on", "a better paid job had been offered by a rival company", "a long dispute with the management over money had not been settled"),
                    List.of("the contract has ended", "the family wants to move abroad", "the pay is too low",
                            "colleagues have lost trust", "a new job is waiting", "the pay is too low to support a family in the city", "a long dispute with the management over money is not settled"),
                    List.of("to spend more time with family", "to start a new business", "to study abroad",
                            "to write a book", "to settle a dispute over money")),
            Field.SPORT, new Stock(
                    List.of("a false start", "strong winds on the course", "a failed drug test", "an injury",
                            "a timing error", "a shortened course", "a disputed decision by the referee", "a timing error at the finish line of the race", "a course that was shorter than the official distance"),
                    List.of("the course was too short", "the timing system had failed", "a runner had been disqualified",
                            "the wind had been too strong", "a drug test had failed", "the result had been appealed", "a runner had been disqualified for leaving the marked course", "the timing system at the finish line had failed during the race"),
                    List.of("the course is too short", "the wind is too strong", "the rules on pacing are unclear",
                            "a drug test is still pending", "the timing system is unreliable", "the course is shorter than the distance the rules require", "the rules do not allow pacemakers to run in the race"),
                    List.of("to save energy for the final", "to avoid an injury", "to test a new tactic",
                            "to please the sponsors", "to qualify for the next round")),
            Field.LAW, new Stock(
                    List.of("a lack of evidence", "a procedural error", "a missing witness", "a new appeal",
                            "a mistrial", "a deal with prosecutors", "a change in the law", "evidence collected without a proper warrant from a judge", "a mistake in the way the jury had been chosen"),
                    List.of("a witness had changed his story", "the evidence had been lost", "the judge had fallen ill",
                            "the lawyers had asked for more time", "a juror had been dismissed", "new evidence had emerged", "the main witness had changed his story just before the hearing", "the police had collected the evidence without a proper warrant"),
                    List.of("the evidence is too weak", "a witness cannot be found", "the law is unclear",
                            "the lawyers need more time", "the case is under appeal", "the evidence against the accused is too weak to convict", "the law does not cover cases like this one"),
                    List.of("to gather more evidence", "to hear more witnesses", "to meet a legal deadline",
                            "to avoid a retrial", "to protect a witness")),
            Field.SCIENCE, new Stock(
                    List.of("a lack of funding", "errors in the data", "too few test subjects", "a shortage of"
                            + " materials", "a software fault", "a patent dispute", "a power failure in the laboratory", "errors in the data collected by the first team", "a lack of funding for the laboratories involved"),
                    List.of("the funding had run out", "the data had been lost", "the equipment had failed",
                            "a rival team had complained", "the results could not be repeated", "a patent had expired", "the results could not be repeated by other laboratories", "the funding had run out before the work was finished"),
                    List.of("the funding has run out", "the results cannot be repeated", "the equipment keeps failing",
                            "a patent blocks it", "too few people use it", "the results cannot yet be repeated by other laboratories", "the equipment needed is too expensive for most laboratories"),
                    List.of("to cut costs", "to win a patent", "to test new equipment", "to gather more data",
                            "to beat a rival team")),
            Field.BUSINESS, new Stock(
                    List.of("falling sales", "a price war", "rising costs", "a weak currency", "pressure from"
                            + " shareholders", "higher interest rates", "a shortage of staff", "a sharp fall in sales over the past year", "pressure from shareholders to cut the company's costs"),
                    List.of("sales had fallen", "a rival had cut its prices", "costs had risen sharply",
                            "shareholders had demanded it", "a bank had refused a loan", "the shares had lost value", "sales had fallen sharply over the previous three months", "a rival company had cut its prices across the market"),
                    List.of("sales are falling", "a rival is cutting its prices", "costs are rising",
                            "shareholders are demanding it", "the company needs cash", "sales are falling faster than the company had expected", "the company needs to raise cash to pay its debts"),
                    List.of("to cut costs", "to win more customers", "to raise money", "to please shareholders",
                            "to enter new markets")),
            Field.PUBLIC, new Stock(
                    List.of("a lack of money", "concerns about safety", "a legal challenge", "a shortage of staff",
                            "pressure from abroad", "public protests", "rising costs", "a change in the rules", "poor planning", "a disagreement between the two parties over the budget", "a court ruling against the government's plans"),
                    List.of("officials wanted to save money", "experts had warned of the risks", "costs had risen sharply",
                            "there was pressure from other countries", "too few people had taken part",
                            "the rules had changed a few weeks earlier", "earlier results had been disappointing",
                            "the budget had been cut", "a court had ordered it", "the two parties could not agree on how to pay for it", "a court had ruled that the old rules were against the law", "officials had warned that there was not enough money to pay for it"),
                    List.of("there is not enough money", "officials are worried about the costs",
                            "too few people want to take part", "the rules do not allow it",
                            "experts disagree about the risks", "there is pressure from other countries",
                            "the law requires it", "the budget has been cut", "voters have asked for it", "the two parties cannot agree on how to pay for it", "officials say there is not enough money in the budget", "a court has ruled that the rules break the law"),
                    List.of("to save money", "to avoid a legal challenge", "to win public support",
                            "to calm public fears", "to meet a legal deadline", "to protest against new taxes")));

    /**
     * Stock reasons of the field {@code context} belongs to (the effect; {@code story}, the headline and lead, when
     * the effect names none), in the cause's form and an
     * order fixed by the answer, none the article's words touch.
     */
    static List<String> of(Cause.Form form, String answer, String context, String story, Set<String> articleWords) {
        // the effect's words count twice: "retired ... because of his ill health" is a career story, not a medical
        // one; the headline and lead decide only when the effect and its reason name no field at all
        String own = context + " " + context + " " + answer;
        Field field = Field.named(own) ? Field.of(own) : Field.of(story);
        List<String> out = untouched(STOCK.get(field), form, answer, articleWords);
        if (!BUILDING.matcher(own + " " + story).find()) {
            // "heavy snow on the roof" beside a pilot who fell into the sea reads as a joke, not a reason
            out.removeIf(r -> BUILT.matcher(r).find());
        }
        if (out.size() < 3 && field != Field.PUBLIC) {
            // a story full of its field's own words (a merger story names sales, costs and shares) leaves too few
            // of the field's reasons: public affairs, where most news is, fills the rest
            out.addAll(untouched(STOCK.get(Field.PUBLIC), form, answer, articleWords));
        }
        return out;
    }

    /**
     * What a named person may die of: "Why did Lena Marsh die?" beside "a shortage of vaccines" or "rumours spread
     * online" (a health story's stock) reads as a joke; other illnesses and accidents are the plausible wrong answers.
     */
    private static final List<String> DEATHS = List.of("a heart attack", "a stroke", "lung cancer", "pneumonia",
            "kidney failure", "injuries from a fall at home", "injuries from a car crash", "liver disease",
            "a blood infection", "complications after heart surgery");

    /** Stock causes of a person's death, none the article's words touch, as long as the answer as near as can be. */
    static List<String> deaths(String answer, Set<String> articleWords) {
        return untouchedOf(DEATHS, answer, answer.split("\\s+").length, articleWords);
    }

    /** Deeds a prize or a blame might be for, told as doings so they fit any doer. */
    private static final List<String> PRAISED = List.of("for training a generation of young people in the field",
            "for raising money for children's charities", "for leading the team that built the first model",
            "for a lifetime of teaching", "for founding an institute abroad", "for writing a popular book about the field");
    private static final List<String> BLAMED = List.of("for ignoring the advice of experts",
            "for arriving late to the event", "for refusing to answer questions from reporters",
            "for comments made on social media", "for leaving the event early", "for a joke about the audience");
    private static final List<String> PUNISHED = List.of("for failing to pay a debt", "for stealing money from a charity",
            "for a robbery in another city", "for selling stolen goods", "for attacking a police officer",
            "for breaking the rules on spending");

    /**
     * Stock deeds for "Why did X win the prize?", "Why was X fined?" or "Why did X apologise?", by the effect's verb,
     * none the article's words touch.
     */
    static List<String> deeds(String verb, String answer, Set<String> articleWords) {
        List<String> bank = verb.matches("(?i)arrested|fined|jailed|convicted|sentenced|punished|charged") ? PUNISHED
                : verb.matches("(?i)won|awarded|honou?red|praised|thanked|rewarded|recogni[sz]ed|celebrated|applauded"
                + "|commended") ? PRAISED : BLAMED;
        return untouchedOf(bank, answer, answer.split("\\s+").length + 1, articleWords);
    }

    /**
     * Whether a stock reason names something the article names, in any form: "rising costs" beside "citing its cost"
     * is a second right answer, "a price war" beside "prices" a hint.
     */
    static boolean touches(String reason, Set<String> articleWords) {
        Set<String> stems = STEMS.computeIfAbsent(articleWords, words -> words.stream().filter(a -> a.length() > 3)
                .map(Reasons::stem).collect(java.util.stream.Collectors.toSet()));
        return Choices.words(reason).stream().anyMatch(w -> w.length() > 4 && (articleWords.contains(w)
                || stems.contains(stem(w))));
    }

    /** The stems of the last article's words: every why-question of an article asks with the same set. */
    private static final Map<Set<String>, Set<String>> STEMS = java.util.Collections.synchronizedMap(
            new java.util.WeakHashMap<>());

    /** A word without its plural or verb ending: "costs", "costing" and "costed" are "cost". */
    private static String stem(String word) {
        String w = word.toLowerCase(java.util.Locale.ROOT);
        if (w.endsWith("ies") && w.length() > 5) {
            return w.substring(0, w.length() - 3) + "y";
        }
        for (String ending : new String[] {"ing", "ed", "es", "s"}) {
            if (w.endsWith(ending) && w.length() - ending.length() >= 3 && !w.endsWith("ss")) {
                w = w.substring(0, w.length() - ending.length());
                break;
            }
        }
        // "price" and "prices" ("pric"), "rise" and "rising" ("ris")
        return w.endsWith("e") && w.length() > 3 ? w.substring(0, w.length() - 1) : w;
    }

    private static List<String> untouched(Stock stock, Cause.Form form, String answer, Set<String> articleWords) {
        List<String> bank = switch (form) {
            case NOUN_PHRASE -> stock.nounPhrases();
            case PURPOSE -> stock.purposes();
            case CLAUSE -> answer.matches("(?i).*\\b(is|are|do|does|don't|doesn't|has|have|can|will|'re)\\b.*")
                    ? stock.present() : stock.past();
        };
        // as long as the answer, as near as the stock allows: "the one long choice" gave the answer away every time
        // a reason from the article ran to a dozen words beside stock reasons of four
        return untouchedOf(bank, answer, answer.split("\\s+").length, articleWords);
    }

    /**
     * A stock's entries none the article's words touch, from a place fixed by the answer, those nearest the given
     * length in words first.
     */
    private static List<String> untouchedOf(List<String> bank, String answer, int length, Set<String> articleWords) {
        List<String> out = new ArrayList<>();
        int start = Math.floorMod(answer.hashCode(), bank.size());
        for (int i = 0; i < bank.size(); i++) {
            String entry = bank.get((start + i) % bank.size());
            if (!touches(entry, articleWords)) {
                out.add(entry);
            }
        }
        out.sort(java.util.Comparator.comparingInt(r -> Math.abs(r.split("\\s+").length - length)));
        return out;
    }
}
