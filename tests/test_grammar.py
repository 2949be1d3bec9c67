"""The message grammar, read the way people type on phones."""
import pytest

from handlers.grammar import misspelt_topics, nearest_topics, normalise_node, parse, resolve_slug

TOPICS = {"semax": ["semax", "n-acetyl semax"], "selank": ["selank"]}


def asked_about(body: str, topics: dict, last_topic: str | None = None) -> str | None:
    """The topic a message is read as asking about, None if it is read as anything else."""
    command = parse(body, topics, last_topic)
    return command.slug if command.kind == "ask" else None


@pytest.mark.parametrize("body, kind, slug, text", [
    ("semax|does it help ADHD?", "ask", "semax", "does it help ADHD?"),
    ("SEMAX | does it help ADHD?", "ask", "semax", "does it help ADHD?"),
    ("semax: does it help sleep", "ask", "semax", "does it help sleep"),
    ("semax｜focus", "ask", "semax", "focus"),
    ("semx|focus", "ask", "semax", "focus"),
    ("SEMAKS|focus", "ask", "semax", "focus"),
    ("smax|focus", "ask", "semax", "focus"),
    ("semax does it help adhd", "ask", "semax", "does it help adhd"),
    ("does semax help with memory", "ask", "semax", "does semax help with memory"),
    ("semax", "topic", "semax", ""),
    ("  Semax  ", "topic", "semax", ""),
    ("semax|", "topic", "semax", ""),
    ("semax||", "topic", "semax", ""),        # no words after the bar: nothing to ask
    ("semax|??", "topic", "semax", ""),
    ("|semax", "topic", "semax", ""),         # the bar typed first
    ("| semax|focus", "ask", "semax", "focus"),
    ("|", "help", None, ""),
    ("selank|anxiety", "ask", "selank", "anxiety"),
])
def test_ask_and_topic_forms(body, kind, slug, text):
    command = parse(body, TOPICS)
    assert (command.kind, command.slug, command.text) == (kind, slug, text)


@pytest.mark.parametrize("body, source", [("semax|s84", "s84"), ("semax|S84", "s84"), ("semax | s 2", "s2"),
                                          ("semax|s007", "s7")])
def test_source_form(body, source):
    command = parse(body, TOPICS)
    assert (command.kind, command.source) == ("source", source)


@pytest.mark.parametrize("body", ["q:7K3MX2", "Q:7k3mx2", "q 7K3MX2", "q:7K3MX2 "])
def test_node_form(body):
    command = parse(body, TOPICS)
    assert (command.kind, command.node) == ("node", "7K3MX2")


@pytest.mark.parametrize("body, node, text", [
    ("ingest semax|q:7K3MX2|Rats given Semax had more BDNF.", "7K3MX2", "Rats given Semax had more BDNF."),
    ("INGEST semax | q:7k3mx2 | text here", "7K3MX2", "text here"),
    ("ingest semax|Rats given Semax had more BDNF.", None, "Rats given Semax had more BDNF."),
    ("ingest semx|a: b|c", None, "a: b|c"),
    ("ingest semax", None, ""),
])
def test_ingest_form(body, node, text):
    command = parse(body, TOPICS)
    assert (command.kind, command.slug, command.node, command.text) == ("ingest", "semax", node, text)


@pytest.mark.parametrize("body, kind", [
    ("", "help"), ("   ", "help"), ("help", "help"), ("HELP", "help"), ("?", "small_talk"), ("info", "help"),
    ("STOP", "opt_out"), ("stop", "opt_out"), ("unsubscribe", "opt_out"), ("START", "opt_in"),
    ("xyzzy|what", "unknown_topic"), ("hello there friend", "unknown_topic"), ("🙂", "unknown_topic"),
    ("hi", "small_talk"), ("Thanks!", "small_talk"), ("ok", "small_talk"), ("thank you so much", "small_talk"),
    ("forget me", "forget"), ("Forget me.", "forget"), ("NOTIFY", "notify"), ("more", "more"), ("next", "more"),
    ("YES", "opt_in"),
])
def test_keywords_and_unparseable(body, kind):
    assert parse(body, TOPICS).kind == kind


def test_unknown_topic_keeps_what_was_typed():
    command = parse("bpc157|does it heal tendons", TOPICS)
    assert command.kind == "unknown_topic" and command.typed_slug == "bpc157"


@pytest.mark.parametrize("word, slug", [("semax", "semax"), ("N-Acetyl Semax", "semax"), ("semx", "semax"),
                                        ("selnak", "selank"), ("bpc", None), ("x", None)])
def test_resolve_slug(word, slug):
    assert resolve_slug(word, TOPICS) == slug


@pytest.mark.parametrize("body", ["is ashwagandha safe", "is ashwagandha safe?", "what is ashwagandha"])
def test_a_short_question_about_a_long_name_is_asked_not_a_misspelt_name(body):
    # the whole sentence is within edit distance of a long name, as "ashwagandah" is
    command = parse(body, {**TOPICS, "ashwagandha": ["ashwagandha", "withania somnifera"]})
    assert (command.kind, command.slug) == ("ask", "ashwagandha")


@pytest.mark.parametrize("word, slug", [("ashwagandah", "ashwagandha"), ("withania somnifra", "ashwagandha"),
                                        ("ashwagandha root", None)])
def test_a_long_name_is_still_mended(word, slug):
    assert resolve_slug(word, {"ashwagandha": ["ashwagandha", "withania somnifera"]}) == slug


@pytest.mark.parametrize("body, slug, also", [
    ("thymosin alpha 1 covid", "thymosin-alpha-1", ()),
    ("thymosin b4 for tendons", "tb-500", ()),
    ("thymosin alpha 1 stack with tb500", "thymosin-alpha-1", ("tb-500",)),
])
def test_a_name_inside_a_longer_one_names_nothing_of_its_own(body, slug, also):
    # "thymosin" alone is one edit from "tymosin", an alias of the other topic
    topics = {"tb-500": ["tb500", "thymosin b4", "tymosin"], "thymosin-alpha-1": ["thymosin alpha 1", "ta1"]}
    command = parse(body, topics)
    assert (command.kind, command.slug, command.also) == ("ask", slug, also)


def test_nearest_topics_ranks_closest_first():
    assert nearest_topics("semaxx", TOPICS)[0] == "semax"


@pytest.mark.parametrize("raw, node", [("q:7K3MX2", "7K3MX2"), ("7k3mx2", "7K3MX2"), ("q:7K3", None), ("hello!", None)])
def test_normalise_node(raw, node):
    assert normalise_node(raw) == node


def test_ingest_for_an_unknown_topic_is_marked():
    command = parse("ingest nosuchpeptide|Rats given it had more BDNF.", TOPICS)
    assert command.kind == "unknown_topic" and command.ingesting


@pytest.mark.parametrize("body, slug", [
    # "been" is one edit from the alias "bepecin": an English first word is never a misspelt slug
    ("been depressed for a year. does selank help depression?", "selank"),
    ("semx does it help adhd", "semax"),                       # a word no dictionary knows still is
    # the sentence that asks names the topic asked about
    ("already on semax for focus. does selank help anxiety?", "selank"),
    ("does selank help? a friend takes semax", "selank"),
])
def test_topic_named_in_a_plain_message(body, slug):
    topics = {**TOPICS, "bpc-157": ["bpc", "bepecin"]}
    assert asked_about(body, topics) == slug


TOPICS3 = {**TOPICS, "bpc-157": ["bpc-157", "bpc 157", "bpc157"]}


@pytest.mark.parametrize("body, slug, also", [
    ("is bpc 157 safe", "bpc-157", ()),
    ("is BPC-157 safe", "bpc-157", ()),
    ("bpc157 for tendons?", "bpc-157", ()),
    ("does semax help sleep", "semax", ()),
    ("semax vs selank for anxiety", "semax", ("selank",)),
    ("is selank better than semax for anxiety", "selank", ("semax",)),
])
def test_a_topic_named_anywhere_is_found(body, slug, also):
    command = parse(body, TOPICS3)
    assert (command.kind, command.slug, command.also) == ("ask", slug, also)


@pytest.mark.parametrize("body, kind, slug", [
    ("what about sleep?", "ask", "selank"),          # no slug: the last topic
    ("and is it safe", "ask", "selank"),
    ("is semax safe", "ask", "semax"),               # a named topic wins over the last one
    ("more", "more", "selank"),
    ("s84", "source", "selank"),
    ("2", "pick", "selank"),
    ("semax|more", "more", "semax"),                 # no longer a question node "more"
    ("semax|1", "pick", "semax"),
])
def test_follow_ups_go_to_the_last_topic(body, kind, slug):
    command = parse(body, TOPICS3, last_topic="selank")
    assert (command.kind, command.slug) == (kind, slug)


def test_with_one_topic_no_slug_is_needed():
    command = parse("does it help sleep?", {"semax": ["semax"]})
    assert (command.kind, command.slug, command.text) == ("ask", "semax", "does it help sleep?")


def test_a_sentence_naming_no_topic_asks_which():
    command = parse("what about sleep?", TOPICS3)
    assert command.kind == "unknown_topic" and command.typed_slug is None


def test_a_sentence_naming_no_topic_is_read_for_a_misspelt_name():
    topics = {"shatavari": ["shatavari"], "red-yeast-rice": ["red yeast rice"], "semax": ["semax"]}
    assert misspelt_topics("whats shatavarin IV", topics) == ["shatavari"]
    assert misspelt_topics("red yeats rice make u dizzy?", topics) == ["red-yeast-rice"]
    assert misspelt_topics("what about sleep?", topics) == []  # every word is in a dictionary


def test_a_number_alone_picks_a_source():
    assert parse("3", TOPICS, last_topic="semax").number == 3


@pytest.mark.parametrize("body, slug", [("PS supplement|does it lower cortisol", "phosphatidylserine"),
                                        ("semax spray|focus", "semax"), ("5-htp supplemnt|mood", "5-htp")])
def test_a_name_with_a_word_around_it_before_the_bar_names_that_topic(body, slug):
    # "ps supplement" is closer by edit distance to "5-htp supplement" than to any name of PS
    topics = {**TOPICS, "phosphatidylserine": ["ps", "phosphatidylserine"], "5-htp": ["5-htp", "5-htp supplement"]}
    assert parse(body, topics).slug == slug


def test_what_is_a_name_asks_what_it_is_even_beside_a_long_alias():
    # "what is glutathione" is as close by edit distance to "s-acetyl glutathione" as a typo is
    command = parse("what is glutathione", {**TOPICS, "glutathione": ["glutathione", "s-acetyl glutathione"]})
    assert (command.kind, command.slug, command.text) == ("ask", "glutathione", "what is glutathione")


def test_a_name_written_in_another_alphabet_names_only_itself():
    # "mака" begins with a Latin m: read as Latin letters alone it was "m", and named every "i'm"
    topics = {"semax": ["semax"], "maca": ["maca", "mака", "мака", "玛咖"]}
    assert parse("i'm 58 and my memory is going, would semax help?", topics).slug == "semax"
    assert parse("мака|is it safe", topics).slug == "maca"
    assert parse("does 玛咖 help energy", topics).slug == "maca"


@pytest.mark.parametrize("body, slug", [
    ("gout flare ups, would selank help", "selank"),    # "gout" is close to no name but "selank" is named
    ("cagrilintied is it gentler than semax", "cagrilintide"),  # a long word a letter from a name is it
    ("semx does it help sleep", "semax"),              # and so is a short one when no topic is named
])
def test_a_misspelt_first_word_yields_to_a_topic_named_as_written(body, slug):
    topics = {**TOPICS, "gotu-kola": ["gotu", "gotu kola"], "cagrilintide": ["cagrisema"]}
    assert parse(body, topics).slug == slug


def test_a_question_naming_no_topic_asks_about_the_one_named_nearest_it():
    body = "been on semax for a year. people online say selank does the same. is that true or just hype?"
    assert parse(body, TOPICS).slug == "selank"
    assert parse("already on semax. does selank help joints?", TOPICS).slug == "selank"


@pytest.mark.parametrize("body, slug", [
    ("been lifting 2 yrs and plateaued. my mate says fenugreek helped his strength, legit?", "fenugreek"),
    ("Mate said fenugreek helps, true?", "fenugreek"),
    ("does mate have more caffeine than coffee", "yerba-mate"),
    ("ginger or fenugreek for nausea?", "ginger"),
    ("my ginger hair is thinning, would fenugreek help", "fenugreek"),
    ("Does DIM change how your body handles fenugreek?", "dim"),
])
def test_a_name_that_is_a_word_of_english_gives_way_to_another_name_unless_compared(body, slug):
    # "mate", "ginger" and "dim" name topics, and are words of English too
    topics = {"yerba-mate": ["mate", "yerba mate"], "ginger": ["ginger"], "fenugreek": ["methi"],
              "dim": ["diindolylmethane"]}
    assert asked_about(body, topics) == slug


def test_no_name_runs_across_the_bar():
    # "silver ear" is a name of tremella; "colloidal-silver|ear infection" asks colloidal silver about ears
    topics = {"colloidal-silver": ["colloidal silver"], "tremella": ["silver ear", "snow fungus"]}
    command = parse("colloidal-silver|ear infection", topics)
    assert (command.kind, command.slug, command.also) == ("ask", "colloidal-silver", ())


@pytest.mark.parametrize("body, slug", [
    ("shes seen a fucoidan seaweed supplement advertised. is there evidence for it?", None),  # "seen a": "seena"
    ("does it affect the pill at all? I really cant get pregnant", None),                     # "all i": "alli"
    ("does ash wagandha help sleep", "ashwagandha"),   # a name split in two
    ("is l theanine ok with coffee", "l-theanine"),
])
def test_everyday_words_run_together_name_nothing(body, slug):
    topics = {"senna": ["seena"], "orlistat": ["alli"], "ashwagandha": ["ashwagandha"], "l-theanine": ["ltheanine"]}
    assert asked_about(body, topics) == slug


@pytest.mark.parametrize("body, slug", [
    ("bloated af since starting it lol is that normal", None),  # a rare word of English, near "borate"
    ("clove capsules upset stomach?", "clove-oil"),            # a word of a name: the name, misspelt
])
def test_a_rare_word_of_english_first_misspells_no_name_unless_a_name_holds_it(body, slug):
    topics = {"boron": ["borate"], "clove-oil": ["clove oil"]}
    assert asked_about(body, topics) == slug


@pytest.mark.parametrize("body, slug", [
    ("bullous pemphigoid, does it go away if you stop", None),  # "bluelotus": 75 % alike, but four edits
    ("divils claw pregnant ok?", None),                         # nor "advil": two edits in six letters
    ("semx does it help sleep", "semax"),                       # one edit in four letters is a typo
])
def test_a_misspelt_first_word_is_at_most_one_edit_in_four_letters_from_a_name(body, slug):
    topics = {"blue-lotus": ["blue lotus", "bluelotus"], "ibuprofen": ["advil"], "devils-claw": ["devils claw"],
              "semax": ["semax"]}
    assert asked_about(body, topics) == slug


@pytest.mark.parametrize("body, slug", [
    ("clove capsules upset stomach?", "clove-oil"),      # not "clovate", which is closer by edit distance
    ("vitamin pills for tiredness?", None),              # a word of several topics' names means none of them
    ("nosebleed on ticagrelor, whats normal", "ticagrelor"),  # nor one when a topic is named as written
])
def test_a_word_of_a_name_first_means_the_one_topic_whose_names_hold_it(body, slug):
    topics = {"clove-oil": ["clove oil"], "clobetasol": ["clovate"], "vitamin-d": ["vitamin d"],
              "vitamin-e": ["vitamin e"], "yarrow": ["nosebleed plant"], "ticagrelor": ["brilinta"]}
    assert asked_about(body, topics) == slug


def test_a_chat_word_first_is_no_misspelt_slug():
    # "im" is one letter from "dim" (diindolylmethane), and begins many a message about something else
    topics = {"dim": ["diindolylmethane"], "nicotine": ["nicotine patch"]}
    assert parse("im 8 weeks pregnant and still smoking, should i stop", topics).kind == "unknown_topic"
    assert parse("dimm for acne?", topics).slug == "dim"


@pytest.mark.parametrize("body, slug", [
    ("im type 2 diabetic on metformin, is lions mane ok with that", "lions-mane"),
    ("taking metformin, any issue with lions mane", "lions-mane"),
    ("can i take lions mane with metformin", "lions-mane"),
    # "i take X" says what someone is on, as "on X" does; "can i take X" asks about X
    ("i take metformin for my sugar, is lions mane ok with that", "lions-mane"),
    ("should i take metformin with lions mane", "metformin"),
    # and so do they with a word between: "a", "daily", "low dose"
    ("i take a daily metformin, is lions mane ok with that", "lions-mane"),
    ("im on a low dose metformin, does lions mane mess with it", "lions-mane"),
    ("does metformin lower b12", "metformin"),
])
def test_a_medicine_someone_is_on_is_context_for_the_topic_asked_about(body, slug):
    topics = {"metformin": ["glucophage"], "lions-mane": ["lions mane", "hericium"], "vitamin-b12": ["b12"]}
    assert asked_about(body, topics) == slug


@pytest.mark.parametrize("body, slug", [
    # the clause after a comma that asks names what is asked about; what came before is what happened
    ("reglan gave me tremors and restlessness, would domperidone be better", "domperidone"),
    ("im allergic to aspirin, any problem with cranberry juice?", "cranberry"),
    ("had a reglan shot once, why do people say domperidone is safer", "domperidone"),
    # unless it sets the other beside it: "is it like X", "better than X"
    ("wat even is domperidone, is it like reglan", "domperidone"),
    ("domperidone for gastroparesis, is it better than reglan?", "domperidone"),
    # nor one added to what came before
    ("reglan gives me headaches. should i take cranberry juice with it?", "metoclopramide"),
    ("had a reglan shot once, can i take cranberry juice with it", "metoclopramide"),
    # when the sentence that asks names none, the topic named last, unless it is what another is likened to
    ("i read domperidone works better than reglan. is that true?", "domperidone"),
    ("my pharmacist sells cranberry juice as a natural reglan. does it work", "cranberry"),
    ("my friend takes reglan. i read about domperidone. is it safe?", "domperidone"),
    # and no comma, no clause: the order named
    ("is it ok to take reglan with cranberry juice", "metoclopramide"),
])
def test_the_clause_that_asks_names_the_topic_asked_about(body, slug):
    topics = {"metoclopramide": ["reglan"], "domperidone": ["motilium"], "cranberry": ["cranberry juice"],
              "aspirin": ["asa"]}
    assert asked_about(body, topics) == slug


@pytest.mark.parametrize("body, slug", [
    ("goldenseal|does it help colds", "goldenseal"),
    ("is golden-seal safe in pregnancy", "goldenseal"),
    ("bbr for blood sugar?", "berberine"),
])
def test_a_topic_own_slug_is_no_alias_of_another(body, slug):
    # berberine's curators listed the plant it comes from; once that plant is a topic, its name is its own
    topics = {"goldenseal": ["goldenseal", "hydrastis"], "berberine": ["berberine", "bbr", "goldenseal"]}
    assert asked_about(body, topics) == slug


@pytest.mark.parametrize("body, slug", [
    ("at my age is creatine still worth it", "creatine"),
    ("Age 52, is creatine ok for me", "creatine"),
    ("does AGE lower blood pressure", "garlic"),
    ("age|blood pressure", "garlic"),
])
def test_an_alias_in_capitals_that_is_an_everyday_word_names_its_topic_only_in_capitals(body, slug):
    # "AGE" is aged garlic extract; "at my age" is not
    topics = {"garlic": ["garlic", "AGE", "kyolic"], "creatine": ["creatine"]}
    assert asked_about(body, topics) == slug


@pytest.mark.parametrize("body, last_topic, slug", [
    ("same|does it help depression", None, "same"),
    ("how fast does same work for mood", None, "same"),
    ("same + prozac ok or nah", None, "same"),
    ("is creatine hcl the same as monohydrate", None, "creatine"),
    ("Same here. does creatine help sleep?", None, "creatine"),
    ("my gym buddy takes the same stuff. is creatine bad for kidneys", None, "creatine"),
    ("same question for sleep?", "creatine", "creatine"),
    ("is it the same for women", "creatine", "creatine"),
    ("does SAMe help knees", "creatine", "same"),
    ("is eating beans the same as taking the extract", None, None),  # after an article it is the word
    ("would that do the same as the capsules", None, None),
])
def test_a_name_that_is_an_everyday_word_gives_way_to_any_other(body, last_topic, slug):
    # a topic whose name is also one of the commonest English words ("same" for SAMe) is named by it
    # only when nothing else can be meant: no other topic named, no conversation under way
    topics = {"same": ["same", "sam-e", "ademetionine"], "creatine": ["creatine"]}
    assert asked_about(body, topics, last_topic) == slug
