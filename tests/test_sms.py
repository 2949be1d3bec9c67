"""Tests for service.sms: GSM-7 transliteration, segment counting, fitting."""

import random

import pytest

from service.sms import (
    GSM7_BASIC,
    GSM7_EXTENDED,
    SMS_MAX_CHARS,
    SMS_MAX_SEGMENTS,
    WHATSAPP_MAX_CHARS,
    fit,
    fit_whatsapp,
    is_gsm7,
    segments,
    septets,
    to_gsm7,
)


def _not_mid_word(source: str, out: str) -> bool:
    """``out`` is a cut of ``source`` + "..." that does not split a word."""
    assert out.endswith("...")
    head = out[:-3]
    assert source.startswith(head)
    nxt = source[len(head)] if len(head) < len(source) else " "
    return not (head and head[-1].isalnum() and nxt.isalnum())


# --- alphabet -------------------------------------------------------------


def test_alphabet_sizes():
    assert len(GSM7_BASIC) == 127  # 128 codes minus the escape
    assert len(GSM7_EXTENDED) == 9
    assert not GSM7_BASIC & GSM7_EXTENDED


@pytest.mark.parametrize(
    "text, expected",
    [
        ("", True),
        ("Hello, world! 123", True),
        ("@£$¥èéùìòÇØøÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ¤¡ÄÖÑÜ§¿äöñüà\n\r", True),
        ("^{}\\[~]|€", True),
        ("café", True),  # é is GSM-7
        ("naïve", False),
        ("ç", False),  # only upper-case Ç is in the table
        ("`", False),
        ("\t", False),
        ("it’s", False),
        ("50 μg", False),
        ("a · b", False),
        ("ok 👍", False),
        ("中文", False),
    ],
)
def test_is_gsm7(text, expected):
    assert is_gsm7(text) is expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("", 0),
        ("abc", 3),
        ("€", 2),
        ("[1]", 5),
        ("a^b{c}d\\e~f|g", 19),
        ("\n", 1),
        ("é", 1),
    ],
)
def test_septets(text, expected):
    assert septets(text) == expected


# --- transliteration --------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("a — b", "a - b"),
        ("1–2", "1-2"),
        ("−5", "-5"),
        ("human 0 · preclinical 2", "human 0 - preclinical 2"),
        ("• item", "- item"),
        ("‘quoted’", "'quoted'"),
        ("‚low‛", "'low'"),
        ("“double”", '"double"'),
        ("„low“", '"low"'),
        ("wait…", "wait..."),
        ("50 μg/kg", "50 ug/kg"),
        ("50 µg/kg", "50 ug/kg"),  # micro sign, not Greek mu
        ("3×", "3x"),
        ("≥ 2", ">= 2"),
        ("≤ 2", "<= 2"),
        ("a ≠ b", "a != b"),
        ("dose → effect", "dose -> effect"),
        ("10\u00a0mg", "10 mg"),  # no-break space
        ("10\u202fmg", "10 mg"),  # narrow no-break space
        ("a\u2009b\u2003c", "a b c"),  # thin space, em space
        ("á í ó ú â ê", "a i o u a e"),
        ("ç", "c"),
        ("Ō ō", "O o"),
        ("São Paulo", "Sao Paulo"),
        ("Łódź", "Lodz"),
        ("ﬁne", "fine"),
        ("x²", "x2"),
        ("½", "1/2"),
        ("`code`", "'code'"),
        ("a\tb", "a b"),
        # GSM-7 accents and existing spacing are kept; only ú is folded
        ("café Ñandú  ok", "café Ñandu  ok"),
        ("{x} €5 [y]", "{x} €5 [y]"),
    ],
)
def test_to_gsm7(text, expected):
    out = to_gsm7(text)
    assert out == expected
    assert is_gsm7(out)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("ok 👍 thanks", "ok thanks"),
        ("done 👍", "done"),
        ("👍 done", "done"),
        ("a👍b", "ab"),
        ("line 🎉\nnext", "line\nnext"),
        ("family 👨‍👩‍👧 emoji", "family emoji"),  # ZWJ sequence
        ("heart ❤️ x", "heart x"),  # with variation selector
        ("中文 text", "text"),
        ("text 中文 more", "text more"),
        ("🔥🔥🔥", ""),
    ],
)
def test_to_gsm7_drops_unencodable(text, expected):
    out = to_gsm7(text)
    assert out == expected
    assert is_gsm7(out)


def test_to_gsm7_is_idempotent_on_gsm7():
    text = "".join(sorted(GSM7_BASIC | GSM7_EXTENDED))
    assert to_gsm7(text) == text


# --- segments ---------------------------------------------------------------


@pytest.mark.parametrize(
    "length, expected",
    [
        (1, 1),
        (160, 1),
        (161, 2),
        (306, 2),
        (307, 3),
        (459, 3),
        (460, 4),
    ],
)
def test_segments_gsm7_boundaries(length, expected):
    assert segments("a" * length) == expected


@pytest.mark.parametrize(
    "length, expected",
    [
        (1, 1),
        (70, 1),
        (71, 2),
        (134, 2),
        (135, 3),
        (201, 3),
        (202, 4),
    ],
)
def test_segments_ucs2_boundaries(length, expected):
    assert segments("ж" * length) == expected


def test_segments_empty_is_one():
    assert segments("") == 1


@pytest.mark.parametrize(
    "text, expected",
    [
        ("€" * 80, 1),  # 160 septets
        ("€" * 81, 2),  # 162 septets
        ("a" * 159 + "€", 2),  # 161 septets
        ("a" * 158 + "€", 1),  # 160 septets
    ],
)
def test_segments_extended_chars_cost_two(text, expected):
    assert segments(text) == expected


def test_segments_extended_char_not_split_across_segments():
    # 306 septets would be 2 segments, but the ESC pair for "€" cannot
    # straddle the 153-septet boundary, so it spills into a third.
    text = "a" * 152 + "€" + "a" * 152
    assert septets(text) == 306
    assert segments(text) == 3



def _segments_one_char_at_a_time(text):
    """The greedy fill, character by character: what `segments` computes arithmetically."""
    gsm = all(ch in GSM7_BASIC or ch in GSM7_EXTENDED for ch in text)
    costs = [2 if (ch in GSM7_EXTENDED if gsm else ord(ch) > 0xFFFF) else 1 for ch in text]
    single, multi = (160, 153) if gsm else (70, 67)
    if sum(costs) <= single:
        return 1
    count, used = 1, 0
    for cost in costs:
        if used + cost > multi:
            count, used = count + 1, 0
        used += cost
    return count


def test_segments_match_the_character_by_character_fill():
    rng = random.Random(14)
    for _ in range(3000):
        alphabet = rng.choice(["ab ", "ab €[", "a€", "ab’😀", "a😀"])
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 700)))
        assert segments(text) == _segments_one_char_at_a_time(text), text

def test_segments_one_non_gsm_char_switches_to_ucs2():
    assert segments("a" * 100) == 1
    assert segments("a" * 99 + "’") == 2  # 100 UCS-2 units


@pytest.mark.parametrize("count, expected", [(35, 1), (36, 2)])
def test_segments_emoji_are_two_utf16_units(count, expected):
    assert segments("😀" * count) == expected


# --- fit --------------------------------------------------------------------


def test_constants():
    assert SMS_MAX_SEGMENTS == 3
    assert SMS_MAX_CHARS == 3 * 153
    assert WHATSAPP_MAX_CHARS == 1600


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Short reply.",
        "a" * 459,
        "line one\nline two",
        "x " * 200,
    ],
)
def test_fit_keeps_short_gsm7_text(text):
    assert fit(text) == text


@pytest.mark.parametrize(
    "text, expected",
    [
        ("It’s 50 μg/kg — human 0 · preclinical 2 ✅", "It's 50 ug/kg - human 0 - preclinical 2"),
        ("“Yes” … maybe 👍", '"Yes" ... maybe'),
    ],
)
def test_fit_short_text_only_transliterated(text, expected):
    assert fit(text) == expected


WORDS = "the evidence for this claim is weak but several trials suggest benefit".split()


def _prose(n_words: int, seed: int = 1) -> str:
    rng = random.Random(seed)
    return " ".join(rng.choice(WORDS) for _ in range(n_words))


@pytest.mark.parametrize("n_words", [80, 100, 200, 1000])
def test_fit_long_text_cut_at_word_boundary(n_words):
    text = _prose(n_words)
    out = fit(text)
    assert segments(out) <= 3
    assert is_gsm7(out)
    assert _not_mid_word(text, out)
    assert len(out) > 400  # uses most of the budget, not just a fragment


@pytest.mark.parametrize("max_segments", [1, 2, 3, 5])
def test_fit_respects_max_segments(max_segments):
    text = _prose(500)
    out = fit(text, max_segments=max_segments)
    assert segments(out) <= max_segments
    assert segments(out + " word") > max_segments or segments(out) == max_segments


def test_fit_prefers_line_boundary():
    lines = [f"{i}. " + _prose(8, seed=i) for i in range(40)]
    text = "\n".join(lines)
    out = fit(text)
    assert segments(out) <= 3
    head = out[:-3]
    assert out.endswith("...")
    assert text.startswith(head)
    assert text[len(head)] == "\n"  # whole lines kept
    assert head.split("\n") == lines[: head.count("\n") + 1]


def test_fit_uses_words_when_line_cut_wastes_too_much():
    text = "Title\n" + _prose(300)
    out = fit(text)
    assert segments(out) <= 3
    assert len(out) > 400
    assert _not_mid_word(text, out)


def test_fit_transliterates_before_measuring():
    # 300 curly apostrophes-worth of text is UCS-2 (5 segments) but fits 2
    # segments once transliterated, so nothing is cut.
    text = "it’s " * 60
    assert segments(text) == 5
    out = fit(text)
    assert out == "it's " * 60
    assert segments(out) == 2


def test_fit_extended_chars_counted_as_two():
    text = " ".join(["{x}"] * 200)
    out = fit(text)
    assert segments(out) <= 3
    assert septets(out) <= 459
    assert _not_mid_word(text, out)


def test_fit_strips_trailing_punctuation_before_ellipsis():
    text = ("word, " * 100).strip()
    out = fit(text, max_segments=1)
    assert out.endswith("word...")
    assert segments(out) == 1


def test_fit_hard_cuts_text_without_whitespace():
    out = fit("x" * 1000)
    assert out == "x" * 456 + "..."
    assert segments(out) == 3


def test_fit_drops_emoji():
    out = fit("Great news 🎉🎉 the trial passed ✅")
    assert out == "Great news the trial passed"


def test_fit_rejects_nonpositive_max_segments():
    with pytest.raises(ValueError):
        fit("hi", max_segments=0)


_ALPHABET = (
    "abcdefghijklmnopqrstuvwxyz ABC 0123456789 .,;:!?-'\"\n"
    "éèùìòÇØÅΔΦ€[]{}^~|\\"  # GSM-7 incl. extended
    "áíóúâêçōñÑüß"  # accents, some GSM-7, some not
    "—–−·•‘’“”…μµ×≥≤≠→\u00a0\u2009\t"  # typographic
    "😀👍🎉❤️中文ж"  # unencodable
)


def test_fit_fuzz_random_strings():
    rng = random.Random(0)
    for _ in range(300):
        length = rng.randint(0, 1200)
        text = "".join(rng.choice(_ALPHABET) for _ in range(length))
        out = fit(text)
        assert is_gsm7(out), repr(out)
        assert segments(out) <= 3, repr(out)
        if out != to_gsm7(text):
            assert out.endswith("...")


# --- fit_whatsapp -------------------------------------------------------------


def test_fit_whatsapp_keeps_short_unicode():
    text = "It’s 50 μg/kg — human 0 · preclinical 2 👍\n" * 10
    assert fit_whatsapp(text) == text


def test_fit_whatsapp_exact_limit_untouched():
    text = "é" * 1600
    assert fit_whatsapp(text) == text


def test_fit_whatsapp_cuts_at_line_boundary():
    lines = [f"{i} · evidence line with unicode ✅ " + _prose(10, seed=i) for i in range(100)]
    text = "\n".join(lines)
    assert len(text) > 1600
    out = fit_whatsapp(text)
    assert len(out) <= 1600
    assert out.endswith("...")
    head = out[:-3]
    assert text[len(head)] == "\n"
    assert head.split("\n") == lines[: head.count("\n") + 1]
    assert len(out) > 1400


def test_fit_whatsapp_single_paragraph_cut_at_word():
    text = "✅ " + _prose(600)
    out = fit_whatsapp(text)
    assert len(out) <= 1600
    assert _not_mid_word(text, out)
    assert out.startswith("✅ ")


@pytest.mark.parametrize("length", [1601, 5000])
def test_fit_whatsapp_hard_cut_without_whitespace(length):
    out = fit_whatsapp("ж" * length)
    assert out == "ж" * 1597 + "..."
