"""Tables of input -> expected output for service.extract."""
import re

import pytest

from service.extract import (
    MAX_CLAIM_CHARS, MAX_PASTE_CHARS, TIER_RULES, TIERS, EmptyPaste, Identifiers, PasteTooLong,
    SourceGuess, find_identifiers, fingerprint, guess_source, normalise, split_claims, tier_claims,
    tier_for, tier_paste,
)

RAT_ABSTRACT = ("Semax (50 µg/kg) was administered intranasally to Wistar rats. "
                "BDNF protein levels in the hippocampus increased 1.4-fold. PMID: 16996037")
CLINICAL_ABSTRACT = ("In a randomized, placebo-controlled trial, 110 patients after ischemic stroke received "
                     "Semax 6 mg/day intranasally for 10 days. Motor deficits resolved faster than with placebo "
                     "by day 30. doi:10.1234/abcd.5678")
BLOG = ("I started Semax nasal spray two weeks ago and my focus is noticeably better. "
        "The afternoon slump is mostly gone and work feels easier to start.")
REDDIT_URL = "https://www.reddit.com/r/Nootropics/comments/abc123/semax_experience/"


def pipeline(text):
    """What an ingest does: normalise, identify, guess the source, split, tier."""
    text = normalise(text)
    ids = find_identifiers(text)
    source = guess_source(text, ids)
    return ids, source, tier_claims(split_claims(text), source.kind)


# --- normalise ---------------------------------------------------------------

@pytest.mark.parametrize("raw, expected", [
    ("  Semax  ", "Semax"),
    ("Semax   raises\tBDNF", "Semax raises BDNF"),
    ("Semax\x00 raises\x07 BDNF\x1b", "Semax raises BDNF"),
    ("Se\u200bmax\ufeff", "Semax"),                         # invisible format characters
    ("ＳＥＭＡＸ　１２３", "SEMAX 123"),                        # fullwidth letters, digits, space
    ("50\u00a0µg", "50 μg"),                                  # NBSP -> space, micro sign -> mu
    ("ﬁsh", "fish"),                                          # ligature
    ("a\r\nb\rc", "a\nb\nc"),
    ("a\n\n\n\n\nb", "a\n\nb"),
    ("a  \n  b", "a\nb"),
    ("line one\n\nline two", "line one\n\nline two"),
])
def test_normalise(raw, expected):
    assert normalise(raw) == expected


@pytest.mark.parametrize("raw", ["", "   ", "\n\n\t\n", "\x00\x01\u200b"])
def test_normalise_empty(raw):
    with pytest.raises(EmptyPaste):
        normalise(raw)


@pytest.mark.parametrize("raw, allow_long, too_long", [
    ("x" * MAX_PASTE_CHARS, False, False),
    ("x" * (MAX_PASTE_CHARS + 1), False, True),
    ("x" * (MAX_PASTE_CHARS + 1), True, False),
    ("x" * MAX_PASTE_CHARS + "   \n\n\n", False, False),   # the limit counts normalised text
])
def test_normalise_length(raw, allow_long, too_long):
    if too_long:
        with pytest.raises(PasteTooLong):
            normalise(raw, allow_long=allow_long)
    else:
        assert len(normalise(raw, allow_long=allow_long)) >= MAX_PASTE_CHARS


def test_paste_errors_are_value_errors():
    assert issubclass(PasteTooLong, ValueError) and issubclass(EmptyPaste, ValueError)


# --- find_identifiers --------------------------------------------------------

@pytest.mark.parametrize("text, field, expected", [
    ("see https://examine.com/supplements/semax/.", "urls", ("https://examine.com/supplements/semax/",)),
    ("see http://a.org/x, and https://b.org/y)", "urls", ("http://a.org/x", "https://b.org/y")),
    ("bare www.selfhacked.com/semax here", "urls", ("https://www.selfhacked.com/semax",)),
    ("(https://en.wikipedia.org/wiki/Semax_(drug))", "urls", ("https://en.wikipedia.org/wiki/Semax_(drug)",)),
    ("https://a.org/x and again https://a.org/x", "urls", ("https://a.org/x",)),
    ("no links at all", "urls", ()),
    ("PMID: 34201112", "pmids", ("34201112",)),
    ("PMID 34201112; pmid:123", "pmids", ("34201112", "123")),
    ("PMID- 16996037", "pmids", ("16996037",)),
    ("https://pubmed.ncbi.nlm.nih.gov/34201112/", "pmids", ("34201112",)),
    ("https://www.ncbi.nlm.nih.gov/pubmed/16996037", "pmids", ("16996037",)),
    ("PMID: 34201112 and pubmed.ncbi.nlm.nih.gov/34201112/", "pmids", ("34201112",)),
    ("doi:10.1234/abcd.5678", "dois", ("10.1234/abcd.5678",)),
    ("(doi: 10.1234/abcd.5678).", "dois", ("10.1234/abcd.5678",)),
    ("https://doi.org/10.1134/S1062359006040145", "dois", ("10.1134/S1062359006040145",)),
    ("10.1016/S0140-6736(20)30183-5, cited", "dois", ("10.1016/S0140-6736(20)30183-5",)),
    ("10.1234/ABC and doi.org/10.1234/abc", "dois", ("10.1234/ABC",)),
    ("1.4-fold, 10.5 mg", "dois", ()),
    ("NCT01234567", "ncts", ("NCT01234567",)),
    ("nct01234567 and NCT01234567", "ncts", ("NCT01234567",)),
    ("https://clinicaltrials.gov/study/NCT01234567?x=1", "ncts", ("NCT01234567",)),
    ("NCT0123456 is too short", "ncts", ()),
])
def test_find_identifiers(text, field, expected):
    assert getattr(find_identifiers(text), field) == expected


def test_identifiers_keep_order_of_appearance():
    ids = find_identifiers("PMID: 2 then https://b.org then PMID: 1 then https://a.org")
    assert ids == Identifiers(urls=("https://b.org", "https://a.org"), pmids=("2", "1"), dois=(), ncts=())


# --- guess_source ------------------------------------------------------------

@pytest.mark.parametrize("text, kind, platform, url", [
    (RAT_ABSTRACT, "study", None, None),
    (CLINICAL_ABSTRACT, "study", None, None),
    ("Semax in stroke, NCT01234567, is recruiting patients.", "study", None, None),
    ("https://pubmed.ncbi.nlm.nih.gov/16996037/", "study", "pubmed.ncbi.nlm.nih.gov",
     "https://pubmed.ncbi.nlm.nih.gov/16996037/"),
    ("https://clinicaltrials.gov/search?term=semax", "study", "clinicaltrials.gov",
     "https://clinicaltrials.gov/search?term=semax"),
    (f"{REDDIT_URL}\nSemax has been great for me.", "reddit", "r/Nootropics", REDDIT_URL),
    ("https://old.reddit.com/r/Peptides/comments/x1/", "reddit", "r/Peptides",
     "https://old.reddit.com/r/Peptides/comments/x1/"),
    ("https://redd.it/abc123", "reddit", "Reddit", "https://redd.it/abc123"),
    (f"{REDDIT_URL} cites PMID: 16996037", "reddit", "r/Nootropics", REDDIT_URL),   # a post citing a study
    ("r/Nootropics • Posted by u/someone\nSemax made me calmer.", "reddit", "r/Nootropics", None),
    ("https://x.com/someone/status/123", "x", "X", "https://x.com/someone/status/123"),
    ("https://twitter.com/someone/status/123", "x", "X", "https://twitter.com/someone/status/123"),
    ("https://www.youtube.com/watch?v=abc", "youtube", "YouTube", "https://www.youtube.com/watch?v=abc"),
    ("https://youtu.be/abc", "youtube", "YouTube", "https://youtu.be/abc"),
    ("https://www.instagram.com/p/abc/", "instagram", "Instagram", "https://www.instagram.com/p/abc/"),
    ("https://examine.com/supplements/semax/", "web", "examine.com", "https://examine.com/supplements/semax/"),
    ("www.selfhacked.com/blog/semax", "web", "selfhacked.com", "https://www.selfhacked.com/blog/semax"),
    ("https://notreddit.com/r/x", "web", "notreddit.com", "https://notreddit.com/r/x"),
    (BLOG, "paste", None, None),
])
def test_guess_source(text, kind, platform, url):
    guess = guess_source(text, find_identifiers(text))
    assert (guess.kind, guess.platform, guess.url) == (kind, platform, url)


@pytest.mark.parametrize("text, title", [
    (RAT_ABSTRACT, "Semax (50 μg/kg) was administered intranasally to Wistar rats."),   # NFKC: µ -> μ
    ("Semax for focus\nSemax is a peptide.", "Semax for focus"),
    (f"{REDDIT_URL}\nMy month on Semax", "My month on Semax"),
    ("PMID: 16996037\nSemax and BDNF in rats", "Semax and BDNF in rats"),
    ("word " * 40, ("word " * 19).strip() + "..."),
])
def test_guess_source_title(text, title):
    text = normalise(text)
    assert guess_source(text, find_identifiers(text)).title == title


def test_title_is_at_most_about_100_chars():
    title = guess_source("a" * 30 + " " + "b" * 80, find_identifiers("")).title
    assert title == "a" * 30 + "..." and len(title) <= 100


def test_source_guess_is_frozen():
    with pytest.raises(AttributeError):
        SourceGuess("paste", None, None, "t").kind = "web"


# --- split_claims ------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    (RAT_ABSTRACT, ["Semax (50 μg/kg) was administered intranasally to Wistar rats.",
                    "BDNF protein levels in the hippocampus increased 1.4-fold."]),
    ("Semax raised BDNF 1.4-fold in the hippocampus. It also raised NGF in the retina.",
     ["Semax raised BDNF 1.4-fold in the hippocampus.", "It also raised NGF in the retina."]),
    ("Peptides, e.g. Semax and Selank, are given intranasally in Russia.",
     ["Peptides, e.g. Semax and Selank, are given intranasally in Russia."]),
    ("As Ashmarin et al. showed, Semax acts within minutes of dosing.",
     ["As Ashmarin et al. showed, Semax acts within minutes of dosing."]),
    ("Semax vs. Selank is a common comparison among users.",
     ["Semax vs. Selank is a common comparison among users."]),
    ("Dr. Myasoedov developed Semax in Moscow in the 1980s.",
     ["Dr. Myasoedov developed Semax in Moscow in the 1980s."]),
    ("The dose is approx. 600 mcg per day for stroke patients.",
     ["The dose is approx. 600 mcg per day for stroke patients."]),
    ("Semax is not approved in the U.S. but is sold as a research chemical.",
     ["Semax is not approved in the U.S. but is sold as a research chemical."]),
    ("Is Semax safe for daily use? It was well tolerated in trials.", ["It was well tolerated in trials."]),
    # a lowercase start is a sentence too: gene names in abstracts, tweets typed without capitals
    ("BDNF rose 1.4-fold after three hours. trkB phosphorylation increased 1.6-fold.",
     ["BDNF rose 1.4-fold after three hours.", "trkB phosphorylation increased 1.6-fold."]),
    ("400mcg every morning and I'm done with coffee. not for everyone though, my brother got headaches",
     ["400mcg every morning and I'm done with coffee.", "not for everyone though, my brother got headaches"]),
    # ... but not after an ellipsis or an abbreviation that usually sits mid-sentence
    ("It raised NGF in the frontal cortex... and the retina levels were low in comparison.",
     ["It raised NGF in the frontal cortex... and the retina levels were low in comparison."]),
    ("Semax eased stress, fatigue, etc. and improved focus within 5 min. after dosing.",
     ["Semax eased stress, fatigue, etc. and improved focus within 5 min. after dosing."]),
    # a quotation is one piece, even when it holds two sentences
    ('It protects against excitotoxicity: "removal of the C-end Pro led to the loss of activity of the fragments. '
     'PGP showed the highest activity of all peptides tested", showing the C-terminal fragment matters.',
     ['It protects against excitotoxicity: "removal of the C-end Pro led to the loss of activity of the fragments. '
      'PGP showed the highest activity of all peptides tested", showing the C-terminal fragment matters.']),
    # a verbless scrap stays with the sentence it qualifies instead of being lost
    ("Intranasal use is shorter, whilst injections last longer. Between 2-10 hours.",
     ["Intranasal use is shorter, whilst injections last longer. Between 2-10 hours."]),
    # the section labels of a structured abstract are not part of the claim
    ("RESULTS: Motor deficits improved faster with Semax than with placebo. CONCLUSIONS: Semax was well tolerated.",
     ["Motor deficits improved faster with Semax than with placebo.", "Semax was well tolerated."]),
    ("Background: Semax is registered in Russia for stroke.", ["Semax is registered in Russia for stroke."]),
])
def test_split_sentences(text, expected):
    assert split_claims(normalise(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Benefits:\n• Semax improves focus under stress\n• Semax speeds stroke recovery",
     ["Semax improves focus under stress", "Semax speeds stroke recovery"]),
    ("- Semax raises BDNF in the hippocampus\n* Semax lowers cortisol under stress",
     ["Semax raises BDNF in the hippocampus", "Semax lowers cortisol under stress"]),
    ("1. Semax raises BDNF in the hippocampus\n2) Semax lowers cortisol under stress",
     ["Semax raises BDNF in the hippocampus", "Semax lowers cortisol under stress"]),
    ("• Take two drops twice daily. One in each nostril, twice a day.",
     ["Take two drops twice daily. One in each nostril, twice a day."]),          # a bullet stays whole
    ("• increased brain BDNF levels;\n• reduced breakdown of enkephalins;",
     ["increased brain BDNF levels", "reduced breakdown of enkephalins"]),
    # a fragment under a heading that says what the list is takes the heading along
    ("On-label indications for Semax 1%\n\n  • Faster recovery after strokes\n  • Transient ischemic attacks",
     ["On-label indications for Semax 1%: Faster recovery after strokes",
      "On-label indications for Semax 1%: Transient ischemic attacks"]),
    # ... and so does a list after a lead-in, which is no claim by itself
    ("Early research identified a few possible mechanisms, such as:\n\n• increased brain BDNF levels;\n"
     "• reduced breakdown of enkephalins.",
     ["Early research identified a few possible mechanisms, such as: increased brain BDNF levels",
      "Early research identified a few possible mechanisms, such as: reduced breakdown of enkephalins."]),
    ("Side effects:\n• hair loss\n• Some users report headaches in the first week.",     # too short alone
     ["Side effects: hair loss", "Some users report headaches in the first week."]),
    ("Usage and Dosage\n• Take 2-4 drops twice daily.\n• Cold storage is important.",   # sentences stay whole
     ["Take 2-4 drops twice daily.", "Cold storage is important."]),
])
def test_split_bullets(text, expected):
    assert split_claims(normalise(text)) == expected


@pytest.mark.parametrize("line", [
    "This post is not medical advice and should not be read as such.",
    "This post is not a recommendation or endorsement for the use of Semax.",
    "We have written this post for informational purposes only, nothing more.",
    "Always consult your doctor before starting any new supplement.",
    "Be sure to talk to a doctor before experimenting with Semax.",
    "Only a qualified medical professional can help you navigate these concerns.",
    "These statements have not been evaluated by the Food and Drug Administration.",
    "Read on to learn more about this drug, its effects, and mechanisms.",
    "Click here to see our full list of nootropic peptides.",
    "Subscribe to our newsletter for weekly peptide research updates.",
    "Share this article with a friend who is interested in nootropics.",
    "Sign up for free to get the full Semax dosing guide today.",
    "Learn more about Semax in our complete guide to peptides.",
    "Use the dosing calculator for exact volumes of each dose.",
    "If you have any doubts, please contact our qualified experts for advice.",
    "Watch: Semax Biohacker Review — The Caviar of Russian Nootropics",
    "The arrow signifies the point of administration.",              # a figure legend, no figure
    "Asterisks indicate p < 0.05 versus the saline group.",
    "Who knows how that's possible...",                               # rhetorical
    "Dolotov OV, Karpenko EA, Inozemtseva LS, et al. Brain Res.",     # a citation's authors
    "Smith J, Jones AB and Brown C. Peptides in stroke care.",
])
def test_split_drops_boilerplate(line):
    assert split_claims(normalise(f"Semax raised BDNF in rat hippocampus.\n\n{line}")) == [
        "Semax raised BDNF in rat hippocampus."]


@pytest.mark.parametrize("heading", [
    "Mechanism of Action",
    "Mood Modulator",
    "On-label indications for Semax 0.1%",
    "Preventing or Reducing Brain and Nerve Damage",
    "What the Evidence Actually Looks Like",
    "ADHD (Attention deficit hyperactivity disorder)",
    "1, brainstem; 2, cerebellum; 3, frontal cortex; 4, hippocampus; 5, retina",
    "Your most pressing questions answered:",
    "How Long Does It Last?",
    "## Side effects and safety",
    "| Level | Daily dose | Pattern |",
    "https://examine.com/supplements/semax/",
    "PMID: 16996037",
    "Source: doi:10.1234/abcd.5678",
    "Semax is great.",                        # a fragment under 25 characters
])
def test_split_drops_non_claims(heading):
    text = f"{heading}\nSemax raised BDNF in rat hippocampus."
    assert split_claims(normalise(text)) == ["Semax raised BDNF in rat hippocampus."]


@pytest.mark.parametrize("text, expected", [
    ('"Semax works better for me than any racetam."', ["Semax works better for me than any racetam."]),
    ("“Semax works better for me than any racetam.”", ["Semax works better for me than any racetam."]),
    ('"Clarity" is the universal descriptor among users.', ['"Clarity" is the universal descriptor among users.']),
    ("semax has been great for my focus lately", ["semax has been great for my focus lately"]),   # a tweet
    ("Semax raised BDNF in rats.\nsemax raised  BDNF in RATS.", ["Semax raised BDNF in rats."]),
    ("This abstract was copied from a PDF that wrapped its lines at\nsixty or so characters, "
     "which should not split a sentence.",
     ["This abstract was copied from a PDF that wrapped its lines at sixty or so characters, "
      "which should not split a sentence."]),
    ("How Semax Works\nSemax raises BDNF and strengthens its receptors.",
     ["Semax raises BDNF and strengthens its receptors."]),
    # a link on its own line never glues onto the post under it
    ("https://x.com/someone/status/123\nsemax has been great for my focus lately",
     ["semax has been great for my focus lately"]),
    ("Semax raised BDNF in rats\nhttps://pubmed.ncbi.nlm.nih.gov/16996037/", ["Semax raised BDNF in rats"]),
    # a short question after a statement is dropped on its own, not glued onto it
    ("Stopped and it went away in two days. Anyone else?", ["Stopped and it went away in two days."]),
])
def test_split_cleans_and_dedupes(text, expected):
    assert split_claims(normalise(text)) == expected


def test_split_caps_long_claims_with_three_dots():
    claim, = split_claims(" ".join(["Semax raised BDNF"] * 60) + ".")
    assert len(claim) <= MAX_CLAIM_CHARS and claim.endswith("BDNF...") and "…" not in claim


# --- tiers -------------------------------------------------------------------

def test_tier_rules_table_shape():
    assert [tier for tier, _, _ in TIER_RULES] == sorted((t for t, _, _ in TIER_RULES), key=TIERS.index)
    assert all(isinstance(rx, re.Pattern) and why for _, rx, why in TIER_RULES)


@pytest.mark.parametrize("claim, tier", [
    ("In a randomized trial, Semax improved recovery after stroke.", "human"),
    ("110 patients after ischemic stroke received Semax.", "human"),
    ("A 2018 study in 110 post-stroke patients confirmed Semax raised plasma BDNF.", "human"),
    ("A double-blind study found no change in attention.", "human"),
    ("Semax was studied in healthy male users under extreme tasks.", "human"),
    ("In another trial in almost 200 people, Semax reduced brain damage.", "human"),
    ("The dose is 500 mcg in humans for ischemic stroke.", "human"),
    ("A case report describes mania after Semax.", "human"),
    ("Semax did not improve memory in healthy volunteers.", "human"),      # a negative result is still human
    ("In rats, Semax raised hippocampal BDNF.", "preclinical"),
    ("Semax protected cultured neurons in vitro.", "preclinical"),
    ("Mice given Semax explored more.", "preclinical"),
    ("In a murine model of ischemia, Semax reduced infarct size.", "preclinical"),
    ("None of the animals died even at hundreds of times the dose.", "preclinical"),
    ("Semax alone (0.15 and 0.6 mg/kg, i.p.) failed to alter dopamine.", "preclinical"),
    ("Rats were measured in their rotation (a bit like dancing in humans).", "preclinical"),
    ("Unlike rat studies, no patients have been tested so far.", "preclinical"),   # the human cue is negated
    ("I have used NASA plenty and less is more.", "anecdote"),
    ("Selank works better intranasal than injections for me!", "anecdote"),
    ("A Redditor articulated why Semax is an effective antidepressant:", "anecdote"),
    ("Semax users report huge variability in duration.", "anecdote"),
    ("The hair loss claim is anecdotal and unconfirmed.", "anecdote"),
    ("One individual with bipolar reported negative side effects.", "anecdote"),
    ("My experience with Semax has been mixed at best.", "anecdote"),
    ("Phase I data on the peptide have been published.", "published"),
    ("Semax is a synthetic analogue of ACTH(4-10).", "published"),
    ("No Western RCTs exist for Semax.", "published"),
    ("There are no human trials of N-Acetyl Semax Amidate.", "published"),
    ("Given the lack of clinical trials, the claim is weak.", "published"),
    ("What's missing: Western RCTs for cognitive enhancement in healthy people.", "published"),
    ("The trials were not placebo-controlled.", "published"),
    # only a negated first cue rules a tier out: these trials happened, they were just uncontrolled
    ("All three clinical trials were done in Russia but none were placebo-controlled.", "human"),
    ("Acting in conditions of experimental focal ischemia, Semax altered gene expression.", "preclinical"),
    ("After middle cerebral artery occlusion, Semax reduced infarct volume.", "preclinical"),
])
def test_tier_for_cues(claim, tier):
    assert tier_for(claim, "web")[0] == tier


@pytest.mark.parametrize("kind, tier", [
    ("study", "published"), ("web", "published"), ("paste", "published"),
    ("reddit", "anecdote"), ("x", "anecdote"), ("youtube", "anecdote"), ("instagram", "anecdote"),
])
def test_tier_for_uncued_takes_source_tier(kind, tier):
    assert tier_for("Semax is a synthetic analogue of ACTH.", kind)[0] == tier


@pytest.mark.parametrize("kind", ["reddit", "x", "youtube", "instagram"])
def test_social_posts_are_always_anecdotes(kind):
    tier, reason = tier_for("A randomized trial in 110 patients and a study in rats both found it works.", kind)
    assert tier == "anecdote" and "anecdote" in reason


def test_tier_for_rejects_unknown_kind():
    with pytest.raises(ValueError):
        tier_for("Semax is a peptide made in Russia.", "podcast")


@pytest.mark.parametrize("claim, kind, words", [
    ("In rats, Semax raised BDNF.", "web", ["animals", "rats"]),
    ("Semax is a peptide made in Russia.", "paste", ["paste", "published"]),
    ("Semax is a peptide made in Russia.", "reddit", ["Reddit"]),
])
def test_tier_for_reason_says_why(claim, kind, words):
    reason = tier_for(claim, kind)[1]
    assert all(word in reason for word in words)


@pytest.mark.parametrize("claims, kind, tiers", [
    # an uncued result in a rat abstract is about the rats
    (["Semax was given intranasally to Wistar rats.", "BDNF rose 1.4-fold."], "study", ["preclinical"] * 2),
    (["110 patients received Semax.", "Recovery was faster."], "study", ["human"] * 2),
    (["I take Semax every morning.", "Focus is much better now."], "paste", ["anecdote"] * 2),
    # a tie, or no cue at all, falls back to the source's tier
    (["In rats it raised BDNF.", "In 40 patients it did too.", "Effects built over days."], "web",
     ["preclinical", "human", "published"]),
    (["Semax is a peptide.", "It was made in Russia."], "study", ["published"] * 2),
    # social posts are anecdotes whatever they say
    (["In rats it raised BDNF.", "BDNF rose 1.4-fold."], "reddit", ["anecdote"] * 2),
])
def test_tier_claims_inherits_dominant_cue(claims, kind, tiers):
    assert [tier for _, tier, _ in tier_claims(claims, kind)] == tiers


def test_long_article_generic_claims_take_source_tier():
    claims = ["In rats, Semax raised BDNF."] * 10 + [f"Generic statement {i} about Semax." for i in range(10)]
    tiered = tier_claims(claims, "web")
    assert [tier for _, tier, _ in tiered[10:]] == ["published"] * 10


def test_long_study_paste_still_inherits():
    claims = ["In rats, Semax raised BDNF."] * 10 + [f"Result number {i} was significant." for i in range(10)]
    assert {tier for _, tier, _ in tier_claims(claims, "study")} == {"preclinical"}


# --- whole pastes ------------------------------------------------------------

@pytest.mark.parametrize("text, kind, ids, tiers", [
    (RAT_ABSTRACT, "study", ("pmids", ("16996037",)), {"preclinical"}),
    (CLINICAL_ABSTRACT, "study", ("dois", ("10.1234/abcd.5678",)), {"human"}),
    (BLOG, "paste", ("urls", ()), {"anecdote"}),
    (f"{REDDIT_URL}\nA study in rats showed Semax raised BDNF. Worked for me too.", "reddit",
     ("urls", (REDDIT_URL,)), {"anecdote"}),
    ("https://x.com/someone/status/123\nSemax in 110 stroke patients sped recovery.", "x",
     ("urls", ("https://x.com/someone/status/123",)), {"anecdote"}),
    ("NCT01234567: Semax in 60 patients with chronic cerebral ischemia, randomized.", "study",
     ("ncts", ("NCT01234567",)), {"human"}),
])
def test_pipeline(text, kind, ids, tiers):
    found, source, tiered = pipeline(text)
    assert source.kind == kind
    assert getattr(found, ids[0]) == ids[1]
    assert tiered and {tier for _, tier, _ in tiered} == tiers


def test_pipeline_rat_abstract_drops_the_pmid_line():
    _, _, tiered = pipeline(RAT_ABSTRACT)
    assert [claim for claim, _, _ in tiered] == [
        "Semax (50 μg/kg) was administered intranasally to Wistar rats.",
        "BDNF protein levels in the hippocampus increased 1.4-fold."]


# --- fingerprint -------------------------------------------------------------

@pytest.mark.parametrize("a, b", [
    ("Semax raised BDNF 1.4-fold.", "semax raised bdnf 1 4 fold"),
    ("Semax  raised\nBDNF", "SEMAX RAISED BDNF"),
    ("Semax, raised: BDNF!", "Semax raised BDNF"),
    ("ＳＥＭＡＸ raised BDNF", "Semax raised BDNF"),
    ("Straße", "STRASSE"),
    ("  Semax raised BDNF  ", "Semax raised BDNF"),
])
def test_fingerprint_equal(a, b):
    assert fingerprint(a) == fingerprint(b)


@pytest.mark.parametrize("a, b", [
    ("Semax raised BDNF", "Semax lowered BDNF"),
    ("Semax raised BDNF 1.4-fold", "Semax raised BDNF 14-fold"),
])
def test_fingerprint_differs(a, b):
    assert fingerprint(a) != fingerprint(b)


def test_fingerprint_is_sha256_hex():
    assert re.fullmatch(r"[0-9a-f]{64}", fingerprint("Semax"))


# --- tier_paste: what the layout shows ---------------------------------------------

RETOLD = """Semax has a notable effect on stress. A Redditor articulated why Semax is such an effective antidepressant:

First, Semax holds the key to treating inflammation that causes depression.
In clinical trials, Selank demonstrated anxiolytic effects as good as benzos.

BDNF Promoter

Research has shown it promotes BDNF, which helps learning in rats."""


def test_retelling_after_a_lead_in_is_an_anecdote():
    tiered = [(claim[:20], tier) for claim, tier, _ in tier_paste(normalise(RETOLD), "paste")]
    assert tiered == [("Semax has a notable ", "published"),
                      ("A Redditor articulat", "anecdote"),        # its own cue
                      ("First, Semax holds t", "anecdote"),        # the Redditor's words
                      ("In clinical trials, ", "anecdote"),        # even where they cite trials
                      ("Research has shown i", "preclinical")]     # the heading ends the retelling


def test_retelling_ends_at_a_markdown_heading():
    text = RETOLD.replace("\n\nBDNF Promoter\n\n", "\n## Semax raised BDNF in this study.\n")
    assert [tier for _, tier, _ in tier_paste(normalise(text), "paste")][-1] == "preclinical"
    assert "Semax raised BDNF in this study." not in split_claims(normalise(text))


def test_retelling_ends_at_a_blank_line():
    text = RETOLD.replace("\n\nBDNF Promoter\n\n", "\n\n")
    assert [tier for _, tier, _ in tier_paste(normalise(text), "paste")][-1] == "preclinical"


def test_section_under_a_users_heading_is_an_anecdote():
    text = ("What Users Report\n\"Clarity\" is the universal descriptor, and brain fog lifts within days.\n"
            "Irritability at higher doses is common.\nWhat the Evidence Looks Like\n"
            "Multiple acute-stroke trials in patients found faster recovery.")
    tiered = tier_paste(normalise(text), "web")
    assert [tier for _, tier, _ in tiered] == ["anecdote", "anecdote", "human"]
    assert "What Users Report" in tiered[0][2]


def test_tier_paste_matches_tier_claims_without_layout_cues():
    text = normalise(RAT_ABSTRACT)
    assert tier_paste(text, "study") == tier_claims(split_claims(text), "study")


def test_list_after_a_users_lead_in_is_an_anecdote_up_to_the_blank_line():
    text = ("Some users report:\n• headaches in the first week\n• better focus by day three\n\n"
            "In rats, Semax raised BDNF in the hippocampus.")
    assert tier_paste(normalise(text), "web") == [
        ("Some users report: headaches in the first week", "anecdote", 'someone\'s account, under "Some users report"'),
        ("Some users report: better focus by day three", "anecdote", 'someone\'s account, under "Some users report"'),
        ("In rats, Semax raised BDNF in the hippocampus.", "preclinical", 'animals were studied: "rats"')]
