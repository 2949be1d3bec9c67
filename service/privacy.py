"""What a question says in public: the part that asks, without what identifies or describes the asker.

A texter's message often carries more than its question: "my number is 07700 900125 and I
have HIV, does it interact with my meds?" Only the asker sees that text again. Everyone
else (the article, the API, a `q:ID` lookup from another number, the curators' demand
list) sees `public_text`: the asking sentences, with

- phone numbers (Google's libphonenumber patterns via `phonenumbers`, then any long
  digit run), e-mail addresses and links removed;
- every clause that states something about the asker or the people around them
  ("I have HIV", "my dad had a stroke", "I'm 34") dropped, and so is a condition hung on
  the question ("... if I have diabetes");
- ages removed, "my son" and the like read as "someone", "my X" as "X";
- capitalised words no dictionary knows (names), and the word after a title (Dr Smith), removed.

The topic's own names are kept: they are passed in as `keep`.
"""
import re

import phonenumbers

from .text import english

PHONE_REGIONS = ("US", "GB", "IN", "AU", "DE", "FR", "BR")  # national formats tried when no +country
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
LINK = re.compile(r"\b(?:https?://|www\.)\S+", re.I)
LONG_NUMBER = re.compile(r"\+?\d[\d ().-]{5,}\d")
AGE = re.compile(r"\b(?:aged?\s+)?\d{1,3}\s*-?\s*(?:yo|y/o|y\.o\.?|yrs?|years?|months?)(?:\s*-?\s*olds?)?\b"
                 r"|\baged?\s+\d{1,3}\b", re.I)
FIRST_PERSON = r"(?:i|i'm|im|i've|ive|i'd|id|i'll|me|my|mine|myself|we|we're|we've|our|us)"
RELATION = (r"(?:mom|mum|mother|dad|father|parents?|son|daughter|kids?|child|children|baby|toddler|teen"
            r"|wife|husband|partner|spouse|boyfriend|girlfriend|fianc[eé]e?|brother|sister|siblings?"
            r"|grandma|grandmother|grandpa|grandfather|grandparents?|nan|gran|aunt|uncle|cousin|niece"
            r"|nephew|friend|roommate|boss|colleague|coworker|neighbou?r|doctor|gp|therapist)")
MY_RELATION = re.compile(rf"\b(?:my|our)\s+(?:(?:little|older|younger|elderly|old|best|\d+\s*-?\s*\w*\s*old)\s+)*"
                         rf"{RELATION}\b", re.I)
ABOUT_ASKER = re.compile(rf"\b(?:{FIRST_PERSON}|{RELATION}|he|she|they|he's|she's|they're)\b", re.I)
ASKS = re.compile(r"^\s*(?:and\s+|so\s+|but\s+|also\s+|ok\s+|hi\s+|hey\s+)*(?:does|do|did|is|are|was|were|can|could"
                  r"|will|would|should|shall|may|might|what|whats|what's|how|why|when|where|which|who|whom"
                  r"|has|have|had|any|anyone|anybody|is there|tell me|any1)\b", re.I)
CONDITION = re.compile(rf"\s*\b(?:if|since|because|cause|as|though|although|when|while|given)\s+"
                       rf"(?:{FIRST_PERSON}|{RELATION}|my\s+\w+)\b.*$", re.I)
TITLE_NAME = re.compile(r"\b(?:dr|mr|mrs|ms|miss|prof)\.?\s+[A-Z][\w'-]+", re.I)
POSSESSIVE = re.compile(r"\b(?:my|our)\s+", re.I)


def _without_contacts(text: str) -> str:
    for region in PHONE_REGIONS:
        for found in reversed(list(phonenumbers.PhoneNumberMatcher(text, region))):
            text = text[:found.start] + text[found.end:]
    text = EMAIL.sub("", text)
    text = LINK.sub("", text)
    return LONG_NUMBER.sub("", text)


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in re.findall(r"[^.?!\n]+[.?!]*", text) if re.search(r"\w", s)]


def _asks(sentence: str) -> bool:
    return sentence.rstrip().endswith("?") or bool(ASKS.match(sentence))


def _clauses(sentence: str) -> list[str]:
    return [c for c in re.split(r"\s*[,;:()]\s*|\s+(?:but|and then|so)\s+|\s+-+\s+", sentence) if c.strip()]


def _names_removed(clause: str, keep: set[str]) -> str:
    clause = TITLE_NAME.sub("someone", clause)
    words = clause.split()
    kept = []
    for position, word in enumerate(words):
        bare = word.strip(".,!?;:'\"()").lower()
        is_name = (position > 0 and word[:1].isupper() and not word.isupper() and bare not in keep
                   and not english().word_frequency[bare])
        if not is_name:
            kept.append(word)
    return " ".join(kept)


def _public_clause(clause: str, keep: set[str]) -> str:
    clause = CONDITION.sub("", clause)
    clause = AGE.sub("", clause)
    clause = MY_RELATION.sub("someone", clause)
    clause = POSSESSIVE.sub("", clause)
    return _names_removed(clause, keep)


def public_text(text: str, keep=()) -> str:
    """The question as anyone but its asker may read it (see the module docstring).

    `keep`: words never removed as names (the topic's slug, name and aliases).
    Returns "" when nothing but personal detail was said.
    """
    keep = {k.lower() for k in keep}
    text = _without_contacts(" ".join(text.split()))
    sentences = _sentences(text)
    asking = [s for s in sentences if _asks(s)] or sentences[-1:]
    parts = []
    for sentence in asking:
        clauses = _clauses(sentence)
        for number, clause in enumerate(clauses):
            asks = bool(ASKS.match(clause)) or (number == len(clauses) - 1 and sentence.endswith("?"))
            if not asks and ABOUT_ASKER.search(clause):
                continue  # a statement about the asker or someone close: "I have HIV", "my dad had a stroke"
            public = _public_clause(clause, keep).strip(" .,;:!?")
            if public:
                parts.append(public)
        if parts and sentence.endswith("?") and not parts[-1].endswith("?"):
            parts[-1] += "?"
    result = " ".join(", ".join(parts).replace("?,", "?").split())
    return re.sub(r"\s+([?,])", r"\1", result)


def seen_by(question: dict, pseudonym: str | None, keep=()) -> str:
    """The question's text as the sender with `pseudonym` may read it: whole for its asker.

    `pseudonym` is what nodes record as their asker (`conversation.pseudonym`, salted per
    sender, None after "forget me"), not the sender's keyed hash (`ledger.asker_hash`)."""
    if pseudonym and question.get("asker") and pseudonym == question["asker"]:
        return question["text"]
    return public_text(question["text"], keep)
