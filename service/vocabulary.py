"""The words people text and the words claims use.

Questions arrive short, misspelt and in other words than the claims ("does it
feel like adderall", "mess with my sleep"). This table maps what people say to
the terms the ledger's claims use. Each row: the words or phrases that trigger
it, and what to search for instead (FTS5 terms; a quoted string is a phrase).
Keep rows to real equivalences: mapping "baldness" to "hair loss" would answer
"does it cure baldness" with a report of hair *loss* as a side effect.
"""

# What a question that names no topic of its own ("what even is semax") is asking for.
OVERVIEW_TRIGGER = r"(?<![a-z])(what|wat|wut|whats|explain|overview|tell me|basics|intro|info)(?![a-z])"
OVERVIEW_TERMS = ("overview", "guide", "comprehensive", "review", '"what semax"')

# A question that asks whether it treats a condition ("can it cure migraines") is not
# answered by a report of that condition as a harm ("only migraine reported"), unless the
# question asks about harms too ("does it cure or cause headaches").
TREATMENT_ASK = (r"(?<![a-z])(cure|cures|cured|curing|treat|treats|treated|treating|treatment|heal|heals|get rid of"
                 r"|reverse|reverses|regrow|grow back)(?![a-z])")
HARM_ASK = r"(?<![a-z])(cause|causes|caused|causing|give|gives|gave|trigger|triggers|side effects?|worse|worsen|harm|harmful)(?![a-z])"
# And the mirror: "can it trigger seizures" is not answered by a report of improvement after
# them, nor "can it cause a stroke" by a study of stroke patients.
CAUSE_ASK = r"(?<![a-z])(cause|causes|causing|trigger|triggers|triggering|bring on|brings on|induce|induces)(?![a-z])"
BENEFIT_REPORT = (r"(?<![a-z])(positive|improved|improvement|improves|improving|reduced|reduces|relief|helped"
                  r"|benefits?|beneficial|patients|recovery|rehabilitation|treatment|therapy|therapeutic|use in|used in"
                  r"|clinical|observational|revers\w*|restor\w*|anxiolytic|antidepressant|protective|neuroprotective)(?![a-z])")
ADVERSE_REPORT = (r"(?<![a-z])(negative|adverse|followed by|gave (me|him|her|them)|caused|triggered"
                  r"|(?<!no )(?<!minimal )(?<!few )(?<!without )side effects?)(?![a-z])")

# A skeptic's tail on a question ("is there research on stroke patients or is it just hype")
# asks nothing of its own; it is dropped before the question is read.
SKEPTIC_TAIL = (r"(?<![a-z])or (is it |its |is that |is this |it is )?(all |just |only |pure )?"
                r"(hype|hyped|bs|bullshit|marketing|a scam|scam|nonsense|snake oil|bro science|made up|nah|no|not"
                r"|a (bad|dumb|stupid|good) (idea|combo|mix|combination))(?![a-z])")

# When something happened, told as background ("my dad had a stroke last year"): dropped.
TIME_CONTEXT = (r"(?<![a-z])(?:(?:last|this|next|past) (?:year|month|week|summer|winter|spring|autumn|fall)"
                r"|(?:\d+|a|one|two|three|few|couple of) (?:years?|months?|weeks?|days?) ago)(?![a-z])")

# Ages people give: a child, a teenager or an older person is who the question is about.
AGES = ((13, "child"), (18, "teenager"), (60, ""), (130, "older"))

# What follows one of these is left out of what is asked ("what else do people stack it with
# besides selank"): claims that name it are not the answer.
EXCLUSION = r"(?<![a-z])(?:besides|other than|apart from|aside from|except|excluding|not counting) ([a-z0-9]+)"

# What follows one of these is what it is compared with ("modafinil vs semax, which lasts
# longer"): the ledger can answer for Semax's side, so a word it lacks there weighs less.
COMPARATOR = (r"(?<![a-z])(?:vs|versus|than|instead of|alternative to|compared to|compared with|similar to|rather than"
              r"|like)(?: (?:too much|too many|a lot of|lots of|a|an|some|the|my|your|with|on))? ([a-z0-9]+)")

# How people spell words on phones, read as the words they stand for before anything else.
CHAT_SPELLINGS = {
    "u": "you", "ur": "your", "r": "are", "n": "and", "w": "with", "ppl": "people", "abt": "about",
    "bc": "because", "cuz": "because", "coz": "because", "thru": "through", "til": "until", "till": "until",
    "wld": "would", "wud": "would", "cld": "could", "cud": "could", "shld": "should", "shud": "should",
    "prob": "probably", "def": "definitely", "defo": "definitely", "noot": "nootropic", "noots": "nootropic",
    "b4": "before", "tmrw": "tomorrow", "wk": "week", "wks": "weeks", "yr": "year",
    "yrs": "years", "mo": "month", "mos": "months", "hr": "hour", "hrs": "hours", "vid": "video",
    "vids": "videos", "yt": "youtube", "ig": "instagram", "insta": "instagram", "bday": "birthday",
}

# A trigger is matched on whole words of the lower-cased question.
SYNONYMS: list[tuple[tuple[str, ...], tuple[str, ...]]] = [
    # attention and stimulants
    (("adhd", "attention deficit"), ("adhd", "attention")),
    (("attention", "concentrate", "concentrating"), ("attention", "focus", "adhd")),
    (("focus", "focused", "focusing", "productivity", "productive"), ("focus", "attention", "clarity")),
    (("adderall", "ritalin", "vyvanse", "stimulant", "stimulants", "speed", "amphetamine", "stim", "stims",
      "concerta", "methylphenidate"),
     ("adderall", "stimulant", "stimulants")),
    (("brain fog", "brian fog", "fog", "foggy", "clear up", "cleared up", "fog lift", "fog lifted"), ("fog", "clarity")),
    (("clarity", "clear headed", "clear-headed", "clearheaded", "clearer", "clear head", "clearer head", "sharp", "sharper"),
     ("clarity", "sharpness")),
    (("colors", "colours", "brighter", "vivid", "senses", "sensory", "hd vision"), ("sensory", "visual", "sharpness")),
    (("memory", "forgetful", "forgetting", "forget", "forgets", "remember", "recall", "memory is slipping",
      "memory slipping", "memory is shot", "memory is trash", "memory is bad", "memory is terrible", "memory is going",
      "memory going"), ("memory", "recall")),
    (("cognition", "cognitive", "smarter", "iq", "nootropic"), ("cognitive", "cognition", "nootropic")),
    # sleep, energy, mood
    (("sleep", "sleeping", "asleep", "insomnia", "awake", "bedtime", "night", "keep me up", "keeps me up",
      "kept me up", "keep you up", "keeps you up", "stay up", "up all night", "was up until", "up until",
      "staring at the ceiling"), ("sleep", "insomnia")),
    (("late", "evening", "afternoon"), ("later", "late")),
    (("tired", "tiredness", "fatigue", "exhausted", "crash", "comedown", "groggy", "wiped out", "wiped",
      "drained", "knackered", "sluggish", "zonked", "zonked out", "knocked out"),
     ("tiredness", "fatigue", "grogginess", "crash")),
    (("energy", "energized", "motivation"), ("energy", "motivation", "stamina")),
    (("jittery", "jitters", "jittering", "wired", "overstimulated", "overstimulation", "tweaking", "on edge",
      "edgy", "racing heart"), ("overstimulation", "jittery", "wired")),
    (("anxiety", "anxious", "calm", "calming", "stress", "stressed", "panic", "nervous", "burnout", "burn out",
      "burnt out", "burned out"),
     ("anxiety", "anxiolytic", "calm", "stress")),
    (("depression", "depressed", "antidepressant", "sad", "anhedonia", "low mood", "in a rut", "rut",
      "nothing is fun", "nothing feels fun", "not fun anymore", "no fun", "no joy", "cant enjoy", "can't enjoy", "get out of bed", "out of bed", "hopeless",
      "enjoyable", "enjoy anything", "pleasure", "no pleasure", "zero pleasure", "no motivation to do anything"),
     ("depression", "antidepressant", "anhedonia")),
    (("mood", "moody", "emotions", "emotional", "emotionally", "numb", "blunted", "blunting", "flat", "robot", "robotic",
      "zombie", "no emotions", "dead inside"), ("emotional", "blunting", "mood", "emotions")),
    # side effects and safety
    (("migraine", "migraines", "headache", "headaches"), ("migraine", "headache")),
    (("side effect", "side effects", "side-effects", "adverse", "bad reaction", "bad reactions",
      "reaction", "reactions", "downsides", "downside", "risks", "dangers", "dangerous", "negatives", "badly", "went wrong",
      "bad experience", "bad experiences", "horror story", "horror stories"),
     ('"side effects"', '"side effect"', "negative", "adverse")),
    (("safe", "safety", "safer", "unsafe", "how safe", "safety profile", "toxic", "toxicity"),
     ("safety", '"side effects"', '"side effect"', "adverse", "tolerated")),
    (("hair loss", "hair", "losing hair", "lose hair", "hair falling", "hair fall", "shedding", "thinning",
      "hairline", "receding", "in the shower", "on my pillow", "on the pillow", "in my brush", "in the drain"),
     ('"hair loss"', "hair")),
    (("vision", "eyes", "eyesight", "visual", "blurry", "blurred", "blurriness"), ("vision", "visual")),
    (("seizure", "seizures", "epilepsy", "epileptic", "fits", "convulsions"), ("seizures", "epilepsy")),
    (("speech", "speaking", "talking", "words come out", "word finding", "aphasia", "stutter", "stuttering"), ("speech",)),
    (("long term", "long-term", "years", "a year", "for a year", "permanent", "lasting", "after stopping", "after quitting", "after you stop", "once you stop", "when you stop", "after stop", "go away", "goes away",
      "after i stop", "after i stopped", "after they stop", "after they stopped", "after you stopped", "after you quit", "after i quit", "once you quit",
      "stick around", "been on it for", "been taking it for", "whole year", "a whole year", "fade", "fades", "fade away", "if i stop", "if you stop", "if u stop",
      "if i stop taking", "if you stop taking", "if u stop taking", "once i stop taking", "when i stop taking", "once i stop", "benefits stay",
      "effects stay", "gains stay", "keep the benefits", "benefits remain", "effects remain",
      "persist", "persists", "persistent", "post use"), ("long-term", "lasting", '"long term"', "persisting", "post-use")),
    (("how long", "hour", "duration", "wear off", "wears off", "lasts", "last long"),
     ("hours", "lasting", "sustained", "short-lived", '"short periods"', "24h")),
    (("overhyped", "overrated", "hype", "hyped", "worth it", "scam", "waste of money", "snake oil"),
     ("overrated", "hype", "overhyped")),
    (("cost", "costs", "price", "prices", "pricing", "how much does it cost", "how much is it", "expensive", "cheap",
      "cheaper", "afford", "affordable"), ("price", "cost", "expensive", "cheap")),
    (("buy", "buying", "purchase", "vendor", "vendors", "bad batch", "fake", "counterfeit", "underdosed", "where to get", "where can i get", "order online",
      "where to order", "where can i order", "where do i order", "ordering"),
     ("buying", "buy", "vendor")),
    (("no effect", "no effects", "did nothing", "does nothing", "nothing happened", "not work", "didn't work",
      "doesnt work", "doesn't work", "didnt work", "did not work", "dud", "feel nothing", "felt nothing",
      "didnt feel anything", "didn't feel anything", "did not feel anything", "don't feel anything",
      "dont feel anything", "no difference", "zero difference", "nothing at all", "non responder", "non-responder",
      "nonresponder", "non responders", "nonresponders", "felt zero", "feel zero", "zero effect", "still nothing",
      "still feel nothing", "nothing yet"),
     ('"no effects"', '"no effect"', '"zero effects"', '"minimal effect"', "subtle")),
    # how it is taken
    (("first day", "day one", "day 1", "first time", "first dose", "what to expect", "just started", "starting out"),
     ('"first day"', "first", "initial")),
    (("changed my life", "changed their life", "changed your life", "changed anyone life", "changed anyones life",
      "changed someone life", "changed lives", "change anyone life", "change anyones life", "change your life",
      "change my life", "change someone life", "change someones life", "changed there life", "changed thier life", "life changing", "life changer", "game changer",
      "miracle", "saving grace", "turned my life around", "turned their life around", "turned his life around",
      "turned her life around", "turned your life around", "life around"), ('"life changing"', '"saving grace"', "amazing")),
    (("as needed", "as-needed", "when needed", "prn", "occasionally", "occasional", "now and then",
      "when i need it", "when you need it", "when u need it", "when i need", "when you need", "when u need"),
     ('"as needed"', "occasional")),
    (("every day", "everyday", "each day", "daily", "every single day"), ("daily",)),
    (("tolerance", "cycle", "cycling", "break", "breaks", "stop working", "stops working", "stopped working", "wore off",
      "stopped doing anything", "stopped doing", "stopped having an effect", "stops doing anything",
      "barely does anything", "barely works", "barely working", "not working anymore", "doesnt work anymore",
      "doesn't work anymore", "does nothing anymore", "no longer works", "no longer working", "not as strong anymore"),
     ("tolerance", "cycling")),
    (("injectable", "injection", "inject", "injecting", "subq", "sub-q", "subcutaneous", "needle", "pin", "pinning",
      "pinned", "shot", "shots", "jab", "injections", "under the skin", "under skin", "under my skin"),
     ("injectable", "subq", "injection")),
    (("nasal", "spray", "intranasal", "nose", "drops", "sniff", "sniffing", "snort", "snorting", "nostril"), ("nasal", "intranasal", "spray")),
    (("how do you take it", "how do i take it", "how to take it", "how to take", "how is it taken", "how is it used",
      "how to use it", "how do you use it", "how do i use it", "route", "administration", "administered", "ways to take"),
     ("nasal", "intranasal", "injectable", "subq", "administration", "spray")),
    (("dose", "doses", "dosage", "dosing", "how much", "mg", "mcg", "microgram", "milligram"),
     ("dose", "dosage", "dosing", "mg", "mcg")),
    (("stack", "stacked", "stacking", "combine", "combined", "combining", "combination", "together", "combo", "mix",
      "mixing", "pair", "pairing", "at the same time", "alongside",
      "along with", "on top of"), ("stack", "selank")),
    # conditions and research
    (("tbi", "concussion", "head injury", "brain injury", "traumatic"), ("tbi", "traumatic", '"brain injury"')),
    (("stroke", "strokes", "ischemic", "ischaemic"), ("stroke", "ischemic")),
    (("nerve damage", "nerve injury", "nerve repair", "nerve regeneration", "damaged nerves"),
     ("injury", "recovery", "regeneration", "repair")),
    (("recovery", "recover", "recovering", "rehab", "rehabilitation", "heal", "healing", "repair", "regenerate",
      "regeneration", "injury", "injuries", "injured"), ("recovery", "rehabilitation", "repair", "regeneration")),
    (("nerve", "nerves", "neuron", "neurons", "nerve cells", "brain cells", "neural"), ("neurons", "neural", "nerve")),
    (("quit", "quitting", "stopped taking", "stop taking", "stopping", "gave up", "give up", "stopped",
      "stop using", "stopped using"), ("stopping", "stopped", "quit")),
    (("alzheimer", "alzheimers", "dementia"), ("alzheimer", "dementia")),
    (("neurodegeneration", "neurodegenerative", "neurodegenerative disease", "brain diseases", "brain disease"),
     ("neurodegenerative", "neurodegeneration", "alzheimer", "parkinson")),
    (("heart attack", "heart attacks", "cardiac", "myocardial", "heart disease", "heart problems"),
     ('"heart attack"', "cardiac", "myocardial", "heart")),
    (("parkinson", "parkinsons", "tremor", "tremors", "shakes", "shaking", "shaky", "shaky hands"), ("parkinson",)),
    (("movement", "motor", "mobility", "walking", "moving"), ("motor", "movement")),
    (("opioid", "opioids", "mu opioid", "opioid receptor", "mu opioid receptor", "oprm1"), ("opioid", "oprm1")),
    (("blood levels", "in the blood", "blood test", "bloodwork", "plasma"), ("plasma",)),
    (("upregulation", "upregulate", "upregulates", "upregulated"), ("upregulation", "increases", "raises", "increase")),
    (("spinal", "spine", "spinal cord"), ("spinal",)),
    (("mice", "mouse"), ("mice", "mouse")),
    (("transgenic", "bred", "genetically modified", "genetically engineered", "animal model", "mouse model", "rat model"),
     ("transgenic", "model")),
    (("rat", "rats", "rodent", "rodents"), ("rat", "rodent")),
    (("animal", "animals"), ("animal", "rat", "mice")),
    (("human", "humans", "sample size", "how many patients", "how many participants", "in people", "on people", "real people", "actual people", "clinical", "trial", "trials", "patients", "volunteers", "participants",
      "rct", "rcts", "double blind",
      # "any human studies or is it all (just) rats": asks whether human evidence exists
      "or rats", "or rat", "or animals", "or animal", "or only rats", "or only animals", "or is it all rats",
      "or is it all rat", "or is it all animal", "or is it all animals", "is it all rats", "only rats", "only animals",
      "or is it all rats and mice", "or rats and mice", "or is it all mice", "or mice",
      "not only in mice", "not only in the mice", "not only in mouse", "not only in the mouse", "not only in rats",
      "not only in the rats", "not only in animals", "not only mice", "not only rats", "not in mice", "not in rats"), ("human", "patients", "clinical", "volunteers", "trial")),
    (("how many people", "how many users", "how many take", "how popular", "popularity"),
     ('"how many people"', "popularity", "prevalence")),
    (("fridge", "refrigerate", "refrigerated", "refrigerator", "storage", "store it", "shelf life", "expire",
      "expires", "expiry", "go bad", "goes bad", "reconstitute", "reconstituted", "reconstitution", "once mixed",
      "once its mixed", "after mixing", "bac water", "bacteriostatic"), ("refrigerate", "refrigerator", "storage", '"shelf life"', "fridge")),
    (("overview", "summary", "guide", "explainer", "intro", "introduction", "basics", "beginner guide", "101", "write up",
      "writeup", "break down", "breakdown", "rundown", "sum up", "summarize", "summarise"),
     OVERVIEW_TERMS),
    (("learn", "learning", "learn faster", "skills", "new skills", "studying", "help me study", "study better",
      "study harder", "study session", "study sessions", "for studying", "to study", "while studying", "exam", "exams", "studying for", "revision", "school"),
     ("learning", "memory", "cognitive")),
    (("healthy people", "healthy person", "healthy adults", "not sick", "arent sick", "aren't sick",
      "healthy volunteers", "healthy subjects", "normal people"), ("healthy", "volunteers")),
    (("reaction time", "reaction times", "reflexes"), ('"reaction time"', "reflexes")),
    (("prevent", "prevents", "preventing", "prevention", "preventive", "preventative", "prophylactic",
      "prophylaxis", "protect against", "lower the risk", "reduce the risk", "lower my risk", "reduce my risk"),
     ("prevent", "prevention", "preventive", "prophylactic", "prophylaxis")),
    (("n acetyl", "acetyl", "amidate", "na semax", "nasa", "na version", "n acetyl semax"), ("na", "amidate", "acetyl")),
    (("research", "the research", "science", "scientific", "studies say", "what studies"),
     ("research", "review", "evidence", "studies")),
    (("placebo", "placebo controlled", "placebo control", "sham"), ("placebo",)),
    (("acth", "hormone", "hormones", "acth hormone", "adrenocorticotropic", "acth fragment", "hormone fragment", "analog", "analogue", "acth analog",
      "made from", "made of", "derived from", "what is it made", "where does it come from", "fragment",
      "chemically", "chemical structure", "structure", "molecule", "amino acid", "amino acids", "sequence"),
     ("acth", "analog", "analogue", "adrenocorticotropic")),
    (("brain fertilizer", "brain fertiliser", "fertilizer", "fertiliser", "miracle gro", "miracle grow",
      "brain growth", "growth factor", "growth factors", "nerve growth", "neurotrophic", "neurotrophin", "neurotrophins",
      "neuroplasticity", "plasticity", "rewiring", "rewire", "new connections"),
     ("bdnf", "neurotrophic", "ngf", "neuroplasticity")),
    (("kick in", "kicks in", "onset", "how fast", "how quickly", "how soon", "take effect", "takes effect",
      "start working", "starts working"), ("acute", "onset", "minutes", "immediate")),
    (("gene", "genes", "gene expression", "genetic", "transcription", "mrna", "switched on", "switch on"),
     ("gene", "genes", "expression", "mrna", "transcription")),
    (("russia", "russian", "russians", "soviet"), ("russia", "russian")),
    (("bone", "bones", "joint", "joints", "tendon", "tendons", "ligament", "orthopedic", "orthopaedic", "orthopaedics"),
     ("orthopaedics", "orthopaedic", "orthopedic", "bone")),
    (("aging", "ageing", "elderly", "older", "old age", "gerontology", "older adults", "older people",
      "seniors", "senior", "elderly people", "over 60", "over 65", "retirees", "anti aging", "antiaging",
      "decline", "old brain", "old people", "old person", "old folks", "cognitive decline", "memory decline", "age related", "age-related"), ("aging", "gerontology", "decline")),
    (("neuroprotection", "neuroprotective", "protect neurons", "protects neurons", "protect the brain", "brain damage",
      "protect", "protects", "protecting", "protective", "protect nerve cells", "protect brain cells"),
     ("neuroprotection", "neuroprotective")),
    (("copper", "copper binding", "chelator", "chelation", "chelate", "binds copper", "bind copper", "grabs copper", "metal", "metals"),
     ("copper", "chelator")),
    (("how does it work", "how does it actually work", "how it works", "how does semax work", "mechanism", "mechanisms",
      "mode of action", "pathway", "pathways", "in the brain"), ("mechanism", "mechanisms", "bdnf", "pathway")),
    (("fda", "legal", "compounding", "compounded", "compounding pharmacy", "compounding pharmacies", "america", "usa", "united states", "in the us", "in the states", "approved", "approval", "regulation", "regulatory", "prescription", "banned", "allowed",
      "permitted", "illegal"),
     ("fda", "regulatory", "approved")),
    (("brain scan", "fmri", "mri", "imaging", "scanner", "scanners", "scan", "scans"), ("fmri", "mri")),
    (("instagram",), ("instagram",)),
    (("twitter", "tweet", "tweets", "x post", "on x"), ("x",)),
    (("youtube", "youtuber", "youtubers", "video", "videos"), ("youtube",)),
    (("half life", "half-life", "in your blood", "in your system", "pharmacokinetics", "clearance", "metabolised",
      "metabolized"), ('"half life"', "half-life", "pharmacokinetic", "pharmacokinetics", "elimination")),
]

# Words that only strengthen what follows; dropped before the vocabulary is matched, so
# "felt absolutely nothing" reads as "felt nothing".
INTENSIFIERS = frozenset("absolutely totally completely literally really super very just basically actually "
                         "honestly seriously kinda pretty quite so".split())

# Everyday words that still name what a question is about: who it is for ("can I give it to
# my dog", "is it safe for teens") or what it is taken with ("can i mix it with coffee").
# However common in English, they weigh as topics when the ledger does not have them.
SUBJECT_WORDS = frozenset("""
dog dogs cat cats pet pets horse horses puppy puppies kitten child children kid kids teen teens
teenager teenagers baby babies infant infants toddler pregnant pregnancy breastfeeding
coffee caffeine tea alcohol beer wine booze weed cannabis marijuana nicotine cigarettes vape melatonin
""".split())


# Words that carry no topic of their own in a question.
STOPWORDS = frozenset("""
a about after again against all also am an and any anyone anything are as at be because been before being
better between both but by can could did do does doing done during each either else ever every feel feeling
feels few for from get gets getting give go going good got had has have having he her here hers him his how i
if in into is it its itself just know let like make makes many may me might more most much must my no nor not
now of off on once one only or other our out over own people person really right same say see seem she should
so some someone something such take takes taking taken than that the their them then there these they thing
things this those through to too try tried trying up us use used uses using very want was way we well were what
when where whether which while who whom why will with work works would yes yet you your yours
anybody anyone's actually cause causes caused effect effects help helps helped
took gave get got actually ok okay please thanks hi hey much lot lots often usually still
r u ur ya w wat wut abt bc cuz tho rly pls plz thx idk im ive dont doesnt didnt isnt cant wont gonna wanna
hes shes theyre youre thats theres wheres whos wasnt werent aint couldnt wouldnt
shouldnt havent hasnt hadnt arent until afterwards afterward am pm st nd rd th sir maam madam kindly ppl guys anyone everyone even kinda sorta stuff thing whats hows
lol lmao omg wtf tbh ngl fr imo imho btw rn smh af yr yrs wk wks mo nah nope yeah yep yup hello bro dude
mate n ill id since per tries
""".split())

# Words that ask *how* something acts on a person without naming a topic: "mess with my
# sleep", "can it treat depression". Left in, an unknown one would weigh as much as a
# missing topic and make the ledger abstain.
VAGUE_WORDS = frozenset("""
affect affects affected affecting mess messes messing impact impacts change changes changed changing
treat treats treating treatment cure cures fix fixes improve improves improved improvement boost boosts
increase increases reduce reduces worse worsen bad good great benefit benefits beneficial gains risky
make makes made happen happens happened happening stop stops start starts started starting notice noticed
noticing noticeable seem seems seemed known
experience experiences anything everything nothing something worth evidence proof prove proven
relief relieve relieves deal dealing cope coping handle
wreck wrecks wrecked ruin ruins ruined destroy destroys destroyed screw screws screwed grab grabs slipping
trash garbage rubbish anti specifically specific general generally particular particularly exactly list
explain explains explaining explained single whole zero damage damaged never always
marketing hype hyped hyping bs bullshit nonsense supposedly allegedly skeptic skeptical sceptic sceptical trust
replacement replace alternative alternatives substitute instead compare compared comparison versus vs similar
typical usual normal standard common recommended average best ideal right proper regular decent
tested test testing measured measure studied examined investigated looked data results findings actual
piece part bit derived made based order says said saying wants wanted anymore juice useful helpful disease diseases medicine medicines medication medications prescribed
tips tip advice symptom symptoms issue issues problem problems condition conditions disorder disorders read
faster quicker quickly fast slower new more less plain simple simply easy quick short brief
""".split())

# Who is asking for whom, and how strongly they put it: "my nan has alzheimers", "a banging
# headache", "is the research legit". Context of a question, never its topic.
PERSONAL_WORDS = frozenset("""
mom mum mother dad father parent parents nan nana gran granny grandma grandmother grandpa grandad granddad
grandfather wife husband son daughter brother sister friend friends boyfriend girlfriend partner
family uncle aunt cousin newbie noob beginner myself yourself grandson granddaughter grandkids grandchildren
shift shifts job jobs office gamer gaming caring care carer carers caregiver ages forever bio doctor doctors doc neurologist psychiatrist therapist pharmacist gp nurse student grad undergrad postgrad phd uni college
tiktok podcast podcasts internet online google forum forums
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow tonight lately recently
banging pounding throbbing splitting nasty brutal killer terrible awful horrible massive huge crazy insane wild super literally honestly seriously
basically legit coincidence apparently heard wondering curious question questions asking ask anyone's ppl's
""".split())
