package newsquiz.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import newsquiz.article.ArticleParser;
import org.junit.jupiter.api.Test;

/** One test per extraction rule, on small made-up articles. */
class ExtractorRulesTest {
    private static final FactExtractor EXTRACTOR = new FactExtractor();

    private static Facts facts(String body) {
        return EXTRACTOR.extract(ArticleParser.parse("t", "Headline\n\nWednesday, March 13, 2024\n\n" + body, Set.of()));
    }

    private static Entity entity(Facts f, String name) {
        return f.entities().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow(
                () -> new AssertionError("no entity " + name + " in " + f.entities()));
    }

    @Test
    void aBusinessNamedForItsTradeIsABodyUnderItsShortNameToo() {
        // the short name first ("Greenleaf's shares jumped"), the whole name after: one body, named in full
        Facts f = facts("Shares in Greenleaf jumped on Wednesday.\n\n"
                + "Harbor Foods, the country's second-largest grocery chain, said it had agreed to buy its rival"
                + " Greenleaf Markets for $2.3 billion.\n\nHarbor's shares fell 3 percent.\n");
        Entity harbor = entity(f, "Harbor Foods");
        assertThat(harbor.type()).isEqualTo(Entity.Type.ORGANIZATION);
        assertThat(harbor.aliases()).contains("Harbor");
        assertThat(entity(f, "Greenleaf Markets").aliases()).contains("Greenleaf");
        assertThat(f.entities()).extracting(Entity::name).doesNotContain("Greenleaf", "Harbor");
        // an airline by its first word: "Norsk Air" is "Norsk" too, a body, and the main actor under both names
        Facts air = facts("Sweden on Monday banned the airline Norsk Air from its airports.\n\nNorsk has been under"
                + " sanctions since 2015.\n\nNorsk flew 40 flights a week to Stockholm.\n");
        Entity norsk = entity(air, "Norsk Air");
        assertThat(norsk.type()).isEqualTo(Entity.Type.ORGANIZATION);
        assertThat(norsk.aliases()).contains("Norsk");
        assertThat(air.entities()).extracting(Entity::name).doesNotContain("Norsk");
    }

    @Test
    void aNameWithTwoSurnamesIsShortenedToTheFirst() {
        // "Governor Ortiz" is "Carmen Ortiz Lugo": one person, never offered beside herself among the choices
        Facts f = facts("Secretary of Justice Carmen Ortiz Lugo was sworn in as governor on Wednesday. Governor Ortiz"
                + " said she would serve until the election. Senator Pablo Ruiz said the vote was unlawful.\n");
        assertThat(entity(f, "Carmen Ortiz Lugo").aliases()).contains("Ortiz");
        assertThat(f.entities()).extracting(Entity::name).doesNotContain("Ortiz");
        // a word that ends another person's name is that person's; a place keeps its words
        Facts two = facts("Retired Justice John Paul Stevens died on Tuesday. Senator Rand Paul praised him. Paul said"
                + " the court had lost a giant. Visitors to Nelson Mandela Bay gathered to honour Mandela.\n");
        assertThat(entity(two, "Rand Paul").aliases()).contains("Paul");
        assertThat(entity(two, "John Paul Stevens").aliases()).doesNotContain("Paul");
    }

    @Test
    void thePlaceABodyIsNamedAfterIsNotTheBody() {
        Facts f = facts("The Supreme Court of Puerto Rico ruled on Wednesday that the oath was void. The Puerto Rico"
                + " Senate met on Monday. Puerto Rico is currently a territory of the United States. Steven Wolf at"
                + " Saint Francis Hospital said twelve were hurt. Wolf said Saint Francis had called in extra staff.\n");
        assertThat(entity(f, "Supreme Court of Puerto Rico").aliases()).doesNotContain("Puerto Rico");
        assertThat(entity(f, "Puerto Rico Senate").aliases()).doesNotContain("Puerto Rico");
        // a hospital's short name is still the hospital
        assertThat(f.entities()).extracting(Entity::name).doesNotContain("Saint Francis");
        // the place named first, the body after it; a state under its formal name is the state
        Facts placeFirst = facts("Puerto Rico has a new governor. The Supreme Court of Puerto Rico ruled on"
                + " Wednesday. Essex Police said the road was closed. Essex is a county. The Kingdom of Saudi Arabia"
                + " said it would help. Saudi Arabia sent aid.\n");
        assertThat(placeFirst.entities()).extracting(Entity::name).contains("Supreme Court of Puerto Rico");
        assertThat(entity(placeFirst, "Essex Police").aliases()).doesNotContain("Essex");
        assertThat(placeFirst.entities().stream().filter(e -> e.name().contains("Saudi Arabia")).count()).isEqualTo(1);
        // a department is still its short name: "the Treasury" is the Treasury Department
        Facts treasury = facts("The Treasury Department said the sanctions would stay. The Treasury said it would"
                + " review them in May.\n");
        assertThat(treasury.entities()).extracting(Entity::name).doesNotContain("Treasury");
    }

    @Test
    void aPluralsApostropheInsideABodysNameKeepsTheNameWhole() {
        // "Residents' Association" was cut into "Eastgate Residents" and "Association": a truncated speaker
        Facts f = facts("The Eastgate Residents' Association said it would not appeal. The developer, Harbourline"
                + " Properties, will pay for a new school.\n");
        assertThat(entity(f, "Eastgate Residents' Association").type()).isEqualTo(Entity.Type.ORGANIZATION);
        assertThat(f.quotes()).extracting(q -> q.speaker()).contains("Eastgate Residents' Association");
        // a developer named for its trade is a body, whatever its appositive says
        assertThat(entity(f, "Harbourline Properties").type()).isEqualTo(Entity.Type.ORGANIZATION);
        // "Friends of ..." a body is a group's whole name; the friends of a person are no body
        Facts friends = facts("The case was brought by the Friends of Millbrook Libraries, a volunteer group. Friends of"
                + " Tom Reid said he loved the sea.\n");
        assertThat(entity(friends, "Friends of Millbrook Libraries").type()).isEqualTo(Entity.Type.ORGANIZATION);
        assertThat(entity(friends, "Tom Reid").type()).isEqualTo(Entity.Type.PERSON);
        // a place's possessive stays the place's: "Texas' Department of Public Safety"
        Facts texas = facts("Texas' Department of Public Safety said the road was closed.\n");
        assertThat(texas.entities()).extracting(Entity::name).contains("Texas");
    }

    @Test
    void splitsTitlesFromNamesAndGroupsSurnames() {
        Facts f = facts("Secretary of State Anna Kovacs met Prime Minister Lars Berg in Oslo.\n\n"
                + "Kovacs later flew home. Berg stayed.\n");
        Entity kovacs = entity(f, "Anna Kovacs");
        assertThat(kovacs.type()).isEqualTo(Entity.Type.PERSON);
        assertThat(kovacs.roles()).contains("Secretary of State");
        assertThat(kovacs.aliases()).contains("Kovacs");
        assertThat(entity(f, "Lars Berg").roles()).contains("Prime Minister");
        assertThat(entity(f, "Oslo").type()).isEqualTo(Entity.Type.PLACE);
        // a trade before a name is a title too ("Jeweller Tom Pritchard said"), but not a trade that is a common
        // surname ("Ginger Baker said")
        Facts trades = facts("Jeweller Tom Pritchard said he had spent a lot on shutters. Ginger Baker said it was"
                + " loud.\n");
        assertThat(trades.quotes()).extracting(q -> q.speaker()).containsExactly("Tom Pritchard", "Ginger Baker");
    }

    @Test
    void bracketedAcronymsAndAppositivesBecomeAliasesAndRoles() {
        Facts f = facts("The Federal Transport Authority (FTA) fined Veltro, a Dutch freight company, on Monday.\n\n"
                + "The FTA said the fine was fair.\n");
        assertThat(entity(f, "Federal Transport Authority").aliases()).contains("FTA");
        assertThat(entity(f, "Veltro").roles()).contains("a Dutch freight company");
    }

    @Test
    void aNameSpelledOutBesideItsAcronymIsOneNameAcrossSmallWords() {
        Facts f = facts("The Council of Rivers and Coastal Waters (CRCW) approved the dam on Monday.\n\n"
                + "Farmers who joined CRFA (Crop Relief and Farm Aid) were paid first. The CRCW said the dam was safe."
                + " CRFA pays for seed.\n");
        Entity council = entity(f, "Council of Rivers and Coastal Waters");
        assertThat(council.aliases()).contains("CRCW");
        assertThat(entity(f, "Crop Relief and Farm Aid").aliases()).contains("CRFA");
        assertThat(f.entities()).extracting(Entity::name).doesNotContain("Coastal Waters", "Farm Aid");
    }

    @Test
    void aSiteIsNamedByItsWholeAddress() {
        Facts f = facts("The news site Valleyview.com reported the dam had cracked. Valleyview.com said it had photos.\n\n"
                + "Shoppers bought the parts from Partsworld.co.uk on Monday.\n");
        assertThat(entity(f, "Valleyview.com").mentions()).isEqualTo(2);
        assertThat(f.entities()).extracting(Entity::name).contains("Partsworld.co.uk").doesNotContain("Valleyview");
    }

    @Test
    void aWordCapitalisedOnlyToOpenItsSentenceIsNoName() {
        Facts f = facts("Doctors say rest matters more than ever. Rest, she says, is the best medicine. "
                + "Unsurprisingly, the army studies it too.\n\n"
                + "Shop owner Mark Price spoke on Monday. Price said the price of bread will rise.\n");
        assertThat(f.entities()).extracting(Entity::name).doesNotContain("Rest", "Unsurprisingly");
        // a word of a longer name stays a name, though the article also writes it in lower case
        assertThat(entity(f, "Mark Price").mentions()).isEqualTo(2);
    }

    @Test
    void aNameWhereSomeoneIsHeldOrFoundIsAPlace() {
        // no gazetteer names these towns: "a court in", "was arrested in" say they are places
        Facts f = facts("Farid Osman was sentenced to ten years by a court in Talwandi on Friday. His cousin was"
                + " arrested in Korbel a week later.\n");
        assertThat(entity(f, "Talwandi").type()).isEqualTo(Entity.Type.PLACE);
        assertThat(entity(f, "Korbel").type()).isEqualTo(Entity.Type.PLACE);
        // not a possessive's owner, nor a person who speaks elsewhere
        Facts g = facts("The deal was struck at a meeting in Ivan Petrov's office. Ivan Petrov said it was fair.\n");
        assertThat(entity(g, "Ivan Petrov").type()).isEqualTo(Entity.Type.PERSON);
        // a time zone names no body
        assertThat(facts("The first attack was at about 13:40 local time (0040 UTC) in Talwandi.\n").entities())
                .extracting(Entity::name).doesNotContain("UTC");
    }

    @Test
    void aFirstNameAloneAfterTheWholeNameIsThatPerson() {
        // an article that calls its subject by his first name: one person, typed by "aged 28"; "Pokemon" before
        // the panel "Pokemon Biology" and "Kim" with two Kims stay apart
        Facts f = facts("An Australian, Brenton Walsh, aged 28, appeared in court yesterday. Brenton stayed in a"
                + " police station overnight.\n\nFans love Pokemon. A panel, Pokemon Biology, was full. Kim Jong Un and"
                + " Kim Yong Chol met. Kim said it went well.\n");
        Entity brenton = entity(f, "Brenton Walsh");
        assertThat(brenton.type()).isEqualTo(Entity.Type.PERSON);
        assertThat(brenton.aliases()).contains("Brenton");
        assertThat(brenton.mentions()).isEqualTo(2);
        assertThat(f.entities()).extracting(Entity::name).contains("Pokemon", "Kim");
    }

    @Test
    void aNameListedBesideAPersonIsAPerson() {
        // "Michel Dufour" has no title, no "said" and no surname used alone: the pair's other half is a person
        Facts f = facts("The prize was shared between Paolo Brandt and the duo of Ana Lindqvist and Michel Dufour.\n\n"
                + "Lindqvist said she was surprised. Greta Larsen, Green Rising and Tom Berg led the march. Larsen"
                + " said it was peaceful.\n");
        assertThat(entity(f, "Michel Dufour").type()).isEqualTo(Entity.Type.PERSON);
        // a comma's list joins people to bodies as often as not
        assertThat(entity(f, "Green Rising").type()).isNotEqualTo(Entity.Type.PERSON);
    }

    @Test
    void anAcademyOrAMuseumIsABodyWithAllOfItsName() {
        Facts f = facts("The Royal Danish Academy of Letters announced the winner in Copenhagen. The storm formed"
                + " over the Bahamas and later reached the National Museum of Flight.\n");
        assertThat(entity(f, "Royal Danish Academy of Letters").type()).isEqualTo(Entity.Type.ORGANIZATION);
        assertThat(entity(f, "National Museum of Flight").type()).isEqualTo(Entity.Type.ORGANIZATION);
        assertThat(entity(f, "Bahamas").type()).isEqualTo(Entity.Type.PLACE);
    }

    @Test
    void aPossessiveAfterAPrepositionIsNoRoleOfTheNameAfterIt() {
        // "Since Nour's death, Egypt's laws ...": Egypt is not "Nour's death"
        Facts f = facts("Since Nour's death, Egypt's laws have changed. Mahan's director, Hamid Arabnejad, declined"
                + " to comment.\n");
        assertThat(entity(f, "Egypt").roles()).isEmpty();
        assertThat(entity(f, "Hamid Arabnejad").roles()).contains("Mahan's director");
    }

    @Test
    void aWordWithinATitleStillOpensItsSentenceAsTheCommonWord() {
        // "Rest" ends no longer name: the book's title does not make the sentence's first word a name
        Facts f = facts("Doctors say rest matters more than ever, and Ana Lima's book The Rest Revolution sold well. "
                + "Rest may help, but it is slow.\n");
        assertThat(f.entities()).extracting(Entity::name).doesNotContain("Rest");
        // the first word of a body's name is its short name, though the article writes the word in lower case
        Facts g = facts("Amnesty International criticised the law. Amnesty said the amnesty for officers was unjust.\n");
        assertThat(g.quotes()).extracting(Quote::speaker).isNotEmpty();
    }

    @Test
    void everyUsStateIsAPlaceThoseOfTwoWordsToo() {
        Facts f = facts("The balloon rose above the deserts of New Mexico before it drifted toward Texas.\n\n"
                + "Rhode Island and West Virginia passed similar laws last year.\n");
        assertThat(f.entities()).filteredOn(e -> e.type() == Entity.Type.PLACE).extracting(Entity::name)
                .contains("New Mexico", "Rhode Island", "West Virginia", "Texas");
    }

    @Test
    void connectorsJoinOnlyOrganisationNames() {
        Facts f = facts("Critics blamed Brazil for Gomez's refusal, said the Department of Justice.\n");
        assertThat(f.entities()).extracting(Entity::name).contains("Brazil", "Gomez", "Department of Justice")
                .doesNotContain("Brazil for Gomez");
    }

    @Test
    void whomAPossessivesNounNamesBetweenCommasSpeaks() {
        Facts f = facts("Lima and Berg's mother, Rosa, wept in court and said she believed he was innocent.\n");
        assertThat(f.quotes()).extracting(Quote::speaker).containsExactly("Rosa");
    }

    @Test
    void aPronounMeansAPersonShapedNameBeforeItInItsSentence() {
        Facts f = facts("Guests included actors Dan Vogel and Ron Perle.\n\n"
                + "Jon Rhys-Dale broke news when he revealed that a reboot of the show is being considered.\n");
        assertThat(f.quotes()).extracting(Quote::speaker).containsExactly("Jon Rhys-Dale");
    }

    @Test
    void byDoingTheClausesSubjectSpeaksNotTheObjectBeforeIt() {
        Facts f = facts("In August, the parents tried to have Omar Sidi released by saying they forgave him.\n\n"
                + "Mayor Ana Lima ended the strike by saying the city would pay.\n");
        assertThat(f.quotes()).extracting(Quote::speaker).doesNotContain("Omar Sidi").contains("Ana Lima");
    }

    @Test
    void aPronounOpeningTheSentenceBeforeReachesFurtherBack() {
        Facts f = facts("Another actor, Lara Quint, named two dream roles.\n\n"
                + "Lara Quint auditioned years later. She was cast when a studio dubbed the Star Harbour series. "
                + "When she heard, she said: “I swear to you, I was speechless.”\n");
        assertThat(f.quotes()).filteredOn(q -> q.text().contains("speechless")).extracting(Quote::speaker)
                .containsExactly("Lara Quint");
    }

    @Test
    void anArabicSurnamesParticleBelongsToTheName() {
        Facts f = facts("Syrian President Bashar al-Assad met the envoy on Monday. Assad said the talks were useful.\n");
        assertThat(f.entities()).extracting(Entity::name).contains("Bashar al-Assad").doesNotContain("Bashar");
        assertThat(entity(f, "Bashar al-Assad").type()).isEqualTo(Entity.Type.PERSON);
    }

    @Test
    void aHalfOfAMatchIsNoShare() {
        Facts f = facts("Diallo scored twice in the first half, and half of the crowd left before the second half.\n");
        assertThat(f.quantities()).extracting(Quantity::mention).containsExactly("half");
        assertThat(facts("Cases in the first half of this year exceeded those of 2018.\n").quantities())
                .extracting(Quantity::mention).containsExactly("half");
    }

    @Test
    void anAmountInBracketsRestatingTheOneBeforeIsNoAmount() {
        Facts f = facts("The plane landed at 9:54 a.m. ET (1354 UTC) after flying 2300 miles (3700 km) with 12 crew.\n");
        assertThat(f.quantities()).extracting(Quantity::mention).noneMatch(m -> m.contains("1354") || m.contains("3700"))
                .anyMatch(m -> m.startsWith("12"));
    }

    @Test
    void aGroupNamedByWhereItWorksSpeaksNotThePlace() {
        Facts f = facts("Yesterday, authorities in Norway and Sweden announced that 40 people were arrested after a raid.\n\n"
                + "Police in Oslo said the raid lasted two days.\n");
        assertThat(f.quotes()).extracting(Quote::speaker)
                .containsExactly("authorities in Norway and Sweden", "Police in Oslo");
    }

    @Test
    void aGerundWithAnObjectOrAVerbAfterAnArticleReportsNothing() {
        Facts f = facts("President Ana Lima flew to the coast on Monday, observing the rescue and visiting the wounded.\n\n"
                + "A search of Berg's van found an alleged murder weapon, which was not publicly identified.\n");
        assertThat(f.quotes()).isEmpty();
    }

    @Test
    void aReportedStatementEndsWhereAClauseOfItsOwnBegins() {
        Facts f = facts("Governor Ana Lima has said publicly the forest should be opened up to farming, and her critics,"
                + " who include several scientists, blame her for the fires.\n\n"
                + "The mayor, Tom Berg, said the roads would reopen; the schools stay closed.\n");
        assertThat(f.quotes()).extracting(Quote::text)
                .containsExactly("the forest should be opened up to farming", "the roads would reopen");
    }

    @Test
    void aStateNamedRepublicOfTheIsOnePlace() {
        Facts f = facts("Aid reached the towns of Kaleo and Mbeni in the Democratic Republic of the Congo on Monday.\n\n"
                + "Doctors in the Democratic Republic of the Congo said the outbreak was slowing.\n");
        Entity state = entity(f, "Democratic Republic of the Congo");
        assertThat(state.type()).isEqualTo(Entity.Type.PLACE);
        assertThat(f.entities()).extracting(Entity::name).doesNotContain("Republic", "Congo");
    }

    @Test
    void aPronounNeverMeansANameInsideTheWordsBeforeIt() {
        Facts f = facts("Asked about his plans, Marta Quell said: “I want to coach. I would like to end up like Ivo Brandt. "
                + "He taught me everything.” She said the best moment had been “crossing the line first”.\n");
        assertThat(f.quotes()).filteredOn(q -> q.text().contains("crossing the line"))
                .isNotEmpty().allSatisfy(q -> assertThat(q.speaker()).isEqualTo("Marta Quell"));
    }

    @Test
    void directQuoteWithTheSpeakerAfterIt() {
        Facts f = facts("Mayor Tom Reyes opened the bridge.\n\n“This is a great day for the city,” Reyes said.\n");
        assertThat(f.quotes()).anySatisfy(q -> {
            assertThat(q.speaker()).isEqualTo("Tom Reyes");
            assertThat(q.text()).isEqualTo("This is a great day for the city");
            assertThat(q.direct()).isTrue();
        });
    }

    @Test
    void theCompanyThatSpeaksIsTheBusinessNamedJustBefore() {
        // "Who said ...?" answered "the company" names nobody: the body the paragraph opened with says it
        Facts f = facts("A court ordered Dunmore Foods to pay 12 million euros on Tuesday.\n\n"
                + "Dunmore Foods, which employs 900 people, said it would appeal. \"We disagree with the ruling and"
                + " will appeal it,\" the company said in a statement.\n\n"
                + "Pellworth Logistics Ltd lost a contract in March. \"We expect more cases,\" the ministry said.\n\n"
                + "The Coastal Ferry Agency cut two routes on Monday. \"The routes will return in spring,\" the agency"
                + " said.\n");
        assertThat(f.quotes()).anySatisfy(q -> {
            assertThat(q.text()).startsWith("We disagree with the ruling");
            assertThat(q.speaker()).isEqualTo("Dunmore Foods");
        });
        // a ministry is no business: the firm before it is not who spoke
        assertThat(f.quotes()).filteredOn(q -> q.text().startsWith("We expect more cases"))
                .allSatisfy(q -> assertThat(q.speaker()).isNotEqualTo("Pellworth Logistics Ltd"));
        assertThat(f.quotes()).anySatisfy(q -> {
            assertThat(q.text()).startsWith("The routes will return");
            assertThat(q.speaker()).isEqualTo("Coastal Ferry Agency");
        });
    }

    @Test
    void theCompanyIsNeverAnotherBodyNamedLast() {
        // a second reading's traps: a travel agency named before a regulator, an outlet that reported, a client
        Facts f = facts("The Harbour Travel Agency reported a rise in bookings. The Medicines Regulator approved a new"
                + " flu vaccine. \"The vaccine is safe for children,\" the agency said.\n\n"
                + "Norvik Foods agreed to buy Castell Brands for 2 billion euros. Bloomberg Media reported the talks"
                + " last month. \"The price is fair,\" the company said.\n\n"
                + "Hollins Bank, a client of Vantor Systems since 2015, ended the deal. Vantor Systems shares fell 20"
                + " percent. \"We will win back the business,\" the company said.\n");
        assertThat(f.quotes()).extracting(Quote::speaker)
                .doesNotContain("Harbour Travel Agency", "Bloomberg Media", "Hollins Bank");
    }

    @Test
    void aDocumentReadOutSpeaksForWhoeverItBelongsTo() {
        // "Part of the judge's ruling reads": a share of a document is nobody, the judge whose ruling it is speaks
        Facts f = facts("Circuit Judge Helena Marsh struck down the curfew on Monday.\n\n"
                + "Part of the judge's ruling reads \"a city may not confine its young people to their homes without"
                + " cause.\" The city will appeal.\n\n"
                + "The family's statement on the verdict read: \"We are grateful to everyone who stood with us.\"\n\n"
                + "Councillor Priya Nand's email said the council would appeal too.\n");
        assertThat(f.quotes()).anySatisfy(q -> {
            assertThat(q.text()).startsWith("a city may not confine");
            assertThat(q.speaker()).isEqualTo("Helena Marsh");
        });
        assertThat(f.quotes()).anySatisfy(q -> {
            assertThat(q.text()).startsWith("We are grateful");
            assertThat(q.speaker()).isEqualTo("the family");
        });
        assertThat(f.quotes()).anySatisfy(q -> {
            assertThat(q.text()).startsWith("the council would appeal");
            assertThat(q.speaker()).isEqualTo("Priya Nand");
        });
        // a document named on the way to another speaker's verb is not who speaks
        Facts g = facts("Circuit Judge Helena Marsh jailed Alan Fry on Monday.\n\n"
                + "Outside court after the judge's ruling, defence lawyer Mia Roy said \"We will appeal this sentence.\"\n\n"
                + "\"We reject the judge's ruling entirely,\" Councillor Tom Hale said.\n");
        assertThat(g.quotes()).filteredOn(q -> q.text().startsWith("We will appeal"))
                .allSatisfy(q -> assertThat(q.speaker()).isEqualTo("Mia Roy"));
        assertThat(g.quotes()).filteredOn(q -> q.text().startsWith("We reject"))
                .allSatisfy(q -> assertThat(q.speaker()).isEqualTo("Tom Hale"));
    }

    @Test
    void anAgeBeforeANameIsNoPartOfIt() {
        // "Thirteen-year-old Bennett" was one name, asked as "Type the name of the person who said ..."
        Facts f = facts("Thirteen-year-old Priya Bennett has three phones. \"I never call anyone,\" Bennett said.\n");
        assertThat(f.entities()).extracting(Entity::name).contains("Priya Bennett")
                .noneMatch(n -> n.startsWith("Thirteen"));
        assertThat(f.quotes()).anySatisfy(q -> assertThat(q.speaker()).isEqualTo("Priya Bennett"));
        // a name that opens with an ordinal keeps it: "Twenty-First Century Fox" is no "Century Fox"
        assertThat(facts("Twenty-First Century Fox said it would film in the city.\n").entities())
                .extracting(Entity::name).contains("Twenty-First Century Fox");
        // and an age before a single name makes a person of it, no body
        assertThat(entity(facts("Thirteen-year-old Bennett has three phones. Bennett never calls anyone.\n"),
                "Bennett").type()).isEqualTo(Entity.Type.PERSON);
    }

    @Test
    void aNumberWordInATitleIsNoAmount() {
        // "a rearrangement of Three O'Clock Blues": a song's name; "Three people have died" opens its sentence
        Facts f = facts("His first hit was a cover of Three Little Birds in 1977. Three people have died. Chapter Two"
                + " of his memoir is about it. Big Ten players were there.\n");
        assertThat(f.quantities()).extracting(Quantity::mention).contains("Three").hasSize(1);
        assertThat(f.quantities()).allSatisfy(q -> assertThat(q.evidence().sentences().get(0)).startsWith("Three"));
    }

    @Test
    void verbBeforeSpeakerAndStraightQuotes() {
        Facts f = facts("\"The river has never been this low in living memory,\" said Ines Ortega, a hydrologist.\n");
        assertThat(f.quotes()).anySatisfy(q -> assertThat(q.speaker()).isEqualTo("Ines Ortega"));
        assertThat(entity(f, "Ines Ortega").roles()).contains("a hydrologist");
    }

    @Test
    void aQuoteParagraphWithoutAttributionContinuesThePreviousSpeaker() {
        Facts f = facts("“We will rebuild the school before winter,” Governor Ruth Adler said.\n\n"
                + "“Nobody will be left without a classroom.”\n");
        assertThat(f.quotes()).filteredOn(q -> q.text().startsWith("Nobody"))
                .singleElement().extracting(Quote::speaker).isEqualTo("Ruth Adler");
    }

    @Test
    void pronounsAndRolesResolveToTheFullName() {
        Facts f = facts("President Ana Lima visited the port.\n\n“The port will reopen next week,” she said.\n\n"
                + "The president said the repairs would cost little.\n");
        assertThat(f.quotes()).extracting(Quote::speaker).containsOnly("Ana Lima");
    }

    @Test
    void possessiveBodiesSpeakAndAreRecognisedAgain() {
        Facts f = facts("Norway's foreign ministry said on Tuesday that the talks had ended.\n\n"
                + "“The parties showed a willingness to continue,” the foreign ministry said.\n");
        assertThat(f.quotes()).extracting(Quote::speaker).containsOnly("Norway's foreign ministry");
    }

    @Test
    void aVerbThatOnlySometimesReportsDoesWhenAClauseFollowsWithoutThat() {
        Facts f = facts("One local newspaper, the Valley Herald, claims council sources have linked the vote to a land"
                + " deal.\n\n"
                + "The storm claims the lives of dozens of people every year.\n\n"
                + "Professor Ana Lima is known for her research which suggests most bridges will need repairs.\n");
        assertThat(f.quotes()).anySatisfy(q -> {
            assertThat(q.speaker()).isEqualTo("Valley Herald");
            assertThat(q.text()).isEqualTo("council sources have linked the vote to a land deal");
        });
        assertThat(f.quotes()).extracting(Quote::text).noneMatch(t -> t.contains("lives") || t.contains("bridges"));
    }

    @Test
    void aClauseAfterTheListenerStartsAtItsOwnSubject() {
        Facts f = facts("Mayor Ana Lopez visited the river on Monday.\n\n"
                + "The mayor did not mention the cost, telling the engineers it was time to build the bridge.\n");
        assertThat(f.quotes()).anySatisfy(q -> {
            assertThat(q.speaker()).isEqualTo("Ana Lopez");
            assertThat(q.text()).isEqualTo("it was time to build the bridge");
        });
    }

    @Test
    void indirectSpeechAndAccordingTo() {
        Facts f = facts("Minister Paul Okafor alleged last month that the contractor had inflated its prices.\n\n"
                + "The company has lost most of its clients, according to a company source.\n\n"
                + "Okafor denied the report.\n");
        assertThat(f.quotes()).anySatisfy(q -> {
            assertThat(q.speaker()).isEqualTo("Paul Okafor");
            assertThat(q.direct()).isFalse();
            assertThat(q.text()).isEqualTo("the contractor had inflated its prices");
        });
        assertThat(f.quotes()).anySatisfy(q -> assertThat(q.speaker()).isEqualTo("a company source"));
        assertThat(f.quotes()).anySatisfy(q -> assertThat(q.verb()).isEqualTo("denied"));
    }

    @Test
    void aBlockQuoteSignedOnTheNextLine() {
        Facts f = facts("The court published its answer:\n\nThe directive does not prevent a national court from "
                + "ordering the removal of a post.\n\n– Supreme Court of Ruritania\n");
        assertThat(f.quotes()).anySatisfy(q -> assertThat(q.speaker()).isEqualTo("Supreme Court of Ruritania"));
    }

    @Test
    void datesResolveAgainstThePublicationDate() {
        Facts f = facts("The mayor said on Monday that the bridge will open on April 2.\n\n"
                + "Work began last month, and the first plan dates from 2015.\n\n"
                + "The storm hit on November 15, 2017 and the repairs ended on November 21.\n\n"
                + "The council met yesterday.\n");
        assertThat(f.dates()).extracting(DateFact::iso)
                .contains("2024-03-11", "2024-04-02", "2024-02", "2015", "2017-11-15", "2017-11-21", "2024-03-12");
        DateFact monday = f.dates().stream().filter(d -> d.iso().equals("2024-03-11")).findFirst().orElseThrow();
        assertThat(monday.relative()).isTrue();
        assertThat(monday.precision()).isEqualTo(DateFact.Precision.DAY);
    }

    @Test
    void aFutureWeekdayLooksForward() {
        Facts f = facts("The crew is scheduled to return to Earth on Friday.\n");
        assertThat(f.dates()).extracting(DateFact::iso).containsExactly("2024-03-15");
    }

    @Test
    void aPassiveAfterToBeLooksForwardUnlessAPastVerbGovernsIt() {
        // published Wednesday, March 13, 2024
        assertThat(facts("Lima is expected to be sworn in as mayor on Friday.\n").dates()).extracting(DateFact::iso)
                .containsExactly("2024-03-15");
        assertThat(facts("Residents had to be evacuated from the valley on Monday.\n").dates())
                .extracting(DateFact::iso).containsExactly("2024-03-11");
        assertThat(facts("The files were said to be destroyed on Saturday.\n").dates())
                .extracting(DateFact::iso).containsExactly("2024-03-09");
        // a deed done after "had to", "tried to" is past; a passive after "has to", "needs to" looks ahead
        assertThat(facts("Residents had to flee on Monday.\n").dates()).extracting(DateFact::iso)
                .containsExactly("2024-03-11");
        assertThat(facts("Firefighters tried to contain the blaze on Saturday.\n").dates()).extracting(DateFact::iso)
                .containsExactly("2024-03-09");
        assertThat(facts("The bill has to be approved by Friday.\n").dates()).extracting(DateFact::iso)
                .containsExactly("2024-03-15");
        // a plan after a past verb still looks forward: "threatened to walk out on Thursday"
        assertThat(facts("The drivers' union threatened to walk out on Thursday.\n").dates())
                .extracting(DateFact::iso).containsExactly("2024-03-14");
        // what a past verb made happen happened: "caused the river to burst its banks on Tuesday"; what it asked for
        // lies ahead
        assertThat(facts("Heavy rain caused the Aire to burst its banks in Leeds on Tuesday.\n").dates())
                .extracting(DateFact::iso).containsExactly("2024-03-12");
        assertThat(facts("The storm forced hundreds of residents to flee on Monday.\n").dates())
                .extracting(DateFact::iso).containsExactly("2024-03-11");
        assertThat(facts("The mayor urged the council to vote on Friday.\n").dates())
                .extracting(DateFact::iso).containsExactly("2024-03-15");
    }

    @Test
    void whoseDaughterSpeaksNotTheOneWhoseSheIs() {
        Facts f = facts("Among the patients is Margaret Oyelaran, 81, whose daughter said she had eaten the cheese on a"
                + " sandwich. Animal welfare group Wild Justice Now has criticised the farm.\n");
        assertThat(f.quotes()).extracting(Quote::speaker).doesNotContain("Margaret Oyelaran");
        assertThat(f.entities()).extracting(Entity::name).doesNotContain("Now");
    }

    @Test
    void aPlaceSetOffByCommasBeforeAPronounIsNoSpeaker() {
        Facts f = facts("Ana Lima won the vote.\n\nSpeaking to supporters in the capital, Port Elwyn, late on Sunday,"
                + " she said voters had \"chosen a different road.\"\n");
        assertThat(f.quotes()).extracting(Quote::speaker).doesNotContain("Port Elwyn");
        // a place or a body named by its place that is the subject still speaks
        Facts clubs = facts("Rui Costa, the manager of Porto, was unhappy.\n\nBarcelona said it had made an offer"
                + " for the defender Luis Mora.\n\nBrazil's football federation said Okoro would not play.\n");
        assertThat(clubs.quotes()).extracting(Quote::speaker).contains("Barcelona", "Brazil's football federation");
        // a place after an opening phrase's comma is the subject all the same; a person set off by commas speaks
        Facts opening = facts("Journalist Anna Weber was detained last week.\n\nOn Tuesday, Russia said she had been"
                + " caught spying.\n\nThe bill's sponsor, Assemblywoman Jo Park, said the vote would be delayed.\n");
        assertThat(opening.quotes()).extracting(Quote::speaker).contains("Russia", "Jo Park")
                .doesNotContain("Anna Weber");
    }

    @Test
    void todaysAsAnAdjectiveIsNoDate() {
        Facts f = facts("By today’s judgment, the court answers the question put to it.\n");
        assertThat(f.dates()).isEmpty();
    }

    @Test
    void aSpeakersTodayIsNotThePublicationDay() {
        Facts f = facts("“The chance we have today is to stay,” the leader told reporters.\n");
        assertThat(f.dates()).isEmpty();
    }

    @Test
    void aNumberAfterIsIsAnAgeOnlyOfAPerson() {
        // "the limit for a broadcast message is 50": no age, so no wrong ages ("74") beside it
        Facts f = facts("On one app, the limit for a broadcast message is 50. Turnout was 71%.\n\nThe singer Ana Lima died on Friday."
                + " She was 81.\n\nMayor Tom Berg, who is 64, spoke.\n");
        assertThat(f.quantities()).filteredOn(q -> q.value().equals("50")).allMatch(q -> q.unit().equals("count"));
        assertThat(f.quantities()).filteredOn(q -> q.value().equals("71")).allMatch(q -> q.unit().equals("percent"));
        assertThat(f.quantities()).filteredOn(q -> q.value().equals("81") || q.value().equals("64"))
                .hasSize(2).allMatch(q -> q.unit().equals("age"));
        // a place's count is no age, nor is a number no one reaches; a person named by what they are has one
        Facts g = facts("The death toll in Nepal was 80, officials said. Attendance in Pokhara was 4,000. The death toll"
                + " from Cyclone Idai was 70.\n\n"
                + "The driver was 45. Ram Thapa, the bus owner, is 62.\n");
        assertThat(g.quantities()).filteredOn(q -> q.value().matches("80|4000|70"))
                .noneMatch(q -> q.unit().equals("age"));
        assertThat(g.quantities()).filteredOn(q -> q.value().equals("45") || q.value().equals("62"))
                .hasSize(2).allMatch(q -> q.unit().equals("age"));
    }

    @Test
    void anAmountAndAHalfIsOneAmount() {
        Facts f = facts("The club beat the champions by two and a half lengths. He served 18 and a half months.\n");
        assertThat(f.quantities()).extracting(Quantity::mention, Quantity::value).containsExactly(
                org.assertj.core.groups.Tuple.tuple("two and a half", "2.5"),
                org.assertj.core.groups.Tuple.tuple("18 and a half", "18.5"));
        assertThat(facts("The agency appealed for 3 and a half million dollars.\n").quantities())
                .extracting(Quantity::value).containsExactly("3500000");
        // a half-time substitution is no half of the score before it
        assertThat(facts("The home side led 21-14 and a half-time substitution changed the game.\n").quantities())
                .extracting(Quantity::value).doesNotContain("14.5");
    }

    @Test
    void aCurrencyWrittenOutAfterItsAmountIsASum() {
        Facts f = facts("The storm caused damage worth 45 million euros. The fine was 200,000 rubles. The lorry carried"
                + " 300 pounds of fish.\n");
        assertThat(f.quantities()).filteredOn(q -> q.value().matches("45000000|200000"))
                .hasSize(2).allMatch(q -> q.unit().equals("money"));
        assertThat(facts("Fans had their two cents' worth on the radio.\n").quantities())
                .noneMatch(q -> q.unit().equals("money"));
        // pounds weigh as often as they pay
        assertThat(f.quantities()).filteredOn(q -> q.value().equals("300")).allMatch(q -> q.unit().equals("count"));
    }

    @Test
    void quantitiesWithWhatTheyCountAndChanges() {
        Facts f = facts("The firm reduced the number of its employees in Chile from 1,000 to a few dozen.\n\n"
                + "More than 50 nations back the plan, which costs US$1.5 billion and cut prices by 20 percent.\n\n"
                + "He was 95. The ninth round drew at least 21 people.\n");
        assertThat(f.quantities()).anySatisfy(q -> {
            assertThat(q.mention()).isEqualTo("a few dozen");
            assertThat(q.from()).isEqualTo("1,000");
            assertThat(q.counts()).isEqualTo("employees");
        });
        assertThat(f.quantities()).anySatisfy(q -> {
            assertThat(q.mention()).isEqualTo("More than 50");
            assertThat(q.value()).isEqualTo("50");
            assertThat(q.qualifier()).isEqualTo("more than");
            assertThat(q.counts()).isEqualTo("nations");
        });
        assertThat(f.quantities()).anySatisfy(q -> {
            assertThat(q.unit()).isEqualTo("money");
            assertThat(q.value()).isEqualTo("1500000000");
        });
        assertThat(f.quantities()).anySatisfy(q -> assertThat(q.unit()).isEqualTo("percent"));
        assertThat(f.quantities()).anySatisfy(q -> assertThat(q.unit()).isEqualTo("age"));
        assertThat(f.quantities()).anySatisfy(q -> assertThat(q.unit()).isEqualTo("ordinal"));
    }

    @Test
    void aVagueAmountKeepsItsOf() {
        Facts f = facts("Russia was one of just a handful of nations which backed the regime.\n");
        assertThat(f.quantities()).singleElement().satisfies(q -> {
            assertThat(q.mention()).isEqualTo("a handful");
            assertThat(q.counts()).isEqualTo("of nations");
        });
    }

    @Test
    void yearRangesAndNumbersInNamesAndDates() {
        Facts f = facts("She served as premier, 1980–1987, and flew a Falcon 9 rocket on June 3.\n");
        assertThat(f.quantities()).extracting(Quantity::mention).containsExactly("1980–1987");
        // a date written day first is no amount
        Facts dayFirst = facts("Since the campaign began on 20 Nov 2019, nurses have vaccinated 58,150 people.\n");
        assertThat(dayFirst.quantities()).extracting(Quantity::mention).containsExactly("58,150");
        // a range's last day is no amount ("May 24 to 26" offered 47 and 60 beside 26), a count after a date is
        Facts range = facts("Held at three venues from May 24 to 26, the fair drew 30,000 visitors; it ran Oct. 1-4"
                + " last year. On June 3, 12 stalls opened.\n");
        assertThat(range.quantities()).extracting(Quantity::mention).contains("three", "30,000", "12")
                .doesNotContain("26", "4", "1-4");
    }

    @Test
    void heIsThePersonJustNamedInTheParagraph() {
        Facts f = facts("“We will win this,” Mayor Karen Whitfield said.\n\n"
                + "Council member David Okoro said taxpayers would pay for it. “We are handing over a blank check,”"
                + " he said.\n");
        assertThat(f.quotes()).filteredOn(q -> q.text().startsWith("We are handing")).singleElement()
                .extracting(Quote::speaker).isEqualTo("David Okoro");
    }

    @Test
    void heIsTheSpeakerOfTheSentenceJustBeforeEvenWithASurnameParticle() {
        Facts f = facts("The coin was found by Mara Lind, a diver, off the coast. Pieter van Dalen, keeper of coins at"
                + " the museum, said it was the oldest he had seen. “Nothing like it has been found here,” he said.\n");
        assertThat(f.quotes()).filteredOn(q -> q.text().startsWith("Nothing like it")).singleElement()
                .extracting(Quote::speaker).isEqualTo("Pieter van Dalen");
    }

    @Test
    void aPersonAfterAnInstitutionAndATitleSpeaksNotTheInstitution() {
        Facts f = facts("Harbour University pop culture professor Tomas Reyes remarked, \"The thing that made her famous"
                + " was the jeans war of the late 1970s.\"\n");
        assertThat(f.quotes()).filteredOn(q -> q.text().startsWith("The thing")).singleElement()
                .extracting(Quote::speaker).isEqualTo("Tomas Reyes");
    }

    @Test
    void whoeverCallsSomethingByQuotedWordsSaysThem() {
        // "wrote the novel" is a work written, not a statement; the paper that called it so says the words
        Facts f = facts("Lena Dorn also wrote the 2009 novel Ashes, which the Daily Courier called \"the boldest book"
                + " ever written by a retired judge.\"\n");
        assertThat(f.quotes()).singleElement().extracting(Quote::speaker).isEqualTo("Daily Courier");
    }

    @Test
    void whatAddsToEvidenceSaysNothing() {
        // a study "adds to evidence that ...": no one said it, least of all the journal it was published in
        Facts f = facts("The study, published in the journal Marine Letters, adds to evidence that many fish can"
                + " count. Lead author Ana Lima added that the team would test other species next year.\n");
        assertThat(f.quotes()).extracting(Quote::speaker).containsExactly("Ana Lima");
    }

    @Test
    void aVerbOfAnotherClauseAfterTheQuotationIsNoAttribution() {
        Facts f = facts("Recently, fans of the Harbour Club launched a protest, holding up banners with messages like"
                + " “No wi-fi. Support the team,” “You can sit at home,” and “Stand united”, while Northern Rovers have"
                + " also told fans to leave their “large electronic devices” at home.\n");
        assertThat(f.quotes()).noneMatch(q -> q.speaker().contains("Rovers"));
    }

    @Test
    void heMeansNoNameAPrepositionOrAVerbGoverns() {
        // "the school of Ana Lima and Bo Chan", "told the Daily Planet": neither is whom "he" means
        Facts f = facts("Tomas Berg became a star late. Rock fans knew the blues from the school of Ana Lima and Bo Chan"
                + " but he was brought to their attention by younger players. \"About a year ago, kids started calling me"
                + " the greatest,\" he said, adding that he told the Daily Planet so.\n");
        assertThat(f.quotes()).filteredOn(q -> q.text().startsWith("About a year")).singleElement()
                .extracting(Quote::speaker).isEqualTo("Tomas Berg");
        Facts told = facts("\"I have tried my best to get that sound for many years,\" he told Guitar World magazine.\n");
        assertThat(told.quotes()).noneMatch(q -> q.speaker().contains("Guitar World"));
    }

    @Test
    void aShortQuotedNameInTheSubjectKeepsItsSpeaker() {
        Facts f = facts("Archbishop Pavel Novak said, \"I am deeply sorry for every wound the church has caused.\" Mira Holm"
                + " of \"Speak Up\", a victims' charity, told Reuters \"it almost appears as if the statement was written"
                + " before they saw the film\".\n");
        assertThat(f.quotes()).filteredOn(q -> q.text().startsWith("it almost appears")).singleElement()
                .extracting(Quote::speaker).isEqualTo("Mira Holm");
    }

    @Test
    void thePersonNamedRightBeforeTheVerbSpeaksWhateverComesBefore() {
        Facts f = facts("Longtime Morning Show writer and performer Rob Bartlett tweeted: \"He was a rebel and a champion of"
                + " the underdog.\" Co-author Lena Holt said, \"Our work shows the wings moved on their own.\"\n");
        assertThat(f.quotes()).filteredOn(q -> q.text().startsWith("He was a rebel")).singleElement()
                .extracting(Quote::speaker).isEqualTo("Rob Bartlett");
        assertThat(f.quotes()).filteredOn(q -> q.text().startsWith("Our work")).singleElement()
                .extracting(Quote::speaker).isEqualTo("Lena Holt");
    }

    @Test
    void theFamilySpeaksAsTheFamily() {
        Facts f = facts("Howard Stern said he had loved the show. The family said they planned to have a private funeral"
                + " service and asked for donations to a children's charity.\n");
        assertThat(f.quotes()).filteredOn(q -> q.text().contains("private funeral")).singleElement()
                .extracting(Quote::speaker).asString().endsWith("family");
    }

    @Test
    void theSettingOfAStatementIsNotPartOfIt() {
        Facts f = facts("Talk host Howard Stern said in an interview with Rolling Stone he was open to having Tom Berg as a"
                + " guest on his show.\n");
        assertThat(f.quotes()).singleElement().extracting(Quote::text).asString().startsWith("he was open to");
    }

    @Test
    void aBookThatTellsAStoryIsNoSpeaker() {
        Facts f = facts("La Mirada Primera (The First Look) by Paul Marin tells the story of a French model who looks so"
                + " similar to the actor that the book's hero thinks it is the actor herself.\n");
        assertThat(f.quotes()).isEmpty();
    }

    @Test
    void sheIsNotTheOneWhoseLawyerSpoke() {
        Facts f = facts("Author Paul Marin wrote the novel in a year.\n\n"
                + "Marin’s lawyer, Anne Roux, who also represents the publisher, said the claims were false. “This is a"
                + " work of fiction,” she said.\n");
        assertThat(f.quotes()).filteredOn(q -> q.text().startsWith("This is a work")).singleElement()
                .extracting(Quote::speaker).isEqualTo("Anne Roux");
    }

    @Test
    void theNameSetOffByCommasBeforeTheVerbSpeaks() {
        Facts f = facts("The RMT union's general secretary, Mick Lynch, said members had been left with no choice.\n");
        assertThat(f.quotes()).singleElement().extracting(Quote::speaker).isEqualTo("Mick Lynch");
    }

    @Test
    void britishSingleQuotesWithApostrophesInside() {
        Facts f = facts("Union leader Mick Lynch spoke to reporters.\n\n"
                + "‘We have tried everything, but the companies won’t move,’ Lynch said.\n");
        assertThat(f.quotes()).anySatisfy(q -> {
            assertThat(q.speaker()).isEqualTo("Mick Lynch");
            assertThat(q.text()).isEqualTo("We have tried everything, but the companies won’t move");
        });
    }

    @Test
    void aNameAfterTheAndRoleNounsSayWhatKindOfThingItIs() {
        Facts f = facts("The team, the Springfield Sliders, has played at Lincoln Field since 1952.\n\n"
                + "The Sliders' owner, Thomas Reed, pledged to cover the cost.\n");
        assertThat(entity(f, "Springfield Sliders").type()).isEqualTo(Entity.Type.ORGANIZATION);
        assertThat(entity(f, "Thomas Reed").type()).isEqualTo(Entity.Type.PERSON);
        assertThat(entity(f, "Thomas Reed").roles()).contains("The Sliders' owner");
    }

    @Test
    void aYearThatClosesOneDateDoesNotDateTheOthers() {
        Facts f = facts("Construction is expected to begin in June and finish by April 2025.\n");
        assertThat(f.dates()).extracting(DateFact::iso).containsExactly("2024-06", "2025-04");
    }

    @Test
    void ofKeepsJoiningOnceARunNamesABody() {
        Facts f = facts("Peru has 600 species, according to the International Union for Conservation of Nature (IUCN).\n");
        assertThat(entity(f, "International Union for Conservation of Nature").aliases()).contains("IUCN");
    }

    @Test
    void aCapitalisedWordOpeningASentenceBeforeANounIsNoName() {
        Facts f = facts("Conservation groups warned that logging threatens the habitat.\n");
        assertThat(f.entities()).isEmpty();
        assertThat(f.quotes()).singleElement().extracting(Quote::speaker).isEqualTo("Conservation groups");
    }

    @Test
    void aSpeakerNamedAfterTheVerbIsNoStatement() {
        Facts f = facts("“It sounds almost like a bird,” said Dr. Ana Ferreira, who led the expedition.\n");
        assertThat(f.quotes()).singleElement().satisfies(q -> {
            assertThat(q.direct()).isTrue();
            assertThat(q.speaker()).isEqualTo("Ana Ferreira");
        });
    }

    @Test
    void placeWordsMakePlaces() {
        Facts f = facts("The team spent six weeks in the Manu National Park in late 2023.\n");
        assertThat(entity(f, "Manu National Park").type()).isEqualTo(Entity.Type.PLACE);
    }

    @Test
    void aStatementBeforeItsSpeaker() {
        Facts f = facts("A wildfire has forced more than 5,000 people to leave their homes, officials said on Monday.\n");
        assertThat(f.quotes()).singleElement().satisfies(q -> {
            assertThat(q.speaker()).isEqualTo("officials");
            assertThat(q.text()).isEqualTo("A wildfire has forced more than 5,000 people to leave their homes");
        });
    }

    @Test
    void aNameAfterTheVerbWithASubjectBeforeIsReportedSpeech() {
        Facts f = facts("Both Republicans and Democrats said President Ana Lima's criticism of the deal helped sink it.\n");
        assertThat(f.quotes()).singleElement().satisfies(q -> {
            assertThat(q.speaker()).isEqualTo("Republicans and Democrats");
            assertThat(q.text()).startsWith("President Ana Lima's criticism");
        });
    }

    @Test
    void aBodyOwnedByAPlaceSpeaksAndThereOpensAClause() {
        Facts f = facts("Brazil's National Institute for Space Research has reported there have been 85% more fires.\n");
        assertThat(f.quotes()).singleElement().extracting(Quote::speaker)
                .isEqualTo("National Institute for Space Research");
    }

    @Test
    void aBareVerbAfterScheduledToLooksForward() {
        Facts f = facts("The crew is scheduled to remain at the station during the week and return on Friday.\n");
        assertThat(f.dates()).extracting(DateFact::iso).containsExactly("2024-03-15");
        // a state after a linking verb looks where the verb does: "would stay closed until Friday" is this Friday,
        // "was closed until Monday" the Monday before (the dateline is Wednesday, March 13, 2024)
        assertThat(facts("The agency said schools would stay closed until Friday.\n").dates())
                .extracting(DateFact::iso).containsExactly("2024-03-15");
        assertThat(facts("The bridge was closed until Monday.\n").dates()).extracting(DateFact::iso)
                .containsExactly("2024-03-11");
        assertThat(facts("The bridge remains closed until Monday, officials said.\n").dates())
                .extracting(DateFact::iso).containsExactly("2024-03-18");
        assertThat(facts("The museum is closed until Tuesday, a spokesman said.\n").dates())
                .extracting(DateFact::iso).containsExactly("2024-03-19");
        // "to be elected" is no state: the verbs around it say when
        assertThat(facts("Maria Lopez became the first woman to be elected mayor of Harbourside on Sunday.\n").dates())
                .extracting(DateFact::iso).containsExactly("2024-03-10");
    }

    @Test
    void aSentenceOpeningDateTakesTheTenseOfTheVerbAfterIt() {
        // "planned" speaks of the future, but the sentence's verb, "began", says when: the Monday before
        Facts f = facts("On Monday, the council began a planned two-week closure of the bridge.\n");
        assertThat(f.dates()).extracting(DateFact::iso).containsExactly("2024-03-11");
    }

    @Test
    void sinceLooksBackEvenInAFutureSentence() {
        Facts f = facts("The shelters, open since October, will close in the spring.\n");
        assertThat(f.dates()).extracting(DateFact::iso).containsExactly("2023-10");
    }

    @Test
    void inThePassiveTheOneAfterByIsTheSpeaker() {
        Facts f = facts("President Lena Ortiz flew to the site on Monday. In a meeting that day she was told by "
                + "Interior Minister Paulo Reis of \"at least twenty families still without shelter\".\n");
        assertThat(speakerOf(f, "twenty families")).isEqualTo("Paulo Reis");
    }

    @Test
    void aParticipleAfterACommaSpeaksForTheNearestClausesSubject() {
        Facts f = facts("The treaty is now in doubt after Mayor Carl Obi refused to sign it in May, saying \"we cannot "
                + "accept terms that were written without us.\"\n");
        assertThat(speakerOf(f, "cannot accept")).isEqualTo("Carl Obi");
    }

    @Test
    void aTitleSetOffBeforeAPersonsNameIsNotTheSpeaker() {
        Facts f = facts("A Democratic Senator, Rosa Lind, also spoke about the budget: \"We have waited long enough for "
                + "this money to reach the schools.\"\n");
        assertThat(speakerOf(f, "waited long enough")).isEqualTo("Rosa Lind");
    }

    @Test
    void aSettingAfterTheVerbThenAQuotationIsNoIndirectStatement() {
        Facts f = facts("Mayor Ned Rowe said at a press conference after the storm, \"Our hearts go out to every family "
                + "that lost a home tonight.\"\n");
        assertThat(f.quotes()).noneSatisfy(q -> assertThat(q.text()).startsWith("a press conference"));
        assertThat(speakerOf(f, "Our hearts go out")).isEqualTo("Ned Rowe");
    }

    @Test
    void whatANameBecameTheFirstOfIsItsRole() {
        Facts f = facts("The vote means Kenya becomes the first African country to host the games.\n\n"
                + "Officials in Kenya welcomed the news.\n");
        assertThat(entity(f, "Kenya").roles()).contains("the first African country to host the games");
    }

    @Test
    void aUnitWrittenOntoItsNumberAndARaceTimeAreAmounts() {
        Facts f = facts("The train reached speeds of up to 320kph and covered the route in 2:41:07 on its first run.\n");
        assertThat(f.quantities()).extracting(Quantity::mention).contains("up to 320kph", "2:41:07");
    }

    @Test
    void namesSetOffAfterACountOfPeopleArePeople() {
        Facts f = facts("The agency has chosen two pilots, Mara Quist and Leo Brandt, for the first flight.\n");
        assertThat(entity(f, "Mara Quist").type()).isEqualTo(Entity.Type.PERSON);
    }

    @Test
    void aPersonSetOffAfterAnOutletsTitleSpeaksNotTheOutlet() {
        Facts f = facts("Harbour Daily editor, Nora Quill, said she felt the ruling might bring "
                + "\"some relief for the families\" after months of waiting.\n");
        assertThat(f.quotes()).allSatisfy(q -> assertThat(q.speaker()).isEqualTo("Nora Quill"));
        // nor does a journal that published a study: "according to a study published in the journal ..." is the
        // study's finding
        Facts study = facts("Bees learn faster in quiet fields, according to a study published on Tuesday in the"
                + " journal Animal Behaviour.\n");
        assertThat(study.quotes()).extracting(q -> q.speaker()).doesNotContain("Animal Behaviour").contains("a study");
        // but an author after "published by" is the source
        Facts figures = facts("Unemployment rose to 4.2 percent last month, according to figures published on Tuesday by"
                + " the Office for National Statistics.\n");
        assertThat(figures.quotes()).extracting(q -> q.speaker()).containsExactly("Office for National Statistics");
    }

    @Test
    void aYearLikeNumberThatCountsPeopleIsAnAmount() {
        Facts f = facts("In the current outbreak, over 1800 people have died.\n");
        assertThat(f.quantities()).extracting(Quantity::mention).contains("over 1800");
        assertThat(f.dates()).isEmpty();
    }

    @Test
    void aBareNumberAfterAVerbOfHarmCountsItsVictims() {
        Facts f = facts("The storm killed at least 41 and injured 230 across the region on Monday.\n");
        assertThat(f.quantities()).extracting(Quantity::mention).contains("at least 41", "230");
    }

    private static String speakerOf(Facts f, String words) {
        return f.quotes().stream().filter(q -> q.text().contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no quote with " + words + " in " + f.quotes())).speaker();
    }

    @Test
    void aQuotationsOwnTellerAfterItIsNeverLentAnotherSentencesSpeaker() {
        String opening = "Actor Jon Marsh revealed that his old series could return. \"We are talking to the network"
                + " at the moment,\" he said. Ada Wells talked of being cast in a pilot while a guest on a long show."
                + " Faced with losing the character, the producers made her a regular. ";
        // a feature's present tense, and any verb right after the closing mark: she speaks, not the paragraph's
        // earlier speaker
        assertThat(speakerOf(facts(opening + "\"It was a great week,\" she recalls.\n"), "great week"))
                .isEqualTo("Ada Wells");
        assertThat(speakerOf(facts(opening + "\"It was a great week,\" she beams.\n"), "great week"))
                .isEqualTo("Ada Wells");
        assertThat(speakerOf(facts(opening + "\"It was a great week,\" she recalls thinking.\n"), "great week"))
                .isEqualTo("Ada Wells");
        // the present tense before the words too
        assertThat(speakerOf(facts("Once she was cast, Ada Wells recalls thinking \"this is my chance to shine at"
                + " last.\"\n"), "chance to shine")).isEqualTo("Ada Wells");
        // an unnamed teller of its own ("says a teenager"): unasked, not the next sentence's "he replies"
        Facts f = facts("Shop owner Tom Berg said sales of old phones had fallen. \"I still have an old pager, but I'm"
                + " the only one,\" says a teenager outside the school gates. And how does that feel? \"Lonely,\" he"
                + " replies.\n");
        assertThat(f.quotes()).extracting(Quote::text).noneMatch(t -> t.contains("old pager"));
        // a memory with no words of its own is no statement
        assertThat(facts("Tom Berg remembers the night the river burst its banks in 1998.\n").quotes()).isEmpty();
    }

    @Test
    void aRoleThenANameAfterTheVerbSpeaksOnlyAfterAQuotation() {
        // "The minister said the new director, Ana Lima, would start": the minister's statement about her
        Facts f = facts("The minister said the new director, Ana Lima, would start in May.\n");
        assertThat(f.quotes()).extracting(Quote::speaker).doesNotContain("Ana Lima");
        // and the words after '"...," said his grandson, X,' are no second statement of his
        Facts g = facts("\"He was a great man,\" said his grandson, Ndaba Dube, who had travelled from the coast.\n");
        assertThat(g.quotes()).extracting(Quote::text).noneMatch(t -> t.contains("travelled"));
    }

    @Test
    void aRoleAfterTheVerbThenANameSpeaks() {
        // '"...," said his father, Tomas Berg': the name after the role, not nobody
        Facts f = facts("\"This day is very hard for me, as I remember so many things,\" said his father, Tomas Berg,"
                + " after the ceremony.\n");
        assertThat(speakerOf(f, "very hard for me")).isEqualTo("Tomas Berg");
    }

    @Test
    void theNameAWhoFollowsSpeaksPastItsAppositive() {
        // not "Regents Professor" inside the appositive, and not "the research" the sentence opens with
        Facts f = facts("The research was led by Mark Ilves, a marine ecologist and Regents Professor at the"
                + " university, who said \"there is a lot of argument now about whether local rules can help.\"\n");
        assertThat(speakerOf(f, "a lot of argument")).isEqualTo("Mark Ilves");
        // the first name set off by its comma, not a body named inside the appositive
        Facts g = facts("The study was led by Mark Ilves, a researcher at Ocean Watch, who said \"the results were a"
                + " real surprise to all of us.\"\n");
        assertThat(speakerOf(g, "real surprise")).isEqualTo("Mark Ilves");
        // the last of a list of people, right before its "who"
        Facts h = facts("The talks were attended by Emmanuel Macron, the French president, and Angela Merkel, who said"
                + " \"the deal is fair to every country at this table.\"\n\nMerkel left early. Macron stayed.\n");
        assertThat(speakerOf(h, "fair to every country")).isEqualTo("Angela Merkel");
    }

    @Test
    void aNameBrokenAfterItsHyphenIsOneName() {
        // "Jean- Pierre Moore": the source wrapped the name; "Pierre Moore" alone would be someone else
        Facts f = facts("\"We could see where the crowds were going next,\" said Jean- Pierre Moore, 28.\n");
        assertThat(speakerOf(f, "crowds were going")).isEqualTo("Jean- Pierre Moore");
    }

    @Test
    void aVoterQuotedInTheStreetIsNamedWithoutTheWord() {
        Facts f = facts("Voter Kitty Lam told reporters, \"Every little step matters for the city now.\"\n");
        assertThat(speakerOf(f, "little step")).isEqualTo("Kitty Lam");
    }

    @Test
    void aThingAnnouncedIsNoStatement() {
        // "announced her resignation in a video": nothing a "who announced that ...?" question can hold
        Facts f = facts("Governor Ana Ruiz announced her resignation in a video broadcast on Wednesday night.\n\n"
                + "Mayor Tom Berg announced the city would close two bridges.\n");
        assertThat(f.quotes()).extracting(Quote::speaker).containsExactly("Tom Berg");
    }

    @Test
    void aDeniedReportingVerbIsNoStatement() {
        // "has not commented on the furore": a "who commented that ...?" question would teach the opposite
        Facts f = facts("The artist Ana Ruiz has not commented on the sale, but has previously condemned such auctions.\n\n"
                + "Police did not immediately say whether anyone was hurt.\n\n"
                + "Mayor Tom Berg said the city would close two bridges.\n");
        assertThat(f.quotes()).extracting(Quote::speaker).containsExactly("Tom Berg");
        // a denial in a relative clause before the verb is not the verb's; "not only said" is no denial
        Facts g = facts("Firefighters who were not evacuated said the smoke was thick and black.\n\n"
                + "Mayor Tom Berg not only said the plan was too costly but also voted against it.\n");
        assertThat(g.quotes()).extracting(Quote::text).anyMatch(t -> t.startsWith("the smoke was thick"))
                .anyMatch(t -> t.startsWith("the plan was too costly"));
    }

    @Test
    void theSettingAStatementWasMadeInIsNotPartOfIt() {
        // "said at a press conference yesterday morning the gun laws should be changed"
        Facts f = facts("Prime Minister Ana Ruiz said at a press conference yesterday morning the gun laws should be"
                + " changed.\n\nMayor Tom Berg said during a rally on Friday that the city would close two bridges.\n");
        assertThat(f.quotes()).extracting(Quote::text)
                .containsExactly("the gun laws should be changed", "the city would close two bridges");
    }

    @Test
    void aSettingBeforeTheSpeakerIsNothingSaid() {
        // "In his resignation speech, Rosselló said, "Despite ..."": the quotation is what he said, not the setting
        Facts f = facts("In his farewell speech on the steps, Mayor Tom Berg said, \"Despite everything, I leave"
                + " with pride.\"\n\nThe council will close two bridges next year, officials said.\n");
        assertThat(f.quotes()).extracting(Quote::text).noneMatch(t -> t.contains("farewell speech"))
                .contains("The council will close two bridges next year");
    }

    @Test
    void thatPointingAtATimeOpensNoStatement() {
        // "The press asked Trump about it that same day, but he declined to comment."
        Facts f = facts("Reporters asked Mayor Tom Berg about it that same day, but he declined to comment.\n");
        assertThat(f.quotes()).isEmpty();
        // "that time was running out" is a clause of its own
        Facts g = facts("Opposition leader Tom Berg said in an interview that time was running out for the government.\n");
        assertThat(g.quotes()).extracting(Quote::text).containsExactly("time was running out for the government");
    }

    @Test
    void theOutletAQuoteWasGivenToIsNotItsSpeaker() {
        Facts f = facts("In remarks to the Daily Planet news service, Maria Ortiz of the Red Cross observed, "
                + "\"We have never seen floods like this in the valley.\"\n");
        assertThat(speakerOf(f, "never seen floods")).isEqualTo("Maria Ortiz");
    }

    @Test
    void wordsThatCallSomeoneByNameAreNotTheirs() {
        Facts f = facts("Nora Vance, a climber, reached the summit at noon. “We are proud of you Nora,” cheered the"
                + " team at the base camp as Vance waved. “This is hard work, Tom,” Vance said to her guide.\n");
        assertThat(f.quotes()).noneMatch(q -> q.text().contains("proud of you"));
        assertThat(speakerOf(f, "hard work")).isEqualTo("Nora Vance");
        assertThat(QuoteFinder.addresses("Nora, the rope is ready", "Nora Vance")).isTrue();
        assertThat(QuoteFinder.addresses("Vance climbed it alone", "Nora Vance")).isFalse();
        // a name between commas inside the words is whom they are about
        assertThat(QuoteFinder.addresses("My father, George, taught me to fly", "George Smith")).isFalse();
    }

    @Test
    void aNicknameEndingWithAPersonsNameIsThatPerson() {
        Facts f = facts("Nora Vance, a climber, reached the summit at noon, and the woman known as Swift Nora waved."
                + " Mayor John Carter opened the bridge, which was built by a local engineer known as John Henry.\n");
        assertThat(entity(f, "Nora Vance").aliases()).contains("Swift Nora");
        assertThat(entity(f, "John Carter").aliases()).doesNotContain("John Henry");
    }

    @Test
    void compoundTitlesAreNotPartOfTheName() {
        Facts f = facts("Newly elected Assemblywoman Jo Park said, \"The budget will be ready in time for the vote.\"\n");
        assertThat(speakerOf(f, "budget will be ready")).isEqualTo("Jo Park");
    }

    @Test
    void aParagraphsOwnSpeakerGoesOnBeforeThePreviousParagraphs() {
        Facts f = facts("Coach Lena Berg said, \"We played our best football of the season tonight.\"\n\n"
                + "According to analyst Omar Haddad, \"The team has finally found a settled defence.\" "
                + "Haddad went on to add, \"If they keep this form they will win the league by April.\"\n");
        assertThat(speakerOf(f, "win the league")).isEqualTo("Omar Haddad");
    }

    @Test
    void aSpeakerCarriedOverFromElsewhereIsMarked() {
        Facts f = facts("Coach Lena Berg said, \"We played our best football of the season tonight.\"\n\n"
                + "\"The players deserve every bit of the credit for this result.\"\n\n"
                + "Berg's assistant said he believed the team would win the league.\n");
        Quote named = f.quotes().stream().filter(q -> q.text().contains("best football")).findFirst().orElseThrow();
        Quote continuing = f.quotes().stream().filter(q -> q.text().contains("every bit")).findFirst().orElseThrow();
        assertThat(named.carried()).isFalse();
        assertThat(continuing.speaker()).isEqualTo("Lena Berg");
        assertThat(continuing.carried()).isTrue();
    }

    @Test
    void aRulingReadsInItsAuthorsNameAndAShareOfItIsNobody() {
        Facts f = facts("Judge Ana Lima ruled on Friday that the ban was lawful.\n\n"
                + "\"The city acted within its powers when it closed the square,\" reads Judge Lima's statement.\n\n"
                + "Part of the statement reads \"the square had become unsafe for the people who used it every day.\"\n");
        assertThat(f.quotes()).filteredOn(q -> q.text().contains("acted within its powers"))
                .extracting(Quote::speaker).containsExactly("Ana Lima");
        assertThat(f.quotes()).extracting(Quote::speaker).doesNotContain("Part");
    }
}
