"""General English for reading questions: no topic's words.

What people text around what they ask (filler, chat spellings, who is asking for
whom), and how they ask whether something treats a condition or causes it. Every
list here has to hold for any compound; what is particular to one topic belongs in
its `data/<slug>/topic.json`.
"""
import functools
import re

import ahocorasick

try:
    from re import _parser  # the parser of Python's own regular expressions (3.11 on)
except ImportError:  # Python 3.10
    import sre_parse as _parser

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
# "no adverse changes", "without serious side effects": a harm said not to have happened
_NOT = (r"(?<!no )(?<!minimal )(?<!few )(?<!without )(?<!no serious )(?<!no significant )(?<!no major )"
        r"(?<!without serious )(?<!without any )(?<!no other )")
ADVERSE_REPORT = (rf"(?<![a-z])(negative|{_NOT}adverse|followed by|gave (me|him|her|them)|caused|triggered"
                  rf"|{_NOT}side effects?)(?![a-z])")
# A claim that says what it can bring about answers "can it cause X?" however clinical its setting:
# "a boxed warning ... could raise the risk of stroke", "patients developed hepatitis after taking it"
RISK_REPORT = (r"(?<![a-z])(causes?|developed|develops|risks?|warn\w*|linked|associated|more common|more often"
               r"|injur\w*|damage\w*|reactions?|toxic\w*|harms?|harmful|worse\w*)(?![a-z])")

# Which way a finding points, for the bottom line of a reply ("2 human studies (benefit)"). A
# benefit is an outcome that got better, not a word of clinical context ("patients", "treated");
# a finding that nothing changed ("none of four doses improved symptoms more than placebo") points
# to no effect; a harm is an adverse report or a harm no one takes it for (withdrawal, psychosis).
FINDS_BENEFIT = (r"(?<![a-z])(improv\w*|eased|eases|easing|relief|relieved|relieves|helped|helps|benefits?|beneficial"
                 r"|effective|restor\w*|reversed|reverses|reversing|protect\w*|neuroprotect\w*|faster|sped|healed"
                 r"|healing|clearer|sharper|calmer|better|reduced|reduces|reducing|prevented|prevents)(?![a-z])")
NULL_FINDING = (r"(?<![a-z])(no (?:significant |clear |measurable |meaningful |real )?(?:benefit|effect|difference"
                r"|improvement|change)s?|not (?:improve|help|reduce|differ|better|significant)\w*|did not|didn'?t|failed to"
                r"|none of|no better|no more than|can'?t say|felt nothing|did nothing|nothing)(?![a-z])")
# and one that says no one has looked ("no study has tested whether it prevents flu"): no way at all
UNTESTED = r"(?<![a-z])(no (?:study|studies|trials?|data|evidence)|not (?:been )?(?:studied|tested))(?![a-z])"
FINDS_HARM = (r"(?<![a-z])(negative|adverse|side effects?|followed by|gave (?:me|him|her|them)|caused|triggered"
              r"|withdrawal|dependence|addict\w*|toxicity|poisonings?|overdos\w*|psychos[ie]s|psychotic|hallucinat\w*"
              r"|mania|manic"
              r"|deaths?|died|hospitali[sz]\w*|intensive care|breathing tube|rash|abuse|weight gain|put on weight)(?![a-z])")
# "no adverse changes", "without serious side effects", "no rebound anxiety or withdrawal": a harm
# said not to have happened, within a few words of the no
DENIED = r"(?<![a-z])(?:no|not|without|never|nor)(?![a-z])[^.;:]{0,30}$"

# Words that ask for a kind of evidence, which a claim's tier answers even where its text does
# not use them: "any human studies?" is answered by "In 110 patients after stroke ...".
TIER_WORDS = {
    "human": frozenset("human humans patient patients clinical clinically trial trials".split()),
    "preclinical": frozenset("animal animals rat rats mice mouse rodent rodents preclinical".split()),
    "anecdote": frozenset("reddit forum forums anecdote anecdotes anecdotal stories testimonials".split()),
}
EVIDENCE_WORDS = frozenset().union(*TIER_WORDS.values())  # any of them
# what a preclinical claim about animals, not cells or a test tube, names
ANIMAL_WORDS = frozenset("animal animals rat rats mice mouse murine rodent rodents dog dogs canine pig pigs piglets"
                         " porcine rabbit rabbits monkey monkeys primate primates macaques hamster hamsters gerbils"
                         " guinea sheep lambs cattle cows calves horses cats ferrets chicks chickens zebrafish"
                         " worms elegans drosophila flies fruit-flies".split())
STUDY_WORDS = frozenset("study studies research evidence data experiments".split())  # evidence of no kind in particular

# How people ask after a section of a topic's claims (DESIGN.md's data contract) in words the
# claims themselves rarely use: "is it safe?" is answered by "no serious adverse events". These
# words are indexed with each claim of the section, for the full-text search and its embedding.
SECTION_WORDS = {
    "safety": "safety: is it safe, side effects, risks",
    "how_it_works": "how it works: mechanism",
}
# How people ask after a section when every word of the question is an everyday one: the
# section's word is then read as what they ask ("how does it even work" asks for the mechanism,
# "does it actually work" whether it is effective).
EFFECTIVE = "effective"  # "does it actually work": answered by a claim that reports an outcome
MECHANISM = "mechanism"  # "how does it work": the section's word (`SECTION_WORDS`)
SECTION_ASKS = (
    (r"\bhow (?:does|do|would|could|did) (?:\w+ ){1,2}work\b|\bhow (?:it|this|they) works?\b"
     # "what does it actually do in the brain", "to your liver": how it works there ("what does it even do" alone
     # asks what it is for as often, and "what does it do for acne" an effect)
     r"|\b(?:what|wat|wot|wut) (?:does|do|did) (?!i |we |you |u )\S+ (?:actually |even |really |exactly )?do"
     r" (?:in|to|inside)\b",
     MECHANISM),
    (r"(?<!how )\b(?:does|do|did) (?:it|this|they|\S+) (?:actually |even |really |honestly )?work\b", EFFECTIVE),
)

# Lay words and the words studies use for the same thing, as they hold for any compound: how it
# is taken, the common medicines people ask about taking it with ("can I take it with xanax" is
# answered by a claim about benzodiazepines), whether it is allowed, who takes it ("teens":
# children, "nursing": breastfeeding), and conditions, harms and effects people name in their own
# words ("concussion" for TBI, "nerves" for anxiety, "bedsores" for ulcers, "overdose" for
# poisoning, "protect" for neuroprotective), and who paid for the research ("company" for
# sponsored), and what people ask of grey-market products: whether what is sold online is pure
# ("contaminated", "fake": impurities, mislabelled). A question word of a group is held by a claim
# that holds any word of that group.
ROUTES = (
    "oral orally swallow swallowed swallowing pill pills capsule capsules tablet tablets tab tabs mouth gummy gummies"
    " chewable chewables",
    "injection injections inject injected injecting injectable pin pinning jab jabs shot shots needle needles"
    " subcutaneous subcutaneously subq intramuscular intramuscularly",
    "intravenous intravenously iv drip infusion infusions",
    "nasal intranasal intranasally nose spray sprays sniff snort nostril nostrils",
    "topical topically cream creams lotion lotions ointment ointments gel gels serum serums",
)
MEDICINE_CLASSES = (
    "benzodiazepine benzodiazepines benzo benzos xanax alprazolam klonopin clonazepam valium diazepam ativan"
    " lorazepam midazolam temazepam triazolam oxazepam sedative sedatives",
    "sedative sedatives hypnotic hypnotics zolpidem ambien zopiclone eszopiclone lunesta",
    "antidepressant antidepressants ssri ssris snri snris zoloft sertraline prozac fluoxetine lexapro escitalopram"
    " celexa citalopram paxil paroxetine effexor venlafaxine maoi maois",
    "stimulant stimulants adderall amphetamine amphetamines ritalin methylphenidate vyvanse",
    "tricyclic tricyclics amitriptyline elavil nortriptyline pamelor imipramine tofranil clomipramine anafranil"
    " doxepin desipramine norpramin",
    "aricept donepezil namenda memantine exelon rivastigmine",
    "tamsulosin flomax alfuzosin uroxatral doxazosin cardura terazosin silodosin",
    "anticonvulsant anticonvulsants antiepileptic antiepileptics carbamazepine tegretol phenytoin dilantin valproate"
    " depakote lamotrigine lamictal levetiracetam keppra",
    "tpa alteplase thrombolysis thrombolytic",
    "hypnotic hypnotics ambien zolpidem zopiclone eszopiclone lunesta",
    "contraceptive contraceptives contraception",
    "anticoagulant anticoagulants antiplatelet thinners warfarin coumadin apixaban eliquis rivaroxaban xarelto"
    " heparin clopidogrel plavix aspirin",
    "nsaid nsaids ibuprofen advil motrin nurofen naproxen aleve diclofenac voltaren celecoxib celebrex aspirin",
    "antacid antacids tums rolaids gaviscon maalox mylanta",
    "antidiabetic antidiabetics metformin glucophage sulfonylurea sulfonylureas glipizide gliclazide glimepiride"
    " sitagliptin januvia empagliflozin jardiance dapagliflozin farxiga",
    # (most of these reach matching as "blood pressure", `LAY_PHRASES`; the class names them as medicines for
    # `safety`'s test of a question about taking two together)
    "antihypertensive antihypertensives lisinopril zestril enalapril ramipril losartan cozaar valsartan amlodipine norvasc"
    " metoprolol atenolol bisoprolol hydrochlorothiazide hctz",
    "levothyroxine synthroid levoxyl euthyrox thyroxine liothyronine cytomel",
    "betablocker betablockers metoprolol lopressor toprol atenolol tenormin bisoprolol propranolol inderal carvedilol"
    " nebivolol",
    "aceinhibitor aceinhibitors lisinopril zestril enalapril ramipril perindopril captopril",
    "diuretic diuretics furosemide lasix bumetanide hydrochlorothiazide hctz chlorthalidone indapamide",
    "triptan triptans sumatriptan imitrex rizatriptan maxalt zolmitriptan zomig eletriptan relpax naratriptan",
    "antipsychotic antipsychotics quetiapine seroquel olanzapine zyprexa risperidone risperdal aripiprazole abilify"
    " clozapine clozaril haloperidol haldol lurasidone latuda",
    "antibiotic antibiotics amoxicillin augmentin doxycycline ciprofloxacin cipro levofloxacin azithromycin zithromax"
    " penicillin penicillins tetracycline tetracyclines quinolone quinolones fluoroquinolone fluoroquinolones",
    "immunosuppressant immunosuppressants tacrolimus cyclosporine ciclosporin mycophenolate azathioprine",
    "opioid opioids opiate opiates narcotic narcotics painkiller painkillers oxycodone oxy oxycontin hydrocodone"
    " vicodin percocet morphine fentanyl codeine tramadol methadone heroin buprenorphine suboxone subutex meperidine"
    " demerol pethidine",
    "decongestant decongestants pseudoephedrine sudafed phenylephrine dextromethorphan nyquil dayquil robitussin",
    "naloxone narcan",
    "antihistamine antihistamines benadryl diphenhydramine anticholinergic anticholinergics",
    "antihistamine antihistamines cetirizine zyrtec levocetirizine xyzal loratadine claritin fexofenadine allegra"
    " hydroxyzine chlorphenamine chlorpheniramine",
    "sildenafil viagra tadalafil cialis",
    "semaglutide ozempic wegovy rybelsus liraglutide saxenda victoza tirzepatide mounjaro zepbound dulaglutide"
    " trulicity exenatide byetta",
    "statin statins atorvastatin lipitor rosuvastatin crestor simvastatin zocor pravastatin pravachol lovastatin",
    "bisphosphonate bisphosphonates fosamax alendronate risedronate actonel ibandronate boniva",
    "hrt estradiol premarin",
    "ppi ppis omeprazole prilosec esomeprazole nexium pantoprazole protonix lansoprazole prevacid",
    "corticosteroid corticosteroids glucocorticoid glucocorticoids prednisone prednisolone dexamethasone"
    " hydrocortisone cortisone",
)
REGULATION = ("legal legally illegal illegally banned ban fda approved approval unapproved prescription",
              "banned ban prohibited wada doping antidoping")
# Who may be kept from taking it: a claim about them answers a question about them, whatever else
# the question says ("28 weeks pregnant with brain fog, is it ok?"; safety.about filters the rest).
POPULATIONS = (
    "child children kid kids teen teens teenage teenager teenagers adolescent adolescents paediatric pediatric"
    " toddler toddlers infant infants newborn newborns",
    "pregnancy pregnant",
    "breastfeeding breastfeed nursing",  # not "lactation": its stem is lactate's
)
POPULATION_WORDS = frozenset(" ".join(POPULATIONS).split())
CONDITIONS = POPULATIONS + (
    "dementia alzheimer alzheimers",
    "epilepsy epileptic seizure seizures convulsion convulsions convulsive",
    "appetite hungry hungrier hunger munchies",
    # a "hypo" is what labels call hypoglycaemia; "ckd" and "egfr" are the kidneys' disease and function
    "hypoglycemia hypoglycaemia hypoglycemic hypoglycaemic hypo hypos",
    "kidney kidneys renal ckd egfr gfr",
    "concussion concussions tbi traumatic",
    # not "nerves" or "nervous": a group is found by stem, and "nerve cells", "nerve pain" and the
    # "nervous system" are no anxiety; people's "my nerves" is read as anxiety (`LAY_PHRASES`),
    # a claim's "nervousness" spelled out (`SPELLED_OUT`)
    "anxiety anxious anxiolytic",
    "protect protects protecting protected protective protection neuroprotective neuroprotection",
    "insomnia sleep sleeping sleepless sleeplessness",
    # as people say it and as labels do; the model finds "drowsy" no neighbour of "somnolence"
    "drowsy drowsiness sleepy sleepiness somnolence somnolent zombie",
    "stool stools poop poops pooping poo feces faeces bowel bowels",
    "deaf deafness hearing ototoxic ototoxicity",
    "ulcer ulcers sore sores bedsore bedsores",
    "funded funding sponsored sponsor sponsors manufacturer manufacturers company companies",
    "purity pure impure impurity impurities contaminated contamination contaminant contaminants adulterated"
    " counterfeit fake bunk quality mislabeled mislabelled underdosed laced spiked",
    "online internet vendor vendors seller sellers retailer retailers website websites",
    "smarter smart intelligence intelligent iq cognitive cognition fog foggy",
    "focus focused focusing concentration concentrate concentrating attention attentive",
    "stomach stomachs tummy belly abdominal abdomen gastrointestinal gi digestive",
    "ache aches aching stomachache upset discomfort cramps cramping",
    "palpitations tachycardia heartbeat racing",
    # a heart rhythm problem, as people say it ("heart rhythm": `LAY_PHRASES`) and as labels do (a long QT
    # interval, a fast rhythm)
    "arrhythmia arrhythmias arrhythmic dysrhythmia qt tachycardia",
    "hgh gh somatotropin",
    "fridge refrigerator refrigerated refrigerate refrigeration storage store stored storing",
    "expiry expired expire expires expiring expiration outdated",
    "overdose overdoses overdosed overdosing od poisoning poisonings poisoned intoxication toxicity",
    # an antidote is what labels call a reversal agent, what reverses its effect
    "antidote antidotes reversal",
    "vision eyesight sight",
    "die dies died dying death deaths dead fatal fatality fatalities",
    "memory memories remember remembering remembered forget forgetting forgetful forgetfulness",
    "cocaine coke", "mdma molly ecstasy", "cannabis marijuana weed thc", "methamphetamine meth", "xylazine tranq",
    "caffeine caffeinated coffee espresso",
    "elderly older seniors geriatric",
    "addiction addictive addicted addict dependence hooked",
    "risk risks downside downsides drawback drawbacks",
    "aphrodisiac aphrodisiacs libido sexual",
    "testes testicle testicles testicular",
    "employer employers employment workplace",
    "gym exercise exercising workout workouts hiit weightlifting",
    "reps rep repetitions",
    "eu europe european efsa",
    "covid coronavirus corona sars",
    "mood moods happy happier happiness",
    "buy buying purchase purchasing sold sale",
    "cost costs costly price prices priced pricey expensive cheap cheaper cheapest inexpensive afford affordable money",
    "generic generics biosimilar biosimilars",  # a medicine made from living cells has biosimilars, not generics
    "endurance stamina aerobic cardio running runner runners jogging marathon",
    "gain gains loss losses",
    "lifespan lifespans longevity mortality survival",
    "fertility fertile infertility infertile subfertility subfertile",
    "fainting faint fainted faints syncope",
    "menstrual menstruation menstruating menses dysmenorrhea",
    "vomiting vomit vomited vomits emesis nausea nauseous nauseated queasy",
    "mania manic hypomania hypomanic",
    "psychosis psychotic paranoia paranoid delusion delusions delusional",
    "heartburn reflux indigestion dyspepsia",
    "gas gassy flatulence flatus farting farts fart",
    # orthopaedics is about bones and joints, and a bone is no joint
    "orthopaedic orthopaedics orthopedic orthopedics bone bones",
    "orthopaedic orthopaedics orthopedic orthopedics joint joints",
    "blunting blunted flat flatness apathy apathetic",
    "cirrhosis cirrhotic liver hepatic hepatotoxicity hepatotoxic",
    "ingredient ingredients constituent constituents component components compound compounds contains containing",
    "fraud fraudulent misconduct manipulation manipulated falsified fabricated faked retracted retraction scandal",
    "euphoria euphoric intoxicated intoxicating psychoactive hallucinogen hallucinogenic recreational recreationally"
    " misuse misused misusing",
    "sugar sugars glucose",  # "blood sugar" is what a trial measures as blood glucose
    "congestion congested decongestant decongestants",
)
# How long it lasts and stays, as studies say it: "lasting hours", "cleared from
# the blood", "faded over weeks". People ask in phrases whose words mean something else alone
# (`LAY_PHRASES`), read as the first word of a group.
TIME_COURSE = (
    "duration lasting lasts lasted sustained",
    "tolerance faded fades fading diminished",
    "elimination eliminated cleared clearance excreted accumulate accumulates accumulation pharmacokinetic"
    " pharmacokinetics",
    "cycling cycle cycles cycled break breaks tolerance",
    "persisting persist persists persisted persistent lasting cessation discontinuation discontinued discontinuing"
    " stopped stopping",
    # what stopping brings on ("cold turkey", "coming off": `LAY_PHRASES`), as labels say it
    "withdrawal withdrawals rebound abrupt abruptly taper tapering tapered",
)
SAME_THING = tuple(frozenset(group.split())
                   for group in ROUTES + MEDICINE_CLASSES + REGULATION + CONDITIONS + TIME_COURSE)
SAME_AS = {word: frozenset().union(*(group for group in SAME_THING if word in group))
           for group in SAME_THING for word in group}
# Words that share a stem with a word of a group but name something else, so they are not read as
# it: "Memorial Sloan Kettering" is no memory, "tested" no testes, "plasma concentrations" no
# concentration, "no clear effect" no clearance, "broken down" no break from taking it, "nurses" no
# nursing mother, "ulcerative colitis" and "muscle soreness" no ulcer or sore, "manufacturing" no
# manufacturer that paid, "sugar spikes" nothing spiked, "the race" no racing heart, "iron stores"
# no storing, "blunts the rise" no emotional blunting, "withdrawn from the market" no withdrawal,
# "stimulates the immune system" no stimulant, "a person with dementia" or "personal functioning" no personality.
NOT_SAME = frozenset("memorial test tests tested testing concentrations concentrated concentrates clear"
                     " clearly broken breaking broke nurse nurses ulcerative soreness manufacturing manufactured"
                     " manufacture spike spikes spiking race races stores fabric blunt blunts withdrawn withdrew"
                     " stimulate stimulates stimulated stimulating stimulation person persons personal personally".split())
# "How long till it kicks in" (`LAY_PHRASES`: onset) is answered by a claim that says how soon
# something happened, in minutes, hours, days or weeks. One way only: a question that says "weeks"
# ("been on it two weeks") does not ask when it starts to work.
ONSET = "onset"
SAME_AS[ONSET] = frozenset(f"{ONSET} within minutes hours days weeks quickly rapidly".split())
# Likewise "how much do people take", "what dose" and "what strengths" (`LAY_PHRASES`: dosage) are answered by a claim that
# states an amount, in mg, grams or drops. (The reply still gives no dosing advice of its own.)
DOSE = "dosage"
SAME_AS[DOSE] = frozenset(f"{DOSE} dose doses mg milligrams grams mcg micrograms daily".split())
# And "felt nothing", "did it do nothing for anyone else", "overhyped?" (`LAY_PHRASES`: ineffective) by a
# claim that says something had no effect.
NO_EFFECT = "ineffective"
SAME_AS[NO_EFFECT] = frozenset(f"{NO_EFFECT} nothing overrated placebo".split())
# And "how much is too much", "can u overdo it", "max dose?" (`LAY_PHRASES`: excess) by a claim that says
# what too much does or where the limit is.
EXCESS = "excess"
SAME_AS[EXCESS] = frozenset(f"{EXCESS} overdose toxicity limit high doses".split())
# And "does it actually work", "is it effective" by a claim that reports what it did, or that it did nothing.
SAME_AS[EFFECTIVE] = frozenset(f"{EFFECTIVE} efficacy improved reduced lowered placebo benefit".split())
# What such a question is embedded as: what it asks, in the words a claim that answers it uses
ASKED_AS = {ONSET: "how soon it starts to work, within minutes, hours, days or weeks",
            DOSE: "the amount taken, in mg or grams a day",
            "euphoria": "gets you high: euphoric, intoxicating or psychoactive",
            "persisting": "what happens after stopping it: what lasts and what comes back",
            NO_EFFECT: "felt no effect at all, it did nothing, no better than placebo",
            EXCESS: "too much: the upper limit, high doses, overdose and toxicity",
            EFFECTIVE: "it worked: in a trial in people it improved or reduced symptoms more than placebo"}

# Phrases of everyday words, each read as the one word studies use before the question's words
# are weighed: "every day" is daily, "does it stay in your system" asks about elimination
# (`TIME_COURSE`), "will it show up on a drug test" about doping (`REGULATION`), not about drugs
# or tests.
_SYSTEM = r"(?:your|my|the|his|her|their) (?:system|body|blood)"
# what follows "nursing" when it is no nursing mother: a nursing home or student (`safety` reads it too)
NURSING_NOT_MOTHER = r"homes?|facilit(?:y|ies)|students?|school|staff|degree|assistants?|jobs?|shifts?"
# a nose people call blocked, as a question or a claim says it: congestion
_BLOCKED_NOSE = r"(?:stuffy|stuffed[- ]up|blocked|bunged[- ]up) noses?"
_TRYING_FOR_A_BABY = r"\bttc\b|\btry(?:ing)? (?:to conceive|to get pregnant|for a baby)\b"
NAME_SAID = "topicname"  # a name of several words while lay phrases are read: one word ("drink on NAME")
ONE_NAME_SAID = "topicword"  # a name of one word while lay phrases are read
# "period" after none of these words (nor a hyphen) and before none of the others is the monthly one: "over a
# 12-week period", "the washout period", "during 'off' periods", "a five-period crossover", "periods with and
# without" are spans of time
_NOT_A_SPAN = "(?<!-)" + "".join(rf"(?<!{word} )" for word in (
    "time", "trial", "washout", "grace", "waiting", "study", "same", "short", "long", "longer", "that", "this", "off",
    "off'", "on", "on'", "treatment", "follow-up", "observation", "baseline", "incubation", "refractory", "day", "week",
    "month", "year", "hour", "dosing", "withdrawal", "run-in", "placebo", "extension", "the", "a", "each", "both",
    "two", "three", "later", "earlier", "initial", "first", "second", "final", "open-label", "postpartum", "recovery",
    "critical", "induction", "maintenance", "changeover", "sensitive", "during", "than", "over", "control"))
_NOT_A_SPAN_AFTER = r"(?! (?:of|with|when|in which)\b)"
# Words a claim holds only by saying them, a word of their group, or a phrase spelling them out, never
# through a neighbour: the model puts "period" near "menstrual", and a claim's monthly periods are spelled
# out as menstrual, so its "period" left over is a span of time
HELD_ONLY_AS_SAID = frozenset({"menstrual"})
LAY_PHRASES = tuple((re.compile(pattern), word) for pattern, word in (
    (rf"\b(?:stays?|linger\w*|lasts?) in {_SYSTEM}\b|\b(?:out of|leaves?) {_SYSTEM}\b|\bbuilds? up in {_SYSTEM}\b",
     "elimination"),
    (r"\bhalf ?(?:life|lives)\b", "half life elimination"),
    # "any real evidence": as "any evidence"; "is it even real" asks whether a product is genuine; "real
    # experiences" are what users report
    (r"\breal(?= (?!or\b|experiences?\b|reviews?\b)[a-z])", ""),
    (r"\bold wives'? tales?\b|\bsnake oil\b", "myth"),
    # "gi" is the gut only before what goes wrong there ("gi bleed"); "my gi" is a gastroenterologist
    (r"\bgi(?= (?:bleed\w*|upset|tract|side effects?|symptoms?|issues?|problems?|distress|discomfort|complaints?"
     r"|cocktail)\b)", "gastrointestinal"),
    (r"\bc[- ]?sections?\b", "cesarean"),  # American: claims spelling it the British way are found too
    (r"\bc[. -]{0,3}diff(?:icile)?\b|\bclostridi(?:um|oides) difficile\b", "cdiff"),
    (r"\bhow (?:do|does|did|should|would|can|are) (?:you|people|ppl|i|we|they|u|one|most people)"
     r" (?:even |actually |really |usually |normally )?(?:take|use|using|taking)(?: (?:it|this|them|that))?\b",
     "injection oral nasal"),
    # how long it keeps, not how long an effect lasts: "how long does the powder last once opened",
    # "fridge or nah", "my senna expired last year"
    (r"\bhow long (?:does|do|will|can|would|is|are) (?:[\w'-]+ ){0,5}?(?:last|keep|stay good|good|stay fresh)\b"
     r"(?=[^.?!]{0,40}\b(?:once (?:it'?s |its )?(?:opened|open|mixed)|after (?:opening|mixing)|opened|fridge|mixed"
     r"|reconstitut\w*|expir\w*|before it|unopened|sealed|cupboard|shelf)\b)"
     r"|\bonce (?:it'?s |its )?(?:opened|open|mixed|reconstituted)\b"
     r"|\bafter (?:opening|mixing|reconstitution|reconstituting)\b|\bshelf ?life\b"
     r"|\bgo(?:es)? (?:bad|off|rancid|stale|moldy|mouldy)\b|\b(?:in|into) the fridge\b"
     r"|\bfridge or (?:not|nah|no)\b|\bhow (?:do|should|to|can|would) (?:i |you |u |we )?store\b", "storage"),
    # an expired pack asks whether it still works or is safe, which a claim about keeping it in the fridge
    # (or a "store-brand") does not answer; a claim about expired or outdated products does
    (r"\bexpir(?:ed|es|y|ation)\b|\bout[- ]of[- ]date\b", "expiry"),
    # how long it lasts is how long its effect lasts, and how long it stays in the body ("half-life"); how
    # long something else lasts ("the numbness", "bleeding") is that effect's duration only
    (rf"\bhow long (?:does|do|will|did) (?:it|they|one|{NAME_SAID}|{ONE_NAME_SAID}) last\b", "duration elimination"),
    (r"\bhow long (?:does|do|will|did) (?:the \w+|\w+) last\b", "duration"),
    # how much of it is taken: "how much do people take", "dosage", "what dose", "dose used in studies"
    # (not "my first dose", "how long does one dose last": a dose taken)
    (r"\bhow (?:much|many)\b(?: [\w-]+){0,2}?"
     r" (?:do|does|did|should|would|are|is|can) (?:people|ppl|most people|users|studies|trials|they|u|you|i|one|\w+)"
     r"(?: (?:usually|normally|typically|actually|even|generally))? (?:take|use|using|taking|given|give|dose|put)\b"
     r"|\bdos(?:age|ages|ing)\b|\b(?:what|wat|which|best|right|safe|max|maximum|usual|typical|recommended|effective"
     r"|optimal|normal|starting|daily|standard)(?: [\w-]+)? doses?\b|^\s*doses?\b|\bdoses? (?:used|in|did|do|does)\b"
     # and the strengths it is made in: "what strengths does it come in", "available in different strengths"
     r"|\bstrengths?\b(?=(?: [\w-]+){0,3} (?:comes? in|available|sold|made in)\b)|\bwhat strengths?(?=\W*$)"
     r"|(?<= in )(?:what|which|different|other) strengths?\b|\bstrengths\b",
     DOSE),
    # when it starts to work: "how long till it kicks in", "how fast does it work", "when will I notice"
    (r"\bkick(?:s|ed|ing)? in\b|\btakes? effect\b|\bhow (?:long|soon|quick(?:ly)?|fast)\b(?:(?! last)[^.?!,]){0,40}?"
     r"(?<!keep )(?<!keeps )(?<!still )\b(?:work(?:s|ing)?|notice|results?|kicks?)\b", ONSET),
    # how much is too much: "how much is safe", "can u overdo it", "max dose"
    (r"\b(?:how much|how many)(?: [\w-]+){0,4}? (?:is|are|r) (?:too much|too many|safe|ok|okay|dangerous|toxic)\b"
     r"|\b(?:take|took|taking|have|had|eat|ate|eating|drink|drank|drinking|use|using|is|are|r|day|daily|\d+ ?[a-z]*)"
     r" too (?:much|many)\b|\btoo (?:much|many) (?!for\b|to\b|and\b|or\b)[a-z]+"
     r"|\b(?:max|maximum|upper) (?:safe )?(?:dose|dosage|amount|limit)\b|\boverdo(?:ing|ne|id)?\b", EXCESS),
    # it did nothing for them: "felt absolutely nothing", "doesnt do anything for me", "overhyped?"
    (r"\b(?:does|do|did)(?:n'?t| not|nt) (?:do|doing) (?:anything|a thing|much|shit|jack|squat)\b"
     r"|\b(?:felt|feel|feeling|noticed?|noticing|got|get|getting) (?:absolutely |literally |basically )?(?:nothing|zero"
     r"|no difference|no effects?)\b|\b(?:does|did|do) nothing\b|\bzero effects?\b|\boverhyped\b|\boverrated\b"
     r"|\bnon ?responders?\b", NO_EFFECT),
    # how soon it wears off is how long it lasts; that it wears off over weeks is tolerance
    (r"\bhow (?:fast|quickly|soon|long) (?:does|do|will|until|till|til|before) \w+ wears? off\b",
     "duration elimination"),
    (r"\b(?:stops?|stopped) working\b|\bwears? off\b|\bwore off\b|\bbuild(?:s|ing)? (?:up )?(?:a )?tolerance\b",
     "tolerance"),
    (r"\btake (?:a )?breaks?\b|\bnon ?stop\b", "cycling"),
    (r"\bevery ?day\b|\beach day\b", "daily"),
    (r"\bclear ?(?:head|headed|headedness|mind|thinking)\b|\bthink(?:ing)? (?:more )?clearly\b", "clarity"),
    # "how strong is the evidence overall", "what does the research say": what reviews of it conclude
    (r"\bhow (?:strong|good|solid|reliable|convincing) is the (?:evidence|research|science)\b"
     r"|\bwhat (?:does|do) (?:the )?(?:research|science|studies|evidence) (?:say|show)\b"
     r"|\b(?:evidence|research) overall\b|\boverall (?:verdict|evidence)\b", r"\g<0> review"),
    # "X reviews", "did it work for u guys": what users say ("the reviews", "systematic reviews" are published)
    (r"(?<!the )(?<!systematic )(?<!scientific )(?<!literature )(?<!published )(?<!research )\breviews\b", "reddit"),
    (r"\bwork(?:s|ed)? (?:for|on) (?:u|you|anyone|anybody|ppl|people|others|other people)\b", r"\g<0> reddit"),
    (r"\b(?:what|wat|wot|wut) (?:does|do|did|will) (?:it|this|they|\S+) (?:actually |even |really )?feel like\b"
     r"|\bhow (?:does|do|did) (?:it|this|\S+) (?:actually |even |really )?(?:make (?:you|u|ppl|people|me) )?feel\b"
     r"|\b(?:what|wat|wot|wut) (?:do|did) (?:people|ppl|users|you|u) (?:actually |even |really )?feel\b"
     r"|\b(?:what|wat|wot|wut) (?:do|did|does) (?:other )?(?:people|ppl|users|others|anyone|patients|folks)"
     r"(?: (?!say\b|think\b)[\w'-]+){0,5}? (?:actually |even |really )?(?:say|think)\b"
     r"|\b(?:real|patient|patients'?) (?:experiences?|reviews?)\b"
     r"|\b(?:anyone|anybody) (?:actually |even |really |else )?(?:notice|noticed|feel|felt|tried)\b"
     r"(?! (?:like|nothing|zero|no|literally))",
     "reddit forum"),
    (r"\b(?:mess(?:es|ing)? (?:with|up)|interfer(?:e|es|ing) (?:with|w/?)|clash(?:es|ing)? with)\b"
     r"(?= (?:my |your |ur |his |her |any |the )?(?:other )?(?:meds|medications?"
     r"|medicines?|drugs|prescriptions?)\b)", "interact"),
    # two things that "clash" interact, whatever they are ("will they clash", "does it clash with statins")
    (r"\bclash(?:es|ed|ing)?\b", "interact"),
    (r"\b(?:what|wat|wot|wut)(?:'?s| is| are)(?: actually| even| really)? in (?:it|this|that|them|there|(?!the\b|a\b)\w+)\b",
     "ingredient"),
    (r"\bbirth control(?: pills?)?\b|\b(?:the|combined|contraceptive) pill\b|\bcontraceptive pills\b", "contraceptive"),
    (r"\bthe shits\b|\bthe runs\b|\bloose stools?\b", "diarrhea"),
    # a nursing home or student is no nursing mother ("nurse" is read as no breastfeeding: `NOT_SAME`)
    (rf"\bnursing (?=(?:{NURSING_NOT_MOTHER})\b)", "nurse "),
    (r"\bbaby aspirins?\b", "low dose aspirin"),
    (rf"\b{_BLOCKED_NOSE}\b|\bstuffed up\b", "congestion nose"),
    (r"\bhorn(?:y|ier|iness)\b|\bsex drive\b", "libido"),
    (r"\bget (?:it|him) up\b|\bboners?\b", "erectile"),
    # erectile dysfunction is ED, which a claim holds by saying so or by "erectile problems", "impotence"
    (r"\berectile dysfunction\b", "ed"),
    # "while bf'ing", "bf my 3 month old": breastfeeding (not "my bf", a boyfriend)
    (r"\b(?:while|when|im|i'm|am|and) bf(?:'?ing| ing)?\b|\bbf(?:'?ing| ing)\b"
     r"|\bbf (?:my|our|a|the|her) (?:\w+ )?(?:baby|babies|newborn|infant|month|months|week|weeks|son|daughter)\b",
     "breastfeeding"),
    (r"\b(?:leg|arm|chest|back|push|pull) day\b", "workout"),
    (r"\b(?:my|ur|your|his|the) balls\b", "testes"),
    # a medicine named stays named beside it: "terbinafine and metoprolol" is answered by a claim about metoprolol
    (r"\b(?:lisinopril|enalapril|ramipril|losartan|valsartan|amlodipine|metoprolol|atenolol|hydrochlorothiazide)\b",
     r"\g<0> blood pressure"),
    (r"\b(?:antihypertensives?|bp)\b", "blood pressure"),
    (r"\bod(?:'d|'ed|ed|'ing|ing)\b", "overdosed"),  # "my friend who od'd"
    (r"\blow (?:blood )?(?:sugars?|glucose)(?: levels?)?\b|\bsugar (?:lows?|crash(?:es)?)\b", "hypoglycemia"),
    (r"\b(?:for|before|during|pass|in) (?:my |the |an? |our )?(?:exams?|finals|midterms|bar exam)\b", "memory"),
    (r"\bmemory loss\b|\bloss of memory\b", "memory"),  # what the claims say of memory, whatever the word beside it
    (r"\b(?:before|during) (?:my|her|your|the|their) periods?\b", "pms"),
    (r"\b(?:period|menstrual) (?:cramps?|cramping|pains?)\b|\bpainful periods?\b", "menstrual"),
    # a question's "period" is the monthly one ("andarine period changes", "missed my period"), not a span of time
    (rf"\b{_NOT_A_SPAN}periods?\b{_NOT_A_SPAN_AFTER}", "menstrual"),
    (r"\bblood thinn(?:ers?|ing (?:pills?|meds?|medication))\b|\bthins? (?:ur |your |my |the |his |her )?blood\b",
     "anticoagulant"),
    (r"\bman ?boobs\b|\bmoobs\b|\bgyno\b", "gynecomastia breast"),
    (r"\bboobs?\b", "breast"),
    (r"\bhair (?:falls?|falling|fell) out\b|\bhair fall\b|\bbalding\b|\bgo(?:es|ing)? bald\b|\bthinning hair\b"
     r"|\bhair thinning\b", "hair loss"),
    (r"\bhair (?:to )?(?:re)?grow(?:s|ing)? (?:back|faster|thicker)\b"
     r"|\b(?:re)?grow (?:my |your |ur |the |more |back )?hair(?: back)?\b|\bregrow(?:s|ing)? hair\b"
     r"|\bhair (?:re)?growth\b|\bregrowth\b", "hair growth"),
    (r"\blive (?:a )?(?:longer|long(?:er)? li(?:fe|ves))\b|\blive to (?:100|a hundred)\b", "lifespan"),
    (r"\bvo2 ?max\b", "vo2"),
    (r"\b(?:lp|lipoprotein) a\b", "lpa"),  # "lp(a)", read without its brackets
    (r"\b(?:heart|cardiac) rhythms?\b|\birregular (?:heart ?beats?|heart ?rates?|pulse)\b", "arrhythmia"),
    (r"\ba[- ]fib\b", "afib"),
    (r"\b(?:ringing|buzzing) (?:in|of) (?:my |the |his |her |their |your |ur |both )?ears?\b"
     r"|\bears? (?:(?:are|is|keep|keeps|have been|has been|started|start) )?(?:ringing|buzzing)\b", "tinnitus"),
    (r"\btype[- ]?(?:1|one|i) diabet\w*|\bt1dm?s?\b|\bjuvenile(?:[- ]onset)? diabet\w*"
     r"|(?<!non[- ])\binsulin[- ]dependent diabet\w*", "t1d"),
    (r"\b(?:car|travel|sea|air|boat) ?sick(?:ness)?\b", "motion sickness"),
    (r"\bover[- ]the[- ]counter\b|\bnon-?prescription\b", "otc"),
    (r"\bsun ?sensitiv\w*|\bsensitiv\w* to (?:the )?(?:sun|sunlight|light)\b|\b(?:burn|burns|burning) (?:more |really |so )?(?:easil?y|easier|quicker|faster)\b"
     r"|\bsunburn\w*", "photosensitivity"),
    (r"\bworking out\b", "exercise"),
    (r"\b(?:chill|calm|settle)(?:s|ed|ing)? (?:(?:you|u|me|him|her|them|people|ppl|my|ur|your) )?(?:out|down)\b",
     r"\g<0> anxiety"),
    (r"\b(?:(?:go|goes|going|went|be|being|day|days|holiday|vacation|trip) (?:to |at |on )?(?:the |a )?beach"
     r"|beach (?:holiday|vacation|trip|day)|sunbeds?|sunbath(?:e|ing)|tanning beds?)\b", r"\g<0> photosensitivity"),
    # "my epilepsy meds": the medicines the condition is treated with, besides the condition
    (r"\b(?:epilepsy|seizure|anti-?seizure) (?:meds|medications?|medicines?|drugs|pills|tablets)\b",
     r"\g<0> anticonvulsant"),
    # "what meds don't mix with it", "does it mix with my meds": how it mixes with medicines
    (r"\b(?:meds|medications?|medicines?|drugs|pills) (?:that |which )?(?:don'?t|do not|shouldn'?t|can'?t|cannot"
     r"|won'?t) mix\b|\bmix(?:es|ing)? (?:well |ok |okay )?with (?:my |other |any |your |his |her )?(?:meds"
     r"|medications?|medicines?|prescriptions?)\b", "interact"),
    # trying for a baby asks about fertility or pregnancy (two asks, not one noun: `_compound`), and only
    # about fertility beside a question about sperm or fertility ("does it lower sperm count, were ttc")
    (rf"\b((?:sperm|semen|fertil)\w*\b.*?)(?:{_TRYING_FOR_A_BABY})", r"\1fertility"),
    (rf"(?:{_TRYING_FOR_A_BABY})(?=.*\b(?:sperm|semen|fertil))", "fertility"),
    (_TRYING_FOR_A_BABY, "fertility, pregnancy"),
    (r"\bpass(?:ed|es|ing)? out\b", "fainting"),
    # the World Anti-Doping Agency's list is what a sports body bans, as a drug test is (`DOPING`)
    (r"\bwada\b|\banti-?doping\b", "doping"),
    (r"\b(?:throw(?:s|ing)?|threw|thrown) up\b|\bpuk(?:e|es|ed|ing)\b|\bbarf(?:s|ed|ing)?\b", "vomiting"),
    (r"\b(?:get|gets|getting|got|come|comes|coming|came) off\b|\bcold turkey\b", "withdrawal"),
    # "what happens if i stop taking it", "can i just stop": what stopping brings on, as a claim about people who
    # stopped, discontinued or came off it says (not "why do people stop"; "withdrawal" alone, +8 -14, missed the
    # claims that say "stopped")
    (r"\b(?:if|when|once|can|should|could) (?:i|you|u|we|he|she|they|my \w+) (?:just |suddenly |abruptly )?"
     r"stop(?:ped)? (?:taking|using)\b", "stopping"),
    (r"\b(?:get|gets|getting|got) (?:you |u |me |people |ppl |them )?high\b|\bbuzzed\b", "euphoria"),
    (r"\bdrink(?:s|ing)? (?:alcohol|booze|beer|wine|liquor)\b|\bdrink(?:s|ing)? (?:on|while on|while taking) \w+"
     r"|\bdrink(?:s|ing)? with (?:it|this|that)\b"
     r"|\b(?:a few|some|couple of|couple|few) drinks\b"
     r"|\b(?:glass|glasses|bottle|bottles|pint|pints|shot|shots|can|cans)"
     r" of (?:wine|beer|vodka|whiskey|whisky|gin|rum)\b"
     r"|\b(?:a|one) (?:beer|pint)\b|\b(?:some|few|couple|couple of|\d+) (?:beers|pints)\b"
     # the drinks themselves ("beer ok?"), but not wine (a food and an extract's source), brewer's yeast or the
     # Beers list of medicines to avoid in older people
     r"|\b(?<!brewers )(?<!brewer's )(?:beers?|booze|liquor|vodka|whiske?y|tequila)\b(?! (?:yeast|list|criteria)\b)",
     "alcohol"),
    (r"\bmakes? (?:you|u|me|people|ppl|him|her|them) (?:fat|fatter|gain weight|put on weight)\b"
     r"|\bput(?:ting)? on weight\b", "weight gain"),
    (r"\b(?:keeps?|kept|keeping) (?:you|me|him|her|them|us) up\b|\bwide awake\b"
     r"|\b(?:can'?t|cannot|couldn'?t|trouble|hard to) (?:get to )?sleep(?:ing)?\b", "insomnia"),
    (r"\b(?:in|on) (?:actual |real |living )?(?:people|persons)\b", "in humans"),
    (r"\bold (?:people|ppl|folks|persons|adults|men|women|age)\b|\bseniors?\b|\bthe elderly\b"
     r"|\b(?:over|above|older than) (?:the age of )?(?:6[5-9]|[7-9]\d)s?\b(?! ?(?:mg|mcg|g|ml|%|kg|lbs?|percent))"
     r"|\b(?:6[5-9]|[7-9]\d) ?(?:yo|y/?o|yrs? old|years? old|year-old)\b"
     r"|\b(?:i'?m|am|is|he'?s|she'?s) (?:6[5-9]|[7-9]\d)\b(?! ?(?:mg|mcg|g|ml|%|days?|weeks?|months?|hours?|minutes?"
     r"|times?|pills?|caps?|doses?|units?|percent))",
     "elderly"),
    (r"\b(?:1[0-7]|[1-9]) ?(?:yo|y/?o|yrs? old|years? old|year-old)\b"
     r"|\b(?:i'?m|i am|he'?s|she'?s|he is|she is) 1[0-7]\b(?! ?(?:mg|mcg|g|ml|%|days?|weeks?|months?|hours?|minutes?|times?"
     r"|pills?|caps?|doses?|sprays?|drops?|units?))", "child"),
    (r"\b(?:go|goes|going|gone|went|turn|turning|turned) blind\b|\bblindness\b"
     r"|\blos(?:e|es|ing|t) (?:my |your |his |her |their )?(?:sight|eyesight)\b", "vision"),
    (r"\blast(?:ing)? longer in bed\b|\b(?:finish|finishing|finished|cum|cumming|coming) (?:way |far )?too"
     r" (?:quick|quickly|fast|soon|early)\b", "premature ejaculation"),
    (r"\b(?:do ?n'?t|did ?n'?t|does ?n'?t|stopped|stop) car(?:e|ing) about (?:anything|anythin|nothing|stuff)\b", "apathy"),
    (r"\bhead (?:injury|injuries|trauma)\b|\bhit (?:my|his|her|their|your) head\b", "tbi"),
    (r"\bnervous(?!\s+(?:system|breakdown))\b|\bnervousness\b|\bnerves(?=\s+(?:before|about|for|when|at|are|were|r)\b)"
     r"|\b(?:calm|calms|calming|settle|settles|settling|steady|steadies|soothe|soothes|bad|my|her|his|your|ur|for)"
     r" (?:my |your |ur |her |his |the |their )?nerves\b(?!\s+(?:in|of|damage|pain)\b)", "anxiety"),
    (r"\b(?:after|once|when|if) (?:i|you|we|they) stop\b|\bsticks? around\b", "persisting"),
    # an operation in everyday words: one coming up ("having my gallbladder out", "got knee surgery in
    # 3 weeks") asks what to do before any surgery, whatever its kind; "before the op"; "wisdom teeth out"
    (r"\b(?:have|having|get|getting|gettin|got) (?:my|his|her|their|your|ur|a|the) \w+"
     r" (?:out|removed|replaced|taken out)\b"
     r"|\b(?:have|having|get|getting|gettin|got|going in for|booked (?:in )?for|scheduled for)"
     r"(?: an?| my| his| her| their)?(?: \w+)? (?:surgery|op|operation)\b", "surgery"),
    (r"\b(the|an?|my|his|her|their|your|ur)((?: \w+)?) (?:op|operation)\b", r"\1\2 surgery"),
    (r"\b(?:wisdom )?(?:teeth|tooth) (?:out|pulled|removed|extracted)\b|\btooth extractions?\b", r"\g<0> surgery"),
    # a child or a pet that got into it ("my toddler ate half the gummies"): what swallowing too much does
    (r"\b(?:toddler|toddlers|child|kid|kids|baby|son|daughter|dog|puppy|cat|kitten)\b(?: \w+){0,3}?"
     r" (?:got into|got hold of|got ahold of|ate|eaten|swallowed|chewed|licked|drank|drunk)\b", r"\g<0> poisoning"),
    # too much taken by mistake ("took 10 of his tablets by mistake"): what an overdose does
    (r"\b(?:took|taken|take|swallowed|had|ate)\b(?: [^ ]+){0,6}? (?:by mistake|by accident)\b"
     r"|\baccident(?:al)?ly (?:took|taken|take|swallowed|had|doubled|double dosed)\b", "overdose"),
    # "can it kill you" asks whether it can be fatal ("kill bacteria" does not)
    (r"\bkill(?:s|ed)? (?:you|u|me|him|her|them|someone|somebody|people|ppl|a person)\b", "death"),
    # "face goes red and hot": flushing, as labels say it
    (r"\b(?:face|cheeks?|neck) (?:goes|going|gets|getting|got|went|turns?|turning|turned|is|was|looks?|feels?)"
     r" (?:all |bright |really |so |very |super )?(?:red|flushed|hot)\b|\b(?:red|flushed) (?:face|cheeks)\b", "flushing"),
    # a drug test for a job is no doping control: what a sports body bans does not answer it
    (r"\b(?:work|job|employer|employment|probation|parole) drug (?:test|tests|testing|screen|screens|screening)\b"
     r"|\bdrug (?:test|tests|testing|screen|screens|screening) (?:for|at) (?:work|my job|a job)\b", "employer"),
    (r"\bdrug (?:test|tests|tested|testing|screen|screens|screening)\b|\btested (?:fed|federation|sport|sports|league)\b",
     "doping"),
))

# Conditions and drug classes people text as acronyms and studies spell out ("ptsd": "post-traumatic
# stress disorder"): a claim that spells one out holds its acronym. (The other way round, a
# question read as the acronym lost claims that hold part of the phrase, "mild cognitive disorders".)
# Other phrases are read the same way: one people text in other words ("loose stools": diarrhea;
# "hot flushes" in British, "hot flashes" in American), and an age limit ("not for girls under
# 18"), which answers a question about children or teens.
_SPELLED_OUT = (
    ("ptsd", r"post[- ]?traumatic stress(?: disorder)?"), ("who", r"world health organi[sz]ation"),
    ("uk", r"united kingdom|(?:great )?britain"),
    # "is it over the counter" is answered by a claim that says so, or that it is prescription-only
    ("otc", r"over[- ]the[- ]counter|non-?prescription|prescription[- ]only|(?:only )?(?:on|by|with) (?:a )?prescription"),
    ("diarrhea", r"(?:loose|watery) (?:stools?|bowels?)"),
    ("nsaid", r"non[- ]?steroidal anti[- ]?inflammator(?:y|ies)(?: drugs?| medicines?| medications?)?"),
    ("flashes", r"hot flush(?:es)?"), ("flushes", r"hot flash(?:es)?"),
    ("children", r"(?:under|below|younger than) (?:the age of )?1[0-8]s?\b"
                 r"(?! ?(?:%|(?:mg|mcg|g|ml|kg|lbs?|ng|nmol|mmol|iu|mmhg|bpm|days?|weeks?|months?|hours?|minutes?"
                 r"|percent|per ?cent)\b))"),
    ("adhd", r"attention[- ]deficit(?:[ /-]+hyperactivity)?(?: disorder)?"),
    ("ocd", r"obsessive[- ]compulsive(?: disorder)?"), ("tbi", r"(?:traumatic )?brain injur(?:y|ies)"),
    ("ibs", r"irritable bowel(?: syndrome)?"), ("ibd", r"inflammatory bowel(?: disease)?"),
    ("maoi", r"(?:monoamine oxidase|mao) inhibitors?"), ("ssri", r"selective serotonin reuptake inhibitors?"),
    ("muscle", r"(?:lean|fat-free) (?:body |\(non-fat\) |non-fat )?(?:mass|tissue)"),  # "lost lean mass": muscle
    ("ms", r"multiple sclerosis"), ("als", r"amyotrophic lateral sclerosis"), ("mci", r"mild cognitive impairment"),
    ("tb", r"tubercul(?:osis|ous|ar)"),
    ("anxiety", r"nervousness|nervous tension|(?:calms?|calming|settles?|settling|soothes?|soothing|steady)"
                r" (?:the |their |your |his |her |my )?nerves|for (?:\w+ and )?nerves"),
    # what a claim says of hair, skin and weight in other words: "hair thinning" is hair loss (as a
    # question's is, `LAY_PHRASES`), "skin reactions" a rash
    ("loss", r"hair (?:thinning|shedding|fall)|(?:thinning|shedding|falling) (?:of (?:the )?)?hair|alopecia"
             r"|bald(?:ing|ness)"),
    ("rash", r"skin (?:reactions?|eruptions?)|hives|urticaria"),
    # "painful diabetic neuropathy" is nerve pain
    ("nerve", r"neuropath(?:y|ies|ic)|neuralgias?|sciatica"),
    # "may put on weight" is the gain of weight gain (as a question's "put on weight" is, `LAY_PHRASES`)
    ("gain", r"put(?:s|ting)? on weight"),
    ("hypoglycemia", r"low blood (?:sugars?|glucose)|low (?:sugars?|glucose) levels?"),
    # "burns easily in the sun" is photosensitivity, as labels say it
    ("photosensitivity", r"photosensitiv\w*|phototoxic\w*|sensitiv\w* to (?:the )?(?:sun|sunlight|light|uv)"
                         r"|sun ?sensitiv\w*|sunburn\w*|burn (?:more )?easily"),
    ("gad", r"generali[sz]ed anxiety disorder"), ("mdd", r"major depressive disorder"),
    ("depression", r"low mood|depressed mood"),  # as labels say it
    # "period pain" is menstrual pain, as a question's "period cramps" is (`LAY_PHRASES`); "period" alone is a time
    ("menstrual", rf"period (?:pains?|cramps?|cramping)|{_NOT_A_SPAN}periods?{_NOT_A_SPAN_AFTER}|dysmenorrhoea"),
    ("congestion", _BLOCKED_NOSE),
    ("cfs", r"chronic fatigue syndrome"), ("pcos", r"polycystic ovar(?:y|ian) syndrome"),
    ("copd", r"chronic obstructive pulmonary disease|emphysema|chronic bronchitis"),
    ("gerd", r"gastro[- ]?o?esophageal reflux(?: disease)?"),
    ("uti", r"urinary (?:tract )?infections?|bladder infections?"), ("sibo", r"small intestin(?:al|e) bacterial overgrowth"),
    ("pots", r"postural orthostatic tachycardia(?: syndrome)?"), ("hgh", r"(?:human )?growth hormone"),
    ("ed", r"erectile(?: (?:dys)?function)?|impoten(?:ce|t)|erections?"), ("amd", r"(?:age[- ]related )?macular degeneration"),
    ("pmdd", r"premenstrual dysphoric disorder"), ("pms", r"premenstrual(?: syndrome)?"),
    ("ppi", r"proton[- ]pump inhibitors?"),
    ("hrt", r"(?:menopausal hormone|hormone replacement) therapy"),
    # a class of medicines by what it treats ("diabetes medicines"): the class a question's medicine is in
    ("antidiabetic", r"(?:anti-?diabetic|diabetes|diabetic|(?:blood[- ])?(?:glucose|sugar)[- ]lowering) (?:medicines?"
                     r"|medications?|drugs?|tablets?|pills?|agents?)"),
    ("antihypertensive", r"(?:anti-?hypertensive|blood[- ]pressure(?:[- ]lowering)?) (?:medicines?|medications?|drugs?"
                         r"|tablets?|pills?|agents?)"),
    ("anticonvulsant", r"(?:anti-?seizure|anti-?epileptic|seizure|epilepsy) (?:medicines?|medications?|drugs?)"),
    ("hypnotic", r"sleeping (?:pills?|tablets?)|sleep(?:ing)? (?:medicines?|medications?)"),
    ("statin", r"cholesterol[- ]lowering (?:medicines?|medications?|drugs?)"),
    ("betablocker", r"beta[- ]?blockers?"), ("aceinhibitor", r"ace[- ]inhibitors?"),
    ("diuretic", r"water (?:pills?|tablets?)"), ("contraceptive", r"birth[- ]control"),
    ("immunosuppressant", r"immunosuppressive (?:medicines?|medications?|drugs?|therapy)"
                          r"|immune[- ]suppressing (?:medicines?|medications?|drugs?)"),
    ("thyroxine", r"thyroid (?:hormone )?(?:medicines?|medications?|drugs?|tablets?|pills?|replacement)"),
    # not an acronym, the word people's phrases are read as ("stay in your system": `LAY_PHRASES`)
    ("elimination", r"half[- ]li(?:fe|ves)"),
    # a drug test ("will it show up on a drug test", read as doping: `LAY_PHRASES`) is answered by a claim
    # about drug tests or screens, not by any screening ("antidepressant screening tests" in mice)
    ("doping", r"drug[- ](?:tests?|testing|tested|screens?|screening)|(?:toxicology|tox)[- ](?:tests?|screens?|screening)"
               r"|urine (?:drug )?(?:screens?|screening)|immunoassays?"),
    ("doms", r"(?:delayed[- ]onset )?muscle soreness"), ("ra", r"rheumatoid arthritis"),
    ("uc", r"ulcerative colitis"), ("a1c", r"hba1c|(?:glycated|glycosylated) ha?emoglobin|ha?emoglobin a1c"),
    ("crp", r"c-reactive protein"), ("nk", r"natural killer"), ("ibm", r"inclusion[- ]body myositis"),
    ("dmd", r"duchenne(?: muscular dystrophy)?"), ("afib", r"atrial fibrillation"),
    ("icu", r"intensive care(?: units?)?|critically ill"),
    ("nafld", r"non-?alcoholic fatty liver(?: disease)?|(?:metabolic[- ]associated |metabolic dysfunction-associated )?"
              r"fatty liver(?: disease)?|(?:hepatic )?steatosis"),
    ("cdiff", r"(?:clostridi(?:um|oides)|c\.?) difficile"),
    ("nash", r"non-?alcoholic steatohepatitis|steatohepatitis"),
    ("bv", r"bacterial vaginosis"), ("rls", r"restless legs?(?: syndrome)?|willis[- ]ekbom(?: disease)?"),
    ("tinnitus", r"ringing (?:in|of) (?:the |their |your |both )?ears?|ears? ringing"
                 r"|(?:noises?|buzzing) in (?:the |their |your )?(?:head or |head and )?ears?"),
    # a medicine that stops working, as studies say it: its effect wanes, tachyphylaxis, secondary failure
    ("tolerance", r"(?:stop(?:s|ped|ping)?|ceas(?:e|es|ed|ing)) (?:working|to work)|wears? off|wore off"
                  r"|wan(?:e|es|ed|ing)\b|tachyphylaxis|secondary failure"),
    # what stopping at once brings on, as labels say it: "do not stop suddenly", "discontinuation symptoms"
    ("withdrawal", r"(?:stop(?:s|ped|ping)?|discontinu(?:e|ed|es|ing)) (?:[\w-]+ ){0,3}?suddenly"
                   r"|sudden (?:stopping|discontinuation|cessation)|discontinuation (?:symptoms?|syndromes?|reactions?)"),
    # type 1 diabetes, which a claim about diabetes in general (mostly type 2) does not answer
    ("t1d", r"type[- ]?(?:1|i|one)(?: (?:and|or|and/or) (?:type[- ]?)?(?:2|ii|two))? diabet\w*|t1dm"
            r"|(?<!non[- ])insulin[- ]dependent diabet\w*|juvenile(?:[- ]onset)? diabet\w*"),
    ("vo2", r"(?:peak |maximal |maximum )?oxygen (?:uptake|consumption)"),
    ("lpa", r"(?:lipoprotein|lp) ?\(a(?=\))|lipoprotein a"),  # "lipoprotein(a)"
    # what osteoporosis is measured and felt as: low bone density, bone loss, fragile bones
    ("osteoporosis", r"bone (?:mineral )?density|bone (?:loss|thinning)|(?:thin|thinning|brittle|fragile|weak) bones"
                     r"|osteopeni\w*"),
    # wrinkles as studies of skin say them
    ("wrinkles", r"fine lines|(?:skin|facial) (?:ageing|aging)|photo-?age?ing|photodamaged?|sun-damaged skin"),
    ("arrhythmia", r"irregular (?:heart ?beats?|heart ?rates?|heart rhythms?|pulse)|abnormal heart rhythms?"
                   r"|(?:heart|cardiac)[- ]rhythm (?:problems?|disturbances?|disorders?)"),
)
SPELLED_OUT_AS = dict(_SPELLED_OUT)  # acronym -> the pattern of its words


# A phrase's alternatives are kept to this many conjunctions of strings; past it, what the
# next piece of the pattern requires is left out (the prefilter only gets weaker, never wrong).
_MOST_CONJUNCTIONS = 32
_KNOWN_NOTHING = frozenset([frozenset()])


def _required(items) -> frozenset:
    """What every match of a parsed pattern holds: alternatives, each a set of strings a match holds
    all of (the prefilter RE2's FilteredRE2 builds, for the shapes these patterns use). Literal text
    is read with the branches of plain words beside it ("l(?:ipoprotein|p)": "lipoprotein" or
    "lp"); a single character is too common to filter by. Holding none of the alternatives, a
    text cannot match; `_KNOWN_NOTHING` (one empty alternative) says nothing is required."""
    required, runs = _KNOWN_NOTHING, {""}

    def also(alternatives):
        nonlocal required
        if frozenset() in alternatives:
            return
        combined = {a | b for a in required for b in alternatives}
        if len(combined) <= _MOST_CONJUNCTIONS:  # a conjunction holding a smaller one adds nothing
            required = frozenset(c for c in combined if not any(other < c for other in combined))

    def end_run():
        nonlocal runs
        if all(len(run.strip()) > 1 for run in runs):
            also(frozenset(frozenset([run]) for run in runs))
        runs = {""}
    for op, value in items:
        if op is _parser.LITERAL:
            runs = {run + chr(value) for run in runs}
            continue
        words = [branch for branch in value[1] if all(o is _parser.LITERAL for o, _ in branch)] \
            if op is _parser.BRANCH else []
        if words and len(words) == len(value[1]) and len(runs) * len(words) <= _MOST_CONJUNCTIONS:
            runs = {run + "".join(chr(c) for _, c in word) for run in runs for word in words}
            continue
        end_run()
        if op is _parser.SUBPATTERN and not value[1] & re.IGNORECASE:
            also(_required(value[-1]))
        elif op is _parser.BRANCH:
            either = [_required(branch) for branch in value[1]]
            also(_KNOWN_NOTHING if any(frozenset() in e for e in either) else frozenset().union(*either))
        elif op in (_parser.MAX_REPEAT, _parser.MIN_REPEAT) and value[0] >= 1:
            also(_required(value[2]))
    end_run()
    return required


# acronym -> what a text that spells it out holds (`_required`), in the table's order; the strings
# of them all, found in one pass over a text (Aho-Corasick), and the acronyms each string is part of
_REQUIRED = {acronym: _required(_parser.parse(pattern)) for acronym, pattern in _SPELLED_OUT}
_ALWAYS_SEARCHED = frozenset(acronym for acronym, required in _REQUIRED.items() if frozenset() in required)
_PART_OF: dict[str, set] = {}
for _acronym, _alternatives in _REQUIRED.items():
    for _string in set().union(*_alternatives):
        _PART_OF.setdefault(_string, set()).add(_acronym)
_STRINGS = ahocorasick.Automaton()
for _string in _PART_OF:
    _STRINGS.add_word(_string, _string)
_STRINGS.make_automaton()


@functools.lru_cache(maxsize=512)
def _spelled_out_scanner(acronyms: tuple) -> re.Pattern:
    """One pattern of the given acronyms' phrases, in the table's order, each a named group:
    `match.lastgroup` is the acronym spelled out."""
    return re.compile("|".join(rf"\b(?P<{acronym}>{SPELLED_OUT_AS[acronym]})\b" for acronym in acronyms))


def spelled_out(text: str) -> set[str]:
    """The acronyms a lower-case text spells out ("post-traumatic stress disorder": "ptsd").

    Only the phrases whose required strings (`_required`) the text holds are searched for,
    together, as one pattern of every phrase would be: a phrase that cannot match anywhere in
    the text never changes which one matches first. One pattern of all of them took 0.44 ms a
    claim; this takes about 0.02 ms, and nothing is kept by hand beside the table."""
    found = {string for _, string in _STRINGS.iter(text)}
    maybe = _ALWAYS_SEARCHED.union(*(_PART_OF[string] for string in found))
    present = tuple(acronym for acronym, alternatives in _REQUIRED.items()
                    if acronym in maybe and any(alternative <= found for alternative in alternatives))
    return {match.lastgroup for match in _spelled_out_scanner(present).finditer(text)} if present else set()


# The alcohol of an extract, a tincture or a skin cream is a solvent, not a drink: a claim saying "an
# alcohol extract of the leaves" or "contains cetostearyl alcohol" says nothing about drinking on it.
_SOLVENT_ALCOHOL = re.compile(r"\b(?:(benzyl|cetostearyl|cetearyl|cetyl|stearyl|isopropyl|polyvinyl|fatty|wool|phenethyl"
                              r"|lanolin) alcohols?|alcohols?(?=[- ](?:extracts?|extracted|extraction|tinctures?|based"
                              r"|soluble|solutions?)\b)|alcohols)\b")


def solvents_apart(text: str) -> str:
    """The text with each alcohol that is a solvent or an ingredient written as "solvent" (most claims
    say no alcohol at all, and are returned as they are without running the pattern)."""
    if "alcohol" not in text:
        return text
    return _SOLVENT_ALCOHOL.sub(lambda m: f"{m.group(1)} solvent" if m.group(1) else "solvent", text)


# Terms of two words that name one thing: a claim holds either word only if it holds both
# ("blood pressure" is not held by "blood flow" or "pressure sores").
TERMS = frozenset(("blood pressure", "muscle mass", "weight loss", "multiple sclerosis",
                   "kidney stones", "hair loss", "hair growth", "blood sugar", "restless legs",
                   "heart failure", "liver failure", "kidney failure", "dry eye", "dry eyes", "dry mouth", "dry skin",
                   "fatty liver", "weight gain", "stretch marks", "long covid", "nerve pain"))

# Conditions people text as acronyms in lower case ("does it help adhd"): words, never typos to
# mend ("adhd" is not "add").
ACRONYMS = frozenset("adhd ocd ptsd tbi als ibs ibd copd gerd uti hiv mci gad mdd bpd cfs pots sibo pcos maoi ssri"
                     " ed amd pms pmdd hrt doms ra uc a1c crp nk ibm dmd afib icu nafld nash vo2 cdiff otc t1d bv rls".split())

# How people spell words on phones, read as the words they stand for before anything else.
CHAT_SPELLINGS = {
    "whats": "what is", "wats": "what is", "u": "you", "ur": "your", "r": "are", "n": "and", "w": "with", "ppl": "people", "abt": "about",
    "bc": "because", "cuz": "because", "coz": "because", "thru": "through", "til": "until", "till": "until",
    "dosent": "doesnt", "dosnt": "doesnt", "doesent": "doesnt", "incl": "including", "nite": "night",
    "wld": "would", "wud": "would", "cld": "could", "cud": "could", "shld": "should", "shud": "should",
    "prob": "probably", "def": "definitely", "defo": "definitely", "noot": "nootropic", "noots": "nootropic",
    "b4": "before", "tmrw": "tomorrow", "wk": "week", "wks": "weeks", "yr": "year",
    "yrs": "years", "mo": "month", "mos": "months", "hr": "hour", "hrs": "hours", "vid": "video",
    "vids": "videos", "yt": "youtube", "ig": "instagram", "insta": "instagram", "bday": "birthday",
    "preggo": "pregnant", "preggers": "pregnant", "preggy": "pregnant", "script": "prescription",
    "scripts": "prescriptions", "dr": "doctor", "drs": "doctors", "hw": "how",
    "combo": "combination", "combos": "combinations", "gud": "good", "gd": "good", "smth": "something",
    "sth": "something", "smthn": "something", "sumthin": "something", "probs": "problems",
    "prolly": "probably", "dunno": "dont know", "lemme": "let me", "tryna": "trying to", "lil": "little",
    "bcoz": "because", "bcos": "because", "bcuz": "because", "becuz": "because", "wen": "when",
    "ppls": "people", "srsly": "seriously",
}

# Words that only strengthen what follows: "felt absolutely nothing" asks what "felt nothing" does.
INTENSIFIERS = frozenset("absolutely totally completely literally really super very just basically actually "
                         "honestly seriously kinda pretty quite so true truly genuine genuinely".split())

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
anybody anyone's actually cause causes caused causing effect effects help helps helped
took gave get got actually ok okay please thanks hi hey much lot lots often usually still
r u ur ya w wat wut abt bc cuz tho rly pls plz thx idk im ive dont doesnt didnt isnt cant wont gonna wanna
hes shes theyre youre thats theres wheres whos wasnt werent aint couldnt wouldnt
shouldnt havent hasnt hadnt arent until afterwards afterward am pm st nd rd th sir maam madam kindly ppl guys anyone everyone even kinda sorta stuff thing whats hows
lol lmao omg wtf tf tbh ngl fr imo imho btw rn smh af iirc tbf jk nvm tmi ty tysm thnx idc yr yrs wk wks mo nah nope yeah yep yup hello bro dude yo
mate n ill id since per tries anyway anyways anyhow
""".split())

# Words that ask *how* something acts on a person without naming a topic: "mess with my
# sleep", "can it treat depression". Left in, an unknown one would weigh as much as a
# missing topic and make the ledger abstain.
VAGUE_WORDS = frozenset("""
affect affects affected affecting mess messes messing impact impacts change changes changed changing
treat treats treating treatment cure cures fix fixes improve improves improved improvement boost boosts
raise raises raised raising lower lowers lowered lowering decrease decreases decreased drop drops
increase increases reduce reduces worse worsen bad good great benefit benefits beneficial gains risky
make makes made happen happens happened happening stop stops start starts started starting notice noticed
noticing noticeable seem seems seemed known come comes came coming
experience experiences anything everything nothing something worth evidence proof prove proven
relief relieve relieves deal dealing cope coping handle
wreck wrecks wrecked ruin ruins ruined destroy destroys destroyed screw screws screwed grab grabs slipping
trash garbage rubbish anti specifically specific general generally particular particularly exactly list
explain explains explaining explained tell info information invented invent invents inventor single whole zero damage damaged never always
marketing hype hyped hyping pointless useless worthless myth myths scam scams dodgy sketchy shady bs bullshit nonsense supposedly allegedly skeptic skeptical sceptic sceptical trust
replacement replace alternative alternatives substitute instead compare compared comparison versus vs similar
difference differences diff
typical usual normal standard common recommended average best ideal right proper regular decent
tested test testing measured measure studied examined investigated looked data results findings actual overall verdict status
piece part bit derived made based order says said saying wants wanted anymore juice useful helpful disease diseases medicine medicines medication medications prescribed
tips tip advice symptom symptoms issue issues problem problems condition conditions disorder disorders read
faster quicker quickly fast slower new more less plain simple simply easy quick short brief
""".split())

# Who is asking for whom, and how strongly they put it: "my nan has alzheimers", "a banging
# headache", "is the research legit". Context of a question, never its topic.
PERSONAL_WORDS = frozenset("""
mom mum mother dad father parent parents nan nana gran granny grandma grandmother grandpa grandad granddad
grandfather wife husband son daughter brother sister friend friends boyfriend girlfriend partner
family uncle aunt cousin teammate teammates coworker coworkers colleague colleagues roommate roommates boss
hubby wifey bestie bff gf kiddo coach trainer newbie noob beginner myself yourself grandson granddaughter grandkids grandchildren
shift shifts job jobs office gamer gaming caring care carer carers caregiver ages forever bio doctor doctors doc neurologist psychiatrist therapist pharmacist gp gi gastroenterologist nurse student grad undergrad postgrad phd uni college
tiktok podcast podcasts google amazon ebay walmart costco iherb gnc aliexpress temu
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow tonight lately recently
banging pounding throbbing splitting nasty brutal killer terrible awful horrible massive huge crazy insane wild super literally honestly seriously
basically legit coincidence apparently heard wondering curious question questions asking ask anyone's ppl's
""".split())

FILLER = STOPWORDS | VAGUE_WORDS | PERSONAL_WORDS | INTENSIFIERS
