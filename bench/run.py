"""Benchmarks: retrieval quality per topic and method, time to answer, time to verify, and
the scale table (bench/scale.py): 10k, 100k and 1M-claim ledgers, HTTP throughput next to a
hello-world app.

Run with `make bench` (or `.venv/bin/python bench/run.py`); `BENCH_SIZES=10k,100k make bench`
picks sizes (default 10k,100k,1m; the generated ledgers are cached in bench/cache/). Timings
are on this machine, in the same run as their baselines. Nothing here is asserted.
"""
import gc
import json
import os
import re
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from service import answer, chain, embedding, ledger, matching, search_index, warm  # noqa: E402
from service.build import build  # noqa: E402
from service.db import connect  # noqa: E402

sys.path.insert(0, str(ROOT / "bench"))
import scale  # noqa: E402

QUESTIONS = ROOT / "bench" / "questions"
SEED = ROOT.parent / "shared" / "seeds" / "002_d4894dcc3e0b3e6e.txt"
# (name, question files, topic, folder of topic data): development sets, then the blind ones,
# topics written by people who never saw the matcher (bench/topics/), built into a ledger of
# their own. Cerebrolysin's misses were read in a later stop, Noopept's noise after its first score.
SETS = [
    ("semax, tuned-on sets", sorted(QUESTIONS.glob("semax-tuned-*.jsonl")), "semax", None),
    ("semax, fresh", [QUESTIONS / "semax-fresh.jsonl"], "semax", None),
    ("selank, dev", [QUESTIONS / "selank-dev.jsonl"], "selank", None),
    ("bpc-157, dev", [QUESTIONS / "bpc-157-dev.jsonl"], "bpc-157", None),
    ("cerebrolysin, blind", [QUESTIONS / "cerebrolysin-blind.jsonl"], "cerebrolysin", ROOT / "bench" / "topics"),
    ("noopept, blind", [QUESTIONS / "noopept-blind.jsonl"], "noopept", ROOT / "bench" / "topics"),
    ("phenibut, blind", [QUESTIONS / "phenibut-blind.jsonl"], "phenibut", ROOT / "bench" / "topics"),
    ("tb-500, blind", [QUESTIONS / "tb-500-blind.jsonl"], "tb-500", ROOT / "bench" / "topics"),
    ("ghk-cu, blind", [QUESTIONS / "ghk-cu-blind.jsonl"], "ghk-cu", ROOT / "bench" / "topics"),
    ("modafinil, blind", [QUESTIONS / "modafinil-blind.jsonl"], "modafinil", ROOT / "bench" / "topics"),
    ("tianeptine, blind", [QUESTIONS / "tianeptine-blind.jsonl"], "tianeptine", ROOT / "bench" / "topics"),
    ("epitalon, blind", [QUESTIONS / "epitalon-blind.jsonl"], "epitalon", ROOT / "bench" / "topics"),
    ("ashwagandha, blind", [QUESTIONS / "ashwagandha-blind.jsonl"], "ashwagandha", ROOT / "bench" / "topics"),
    ("methylene-blue, blind", [QUESTIONS / "methylene-blue-blind.jsonl"], "methylene-blue", ROOT / "bench" / "topics"),
    ("lions-mane, blind", [QUESTIONS / "lions-mane-blind.jsonl"], "lions-mane", ROOT / "bench" / "topics"),
    ("ipamorelin, blind", [QUESTIONS / "ipamorelin-blind.jsonl"], "ipamorelin", ROOT / "bench" / "topics"),
    ("kratom, blind", [QUESTIONS / "kratom-blind.jsonl"], "kratom", ROOT / "bench" / "topics"),
    ("melatonin, blind", [QUESTIONS / "melatonin-blind.jsonl"], "melatonin", ROOT / "bench" / "topics"),
    ("thymosin-alpha-1, blind", [QUESTIONS / "thymosin-alpha-1-blind.jsonl"], "thymosin-alpha-1", ROOT / "bench" / "topics"),
    ("piracetam, blind", [QUESTIONS / "piracetam-blind.jsonl"], "piracetam", ROOT / "bench" / "topics"),
    ("tesamorelin, blind", [QUESTIONS / "tesamorelin-blind.jsonl"], "tesamorelin", ROOT / "bench" / "topics"),
    ("rhodiola, blind", [QUESTIONS / "rhodiola-blind.jsonl"], "rhodiola", ROOT / "bench" / "topics"),
    ("aniracetam, blind", [QUESTIONS / "aniracetam-blind.jsonl"], "aniracetam", ROOT / "bench" / "topics"),
    ("nicotinamide-riboside, blind", [QUESTIONS / "nicotinamide-riboside-blind.jsonl"], "nicotinamide-riboside",
     ROOT / "bench" / "topics"),
    ("cjc-1295, blind", [QUESTIONS / "cjc-1295-blind.jsonl"], "cjc-1295", ROOT / "bench" / "topics"),
    ("l-theanine, blind", [QUESTIONS / "l-theanine-blind.jsonl"], "l-theanine", ROOT / "bench" / "topics"),
    ("semaglutide, blind", [QUESTIONS / "semaglutide-blind.jsonl"], "semaglutide", ROOT / "bench" / "topics"),
    ("citicoline, blind", [QUESTIONS / "citicoline-blind.jsonl"], "citicoline", ROOT / "bench" / "topics"),
    ("bacopa, blind", [QUESTIONS / "bacopa-blind.jsonl"], "bacopa", ROOT / "bench" / "topics"),
    ("pt-141, blind", [QUESTIONS / "pt-141-blind.jsonl"], "pt-141", ROOT / "bench" / "topics"),
    ("kava, blind", [QUESTIONS / "kava-blind.jsonl"], "kava", ROOT / "bench" / "topics"),
    ("huperzine-a, blind", [QUESTIONS / "huperzine-a-blind.jsonl"], "huperzine-a", ROOT / "bench" / "topics"),
    ("dsip, blind", [QUESTIONS / "dsip-blind.jsonl"], "dsip", ROOT / "bench" / "topics"),
    ("creatine, blind", [QUESTIONS / "creatine-blind.jsonl"], "creatine", ROOT / "bench" / "topics"),
    ("sulbutiamine, blind", [QUESTIONS / "sulbutiamine-blind.jsonl"], "sulbutiamine", ROOT / "bench" / "topics"),
    ("oxytocin, blind", [QUESTIONS / "oxytocin-blind.jsonl"], "oxytocin", ROOT / "bench" / "topics"),
    ("tongkat-ali, blind", [QUESTIONS / "tongkat-ali-blind.jsonl"], "tongkat-ali", ROOT / "bench" / "topics"),
    ("lithium-orotate, blind", [QUESTIONS / "lithium-orotate-blind.jsonl"], "lithium-orotate", ROOT / "bench" / "topics"),
    ("phosphatidylserine, blind", [QUESTIONS / "phosphatidylserine-blind.jsonl"], "phosphatidylserine", ROOT / "bench" / "topics"),
    ("ginkgo, blind", [QUESTIONS / "ginkgo-blind.jsonl"], "ginkgo", ROOT / "bench" / "topics"),
    ("berberine, blind", [QUESTIONS / "berberine-blind.jsonl"], "berberine", ROOT / "bench" / "topics"),
    ("nac, blind", [QUESTIONS / "nac-blind.jsonl"], "nac", ROOT / "bench" / "topics"),
    ("turkesterone, blind", [QUESTIONS / "turkesterone-blind.jsonl"], "turkesterone", ROOT / "bench" / "topics"),
    ("alpha-gpc, blind", [QUESTIONS / "alpha-gpc-blind.jsonl"], "alpha-gpc", ROOT / "bench" / "topics"),
    ("taurine, blind", [QUESTIONS / "taurine-blind.jsonl"], "taurine", ROOT / "bench" / "topics"),
    ("cordyceps, blind", [QUESTIONS / "cordyceps-blind.jsonl"], "cordyceps", ROOT / "bench" / "topics"),
    ("agmatine, blind", [QUESTIONS / "agmatine-blind.jsonl"], "agmatine", ROOT / "bench" / "topics"),
    ("mots-c, blind", [QUESTIONS / "mots-c-blind.jsonl"], "mots-c", ROOT / "bench" / "topics"),
    ("saffron, blind", [QUESTIONS / "saffron-blind.jsonl"], "saffron", ROOT / "bench" / "topics"),
    ("5-htp, blind", [QUESTIONS / "5-htp-blind.jsonl"], "5-htp", ROOT / "bench" / "topics"),
    ("dihexa, blind", [QUESTIONS / "dihexa-blind.jsonl"], "dihexa", ROOT / "bench" / "topics"),
    ("magnesium-threonate, blind", [QUESTIONS / "magnesium-threonate-blind.jsonl"], "magnesium-threonate", ROOT / "bench" / "topics"),
    ("pregnenolone, blind", [QUESTIONS / "pregnenolone-blind.jsonl"], "pregnenolone", ROOT / "bench" / "topics"),
    ("ss-31, blind", [QUESTIONS / "ss-31-blind.jsonl"], "ss-31", ROOT / "bench" / "topics"),
    ("uridine, blind", [QUESTIONS / "uridine-blind.jsonl"], "uridine", ROOT / "bench" / "topics"),
    ("spermidine, blind", [QUESTIONS / "spermidine-blind.jsonl"], "spermidine", ROOT / "bench" / "topics"),
    ("kisspeptin, blind", [QUESTIONS / "kisspeptin-blind.jsonl"], "kisspeptin", ROOT / "bench" / "topics"),
    ("l-tyrosine, blind", [QUESTIONS / "l-tyrosine-blind.jsonl"], "l-tyrosine", ROOT / "bench" / "topics"),
    ("rapamycin, blind", [QUESTIONS / "rapamycin-blind.jsonl"], "rapamycin", ROOT / "bench" / "topics"),
    ("glutathione, blind", [QUESTIONS / "glutathione-blind.jsonl"], "glutathione", ROOT / "bench" / "topics"),
    ("fisetin, blind", [QUESTIONS / "fisetin-blind.jsonl"], "fisetin", ROOT / "bench" / "topics"),
    ("shilajit, blind", [QUESTIONS / "shilajit-blind.jsonl"], "shilajit", ROOT / "bench" / "topics"),
    ("coq10, blind", [QUESTIONS / "coq10-blind.jsonl"], "coq10", ROOT / "bench" / "topics"),
    ("astaxanthin, blind", [QUESTIONS / "astaxanthin-blind.jsonl"], "astaxanthin", ROOT / "bench" / "topics"),
    ("tudca, blind", [QUESTIONS / "tudca-blind.jsonl"], "tudca", ROOT / "bench" / "topics"),
    ("boswellia, blind", [QUESTIONS / "boswellia-blind.jsonl"], "boswellia", ROOT / "bench" / "topics"),
    ("l-citrulline, blind", [QUESTIONS / "l-citrulline-blind.jsonl"], "l-citrulline", ROOT / "bench" / "topics"),
    ("nattokinase, blind", [QUESTIONS / "nattokinase-blind.jsonl"], "nattokinase", ROOT / "bench" / "topics"),
    ("black-seed, blind", [QUESTIONS / "black-seed-blind.jsonl"], "black-seed", ROOT / "bench" / "topics"),
    ("colostrum, blind", [QUESTIONS / "colostrum-blind.jsonl"], "colostrum", ROOT / "bench" / "topics"),
    ("bromantane, blind", [QUESTIONS / "bromantane-blind.jsonl"], "bromantane", ROOT / "bench" / "topics"),
    ("mucuna, blind", [QUESTIONS / "mucuna-blind.jsonl"], "mucuna", ROOT / "bench" / "topics"),
    ("l-carnitine, blind", [QUESTIONS / "l-carnitine-blind.jsonl"], "l-carnitine", ROOT / "bench" / "topics"),
    ("urolithin-a, blind", [QUESTIONS / "urolithin-a-blind.jsonl"], "urolithin-a", ROOT / "bench" / "topics"),
    ("kanna, blind", [QUESTIONS / "kanna-blind.jsonl"], "kanna", ROOT / "bench" / "topics"),
    ("emoxypine, blind", [QUESTIONS / "emoxypine-blind.jsonl"], "emoxypine", ROOT / "bench" / "topics"),
    ("pqq, blind", [QUESTIONS / "pqq-blind.jsonl"], "pqq", ROOT / "bench" / "topics"),
    ("aod-9604, blind", [QUESTIONS / "aod-9604-blind.jsonl"], "aod-9604", ROOT / "bench" / "topics"),
    ("ll-37, blind", [QUESTIONS / "ll-37-blind.jsonl"], "ll-37", ROOT / "bench" / "topics"),
    ("kpv, blind", [QUESTIONS / "kpv-blind.jsonl"], "kpv", ROOT / "bench" / "topics"),
    ("selegiline, blind", [QUESTIONS / "selegiline-blind.jsonl"], "selegiline", ROOT / "bench" / "topics"),
    ("pinealon, blind", [QUESTIONS / "pinealon-blind.jsonl"], "pinealon", ROOT / "bench" / "topics"),
    ("tesofensine, blind", [QUESTIONS / "tesofensine-blind.jsonl"], "tesofensine", ROOT / "bench" / "topics"),
    ("ergothioneine, blind", [QUESTIONS / "ergothioneine-blind.jsonl"], "ergothioneine", ROOT / "bench" / "topics"),
    ("fasoracetam, blind", [QUESTIONS / "fasoracetam-blind.jsonl"], "fasoracetam", ROOT / "bench" / "topics"),
    ("retatrutide, blind", [QUESTIONS / "retatrutide-blind.jsonl"], "retatrutide", ROOT / "bench" / "topics"),
    ("cistanche, blind", [QUESTIONS / "cistanche-blind.jsonl"], "cistanche", ROOT / "bench" / "topics"),
    ("hydroxytyrosol, blind", [QUESTIONS / "hydroxytyrosol-blind.jsonl"], "hydroxytyrosol", ROOT / "bench" / "topics"),
    ("yohimbine, blind", [QUESTIONS / "yohimbine-blind.jsonl"], "yohimbine", ROOT / "bench" / "topics"),
    ("schisandra, blind", [QUESTIONS / "schisandra-blind.jsonl"], "schisandra", ROOT / "bench" / "topics"),
    ("icariin, blind", [QUESTIONS / "icariin-blind.jsonl"], "icariin", ROOT / "bench" / "topics"),
    ("ostarine, blind", [QUESTIONS / "ostarine-blind.jsonl"], "ostarine", ROOT / "bench" / "topics"),
    ("cardarine, blind", [QUESTIONS / "cardarine-blind.jsonl"], "cardarine", ROOT / "bench" / "topics"),
    ("hydergine, blind", [QUESTIONS / "hydergine-blind.jsonl"], "hydergine", ROOT / "bench" / "topics"),
    ("boron, blind", [QUESTIONS / "boron-blind.jsonl"], "boron", ROOT / "bench" / "topics"),
    ("dmae, blind", [QUESTIONS / "dmae-blind.jsonl"], "dmae", ROOT / "bench" / "topics"),
    ("ibogaine, blind", [QUESTIONS / "ibogaine-blind.jsonl"], "ibogaine", ROOT / "bench" / "topics"),
    ("sarcosine, blind", [QUESTIONS / "sarcosine-blind.jsonl"], "sarcosine", ROOT / "bench" / "topics"),
    ("theacrine, blind", [QUESTIONS / "theacrine-blind.jsonl"], "theacrine", ROOT / "bench" / "topics"),
    ("synephrine, blind", [QUESTIONS / "synephrine-blind.jsonl"], "synephrine", ROOT / "bench" / "topics"),
    ("hordenine, blind", [QUESTIONS / "hordenine-blind.jsonl"], "hordenine", ROOT / "bench" / "topics"),
    ("coluracetam, blind", [QUESTIONS / "coluracetam-blind.jsonl"], "coluracetam", ROOT / "bench" / "topics"),
    ("lemon-balm, blind", [QUESTIONS / "lemon-balm-blind.jsonl"], "lemon-balm", ROOT / "bench" / "topics"),
    ("passionflower, blind", [QUESTIONS / "passionflower-blind.jsonl"], "passionflower", ROOT / "bench" / "topics"),
    ("reishi, blind", [QUESTIONS / "reishi-blind.jsonl"], "reishi", ROOT / "bench" / "topics"),
    ("sulforaphane, blind", [QUESTIONS / "sulforaphane-blind.jsonl"], "sulforaphane", ROOT / "bench" / "topics"),
    ("vinpocetine, blind", [QUESTIONS / "vinpocetine-blind.jsonl"], "vinpocetine", ROOT / "bench" / "topics"),
    ("apigenin, blind", [QUESTIONS / "apigenin-blind.jsonl"], "apigenin", ROOT / "bench" / "topics"),
    ("cagrilintide, blind", [QUESTIONS / "cagrilintide-blind.jsonl"], "cagrilintide", ROOT / "bench" / "topics"),
    ("fenugreek, blind", [QUESTIONS / "fenugreek-blind.jsonl"], "fenugreek", ROOT / "bench" / "topics"),
    ("hexarelin, blind", [QUESTIONS / "hexarelin-blind.jsonl"], "hexarelin", ROOT / "bench" / "topics"),
    ("larazotide, blind", [QUESTIONS / "larazotide-blind.jsonl"], "larazotide", ROOT / "bench" / "topics"),
    ("maca, blind", [QUESTIONS / "maca-blind.jsonl"], "maca", ROOT / "bench" / "topics"),
    ("gotu-kola, blind", [QUESTIONS / "gotu-kola-blind.jsonl"], "gotu-kola", ROOT / "bench" / "topics"),
    ("follistatin, blind", [QUESTIONS / "follistatin-blind.jsonl"], "follistatin", ROOT / "bench" / "topics"),
    ("psilocybin, blind", [QUESTIONS / "psilocybin-blind.jsonl"], "psilocybin", ROOT / "bench" / "topics"),
    ("nicotine, blind", [QUESTIONS / "nicotine-blind.jsonl"], "nicotine", ROOT / "bench" / "topics"),
    ("tirzepatide, blind", [QUESTIONS / "tirzepatide-blind.jsonl"], "tirzepatide", ROOT / "bench" / "topics"),
    ("quercetin, blind", [QUESTIONS / "quercetin-blind.jsonl"], "quercetin", ROOT / "bench" / "topics"),
    ("sermorelin, blind", [QUESTIONS / "sermorelin-blind.jsonl"], "sermorelin", ROOT / "bench" / "topics"),
    ("ginseng, blind", [QUESTIONS / "ginseng-blind.jsonl"], "ginseng", ROOT / "bench" / "topics"),
    ("curcumin, blind", [QUESTIONS / "curcumin-blind.jsonl"], "curcumin", ROOT / "bench" / "topics"),
    ("low-dose-naltrexone, blind", [QUESTIONS / "low-dose-naltrexone-blind.jsonl"], "low-dose-naltrexone", ROOT / "bench" / "topics"),
    ("ibutamoren, blind", [QUESTIONS / "ibutamoren-blind.jsonl"], "ibutamoren", ROOT / "bench" / "topics"),
    ("resveratrol, blind", [QUESTIONS / "resveratrol-blind.jsonl"], "resveratrol", ROOT / "bench" / "topics"),
    ("glycine, blind", [QUESTIONS / "glycine-blind.jsonl"], "glycine", ROOT / "bench" / "topics"),
    ("melanotan-ii, blind", [QUESTIONS / "melanotan-ii-blind.jsonl"], "melanotan-ii", ROOT / "bench" / "topics"),
    ("alpha-lipoic-acid, blind", [QUESTIONS / "alpha-lipoic-acid-blind.jsonl"], "alpha-lipoic-acid", ROOT / "bench" / "topics"),
    ("humanin, blind", [QUESTIONS / "humanin-blind.jsonl"], "humanin", ROOT / "bench" / "topics"),
    ("ketamine, blind", [QUESTIONS / "ketamine-blind.jsonl"], "ketamine", ROOT / "bench" / "topics"),
    ("phenylpiracetam, blind", [QUESTIONS / "phenylpiracetam-blind.jsonl"], "phenylpiracetam", ROOT / "bench" / "topics"),
    ("sunifiram, blind", [QUESTIONS / "sunifiram-blind.jsonl"], "sunifiram", ROOT / "bench" / "topics"),
    ("beta-alanine, blind", [QUESTIONS / "beta-alanine-blind.jsonl"], "beta-alanine", ROOT / "bench" / "topics"),
    ("cbd, blind", [QUESTIONS / "cbd-blind.jsonl"], "cbd", ROOT / "bench" / "topics"),
    ("zinc, blind", [QUESTIONS / "zinc-blind.jsonl"], "zinc", ROOT / "bench" / "topics"),
    ("omega-3, blind", [QUESTIONS / "omega-3-blind.jsonl"], "omega-3", ROOT / "bench" / "topics"),
    ("valerian, blind", [QUESTIONS / "valerian-blind.jsonl"], "valerian", ROOT / "bench" / "topics"),
    ("glucosamine, blind", [QUESTIONS / "glucosamine-blind.jsonl"], "glucosamine", ROOT / "bench" / "topics"),
    ("vitamin-d, blind", [QUESTIONS / "vitamin-d-blind.jsonl"], "vitamin-d", ROOT / "bench" / "topics"),
    ("collagen, blind", [QUESTIONS / "collagen-blind.jsonl"], "collagen", ROOT / "bench" / "topics"),
    ("l-glutamine, blind", [QUESTIONS / "l-glutamine-blind.jsonl"], "l-glutamine", ROOT / "bench" / "topics"),
    ("ginger, blind", [QUESTIONS / "ginger-blind.jsonl"], "ginger", ROOT / "bench" / "topics"),
    ("st-johns-wort, blind", [QUESTIONS / "st-johns-wort-blind.jsonl"], "st-johns-wort", ROOT / "bench" / "topics"),
    ("dhea, blind", [QUESTIONS / "dhea-blind.jsonl"], "dhea", ROOT / "bench" / "topics"),
    ("l-arginine, blind", [QUESTIONS / "l-arginine-blind.jsonl"], "l-arginine", ROOT / "bench" / "topics"),
    ("inositol, blind", [QUESTIONS / "inositol-blind.jsonl"], "inositol", ROOT / "bench" / "topics"),
    ("tribulus, blind", [QUESTIONS / "tribulus-blind.jsonl"], "tribulus", ROOT / "bench" / "topics"),
    ("gaba, blind", [QUESTIONS / "gaba-blind.jsonl"], "gaba", ROOT / "bench" / "topics"),
    ("spirulina, blind", [QUESTIONS / "spirulina-blind.jsonl"], "spirulina", ROOT / "bench" / "topics"),
    ("lutein, blind", [QUESTIONS / "lutein-blind.jsonl"], "lutein", ROOT / "bench" / "topics"),
    ("saw-palmetto, blind", [QUESTIONS / "saw-palmetto-blind.jsonl"], "saw-palmetto", ROOT / "bench" / "topics"),
    ("milk-thistle, blind", [QUESTIONS / "milk-thistle-blind.jsonl"], "milk-thistle", ROOT / "bench" / "topics"),
    ("elderberry, blind", [QUESTIONS / "elderberry-blind.jsonl"], "elderberry", ROOT / "bench" / "topics"),
    ("black-cohosh, blind", [QUESTIONS / "black-cohosh-blind.jsonl"], "black-cohosh", ROOT / "bench" / "topics"),
    ("echinacea, blind", [QUESTIONS / "echinacea-blind.jsonl"], "echinacea", ROOT / "bench" / "topics"),
    ("beetroot, blind", [QUESTIONS / "beetroot-blind.jsonl"], "beetroot", ROOT / "bench" / "topics"),
    ("lavender, blind", [QUESTIONS / "lavender-blind.jsonl"], "lavender", ROOT / "bench" / "topics"),
    ("metformin, blind", [QUESTIONS / "metformin-blind.jsonl"], "metformin", ROOT / "bench" / "topics"),
    ("vitamin-k2, blind", [QUESTIONS / "vitamin-k2-blind.jsonl"], "vitamin-k2", ROOT / "bench" / "topics"),
    ("biotin, blind", [QUESTIONS / "biotin-blind.jsonl"], "biotin", ROOT / "bench" / "topics"),
    ("cinnamon, blind", [QUESTIONS / "cinnamon-blind.jsonl"], "cinnamon", ROOT / "bench" / "topics"),
    ("hyaluronic-acid, blind", [QUESTIONS / "hyaluronic-acid-blind.jsonl"], "hyaluronic-acid", ROOT / "bench" / "topics"),
    ("chlorella, blind", [QUESTIONS / "chlorella-blind.jsonl"], "chlorella", ROOT / "bench" / "topics"),
    ("garlic, blind", [QUESTIONS / "garlic-blind.jsonl"], "garlic", ROOT / "bench" / "topics"),
    ("apple-cider-vinegar, blind", [QUESTIONS / "apple-cider-vinegar-blind.jsonl"], "apple-cider-vinegar", ROOT / "bench" / "topics"),
    ("fadogia, blind", [QUESTIONS / "fadogia-blind.jsonl"], "fadogia", ROOT / "bench" / "topics"),
    ("moringa, blind", [QUESTIONS / "moringa-blind.jsonl"], "moringa", ROOT / "bench" / "topics"),
    ("vitamin-b12, blind", [QUESTIONS / "vitamin-b12-blind.jsonl"], "vitamin-b12", ROOT / "bench" / "topics"),
    ("pycnogenol, blind", [QUESTIONS / "pycnogenol-blind.jsonl"], "pycnogenol", ROOT / "bench" / "topics"),
    ("peppermint-oil, blind", [QUESTIONS / "peppermint-oil-blind.jsonl"], "peppermint-oil", ROOT / "bench" / "topics"),
    ("red-yeast-rice, blind", [QUESTIONS / "red-yeast-rice-blind.jsonl"], "red-yeast-rice", ROOT / "bench" / "topics"),
    ("butterbur, blind", [QUESTIONS / "butterbur-blind.jsonl"], "butterbur", ROOT / "bench" / "topics"),
    ("psyllium, blind", [QUESTIONS / "psyllium-blind.jsonl"], "psyllium", ROOT / "bench" / "topics"),
    ("hawthorn, blind", [QUESTIONS / "hawthorn-blind.jsonl"], "hawthorn", ROOT / "bench" / "topics"),
    ("saccharomyces-boulardii, blind", [QUESTIONS / "saccharomyces-boulardii-blind.jsonl"], "saccharomyces-boulardii", ROOT / "bench" / "topics"),
    ("feverfew, blind", [QUESTIONS / "feverfew-blind.jsonl"], "feverfew", ROOT / "bench" / "topics"),
    ("glucomannan, blind", [QUESTIONS / "glucomannan-blind.jsonl"], "glucomannan", ROOT / "bench" / "topics"),
    ("chamomile, blind", [QUESTIONS / "chamomile-blind.jsonl"], "chamomile", ROOT / "bench" / "topics"),
    ("bilberry, blind", [QUESTIONS / "bilberry-blind.jsonl"], "bilberry", ROOT / "bench" / "topics"),
    ("stinging-nettle, blind", [QUESTIONS / "stinging-nettle-blind.jsonl"], "stinging-nettle", ROOT / "bench" / "topics"),
    ("ivermectin, blind", [QUESTIONS / "ivermectin-blind.jsonl"], "ivermectin", ROOT / "bench" / "topics"),
    ("astragalus, blind", [QUESTIONS / "astragalus-blind.jsonl"], "astragalus", ROOT / "bench" / "topics"),
    ("licorice-root, blind", [QUESTIONS / "licorice-root-blind.jsonl"], "licorice-root", ROOT / "bench" / "topics"),
    ("iodine, blind", [QUESTIONS / "iodine-blind.jsonl"], "iodine", ROOT / "bench" / "topics"),
    ("aloe-vera, blind", [QUESTIONS / "aloe-vera-blind.jsonl"], "aloe-vera", ROOT / "bench" / "topics"),
    ("bitter-melon, blind", [QUESTIONS / "bitter-melon-blind.jsonl"], "bitter-melon", ROOT / "bench" / "topics"),
    ("guarana, blind", [QUESTIONS / "guarana-blind.jsonl"], "guarana", ROOT / "bench" / "topics"),
    ("horse-chestnut, blind", [QUESTIONS / "horse-chestnut-blind.jsonl"], "horse-chestnut", ROOT / "bench" / "topics"),
    ("evening-primrose-oil, blind", [QUESTIONS / "evening-primrose-oil-blind.jsonl"], "evening-primrose-oil", ROOT / "bench" / "topics"),
    ("cranberry, blind", [QUESTIONS / "cranberry-blind.jsonl"], "cranberry", ROOT / "bench" / "topics"),
    ("chasteberry, blind", [QUESTIONS / "chasteberry-blind.jsonl"], "chasteberry", ROOT / "bench" / "topics"),
    ("slippery-elm, blind", [QUESTIONS / "slippery-elm-blind.jsonl"], "slippery-elm", ROOT / "bench" / "topics"),
    ("andrographis, blind", [QUESTIONS / "andrographis-blind.jsonl"], "andrographis", ROOT / "bench" / "topics"),
    ("chaga, blind", [QUESTIONS / "chaga-blind.jsonl"], "chaga", ROOT / "bench" / "topics"),
    ("devils-claw, blind", [QUESTIONS / "devils-claw-blind.jsonl"], "devils-claw", ROOT / "bench" / "topics"),
    ("mullein, blind", [QUESTIONS / "mullein-blind.jsonl"], "mullein", ROOT / "bench" / "topics"),
    ("sea-buckthorn, blind", [QUESTIONS / "sea-buckthorn-blind.jsonl"], "sea-buckthorn", ROOT / "bench" / "topics"),
    ("dandelion, blind", [QUESTIONS / "dandelion-blind.jsonl"], "dandelion", ROOT / "bench" / "topics"),
    ("cissus, blind", [QUESTIONS / "cissus-blind.jsonl"], "cissus", ROOT / "bench" / "topics"),
    ("gymnema, blind", [QUESTIONS / "gymnema-blind.jsonl"], "gymnema", ROOT / "bench" / "topics"),
    ("kudzu, blind", [QUESTIONS / "kudzu-blind.jsonl"], "kudzu", ROOT / "bench" / "topics"),
    ("rosemary, blind", [QUESTIONS / "rosemary-blind.jsonl"], "rosemary", ROOT / "bench" / "topics"),
    ("skullcap, blind", [QUESTIONS / "skullcap-blind.jsonl"], "skullcap", ROOT / "bench" / "topics"),
    ("yerba-mate, blind", [QUESTIONS / "yerba-mate-blind.jsonl"], "yerba-mate", ROOT / "bench" / "topics"),
    ("holy-basil, blind", [QUESTIONS / "holy-basil-blind.jsonl"], "holy-basil", ROOT / "bench" / "topics"),
    ("pau-darco, blind", [QUESTIONS / "pau-darco-blind.jsonl"], "pau-darco", ROOT / "bench" / "topics"),
    ("marshmallow-root, blind", [QUESTIONS / "marshmallow-root-blind.jsonl"], "marshmallow-root", ROOT / "bench" / "topics"),
    ("burdock, blind", [QUESTIONS / "burdock-blind.jsonl"], "burdock", ROOT / "bench" / "topics"),
    ("royal-jelly, blind", [QUESTIONS / "royal-jelly-blind.jsonl"], "royal-jelly", ROOT / "bench" / "topics"),
    ("propolis, blind", [QUESTIONS / "propolis-blind.jsonl"], "propolis", ROOT / "bench" / "topics"),
    ("sage, blind", [QUESTIONS / "sage-blind.jsonl"], "sage", ROOT / "bench" / "topics"),
    ("tart-cherry, blind", [QUESTIONS / "tart-cherry-blind.jsonl"], "tart-cherry", ROOT / "bench" / "topics"),
    ("nmn, blind", [QUESTIONS / "nmn-blind.jsonl"], "nmn", ROOT / "bench" / "topics"),
    ("turkey-tail, blind", [QUESTIONS / "turkey-tail-blind.jsonl"], "turkey-tail", ROOT / "bench" / "topics"),
    ("goldenseal, blind", [QUESTIONS / "goldenseal-blind.jsonl"], "goldenseal", ROOT / "bench" / "topics"),
    ("chromium, blind", [QUESTIONS / "chromium-blind.jsonl"], "chromium", ROOT / "bench" / "topics"),
    ("manuka-honey, blind", [QUESTIONS / "manuka-honey-blind.jsonl"], "manuka-honey", ROOT / "bench" / "topics"),
    ("olive-leaf, blind", [QUESTIONS / "olive-leaf-blind.jsonl"], "olive-leaf", ROOT / "bench" / "topics"),
    ("red-clover, blind", [QUESTIONS / "red-clover-blind.jsonl"], "red-clover", ROOT / "bench" / "topics"),
    ("activated-charcoal, blind", [QUESTIONS / "activated-charcoal-blind.jsonl"], "activated-charcoal", ROOT / "bench" / "topics"),
    ("cats-claw, blind", [QUESTIONS / "cats-claw-blind.jsonl"], "cats-claw", ROOT / "bench" / "topics"),
    ("hibiscus, blind", [QUESTIONS / "hibiscus-blind.jsonl"], "hibiscus", ROOT / "bench" / "topics"),
    ("selenium, blind", [QUESTIONS / "selenium-blind.jsonl"], "selenium", ROOT / "bench" / "topics"),
    ("vitamin-c, blind", [QUESTIONS / "vitamin-c-blind.jsonl"], "vitamin-c", ROOT / "bench" / "topics"),
    ("beta-glucan, blind", [QUESTIONS / "beta-glucan-blind.jsonl"], "beta-glucan", ROOT / "bench" / "topics"),
    ("dong-quai, blind", [QUESTIONS / "dong-quai-blind.jsonl"], "dong-quai", ROOT / "bench" / "topics"),
    ("arnica, blind", [QUESTIONS / "arnica-blind.jsonl"], "arnica", ROOT / "bench" / "topics"),
    ("maitake, blind", [QUESTIONS / "maitake-blind.jsonl"], "maitake", ROOT / "bench" / "topics"),
    ("magnesium-glycinate, blind", [QUESTIONS / "magnesium-glycinate-blind.jsonl"], "magnesium-glycinate", ROOT / "bench" / "topics"),
    ("lemon-verbena, blind", [QUESTIONS / "lemon-verbena-blind.jsonl"], "lemon-verbena", ROOT / "bench" / "topics"),
    ("carnosine, blind", [QUESTIONS / "carnosine-blind.jsonl"], "carnosine", ROOT / "bench" / "topics"),
    ("sea-moss, blind", [QUESTIONS / "sea-moss-blind.jsonl"], "sea-moss", ROOT / "bench" / "topics"),
    ("butyrate, blind", [QUESTIONS / "butyrate-blind.jsonl"], "butyrate", ROOT / "bench" / "topics"),
    ("alpha-ketoglutarate, blind", [QUESTIONS / "alpha-ketoglutarate-blind.jsonl"], "alpha-ketoglutarate", ROOT / "bench" / "topics"),
    ("kombucha, blind", [QUESTIONS / "kombucha-blind.jsonl"], "kombucha", ROOT / "bench" / "topics"),
    ("willow-bark, blind", [QUESTIONS / "willow-bark-blind.jsonl"], "willow-bark", ROOT / "bench" / "topics"),
    ("damiana, blind", [QUESTIONS / "damiana-blind.jsonl"], "damiana", ROOT / "bench" / "topics"),
    ("vitamin-e, blind", [QUESTIONS / "vitamin-e-blind.jsonl"], "vitamin-e", ROOT / "bench" / "topics"),
    ("triphala, blind", [QUESTIONS / "triphala-blind.jsonl"], "triphala", ROOT / "bench" / "topics"),
    ("bee-pollen, blind", [QUESTIONS / "bee-pollen-blind.jsonl"], "bee-pollen", ROOT / "bench" / "topics"),
    ("he-shou-wu, blind", [QUESTIONS / "he-shou-wu-blind.jsonl"], "he-shou-wu", ROOT / "bench" / "topics"),
    ("spearmint, blind", [QUESTIONS / "spearmint-blind.jsonl"], "spearmint", ROOT / "bench" / "topics"),
    ("bergamot, blind", [QUESTIONS / "bergamot-blind.jsonl"], "bergamot", ROOT / "bench" / "topics"),
    ("l-lysine, blind", [QUESTIONS / "l-lysine-blind.jsonl"], "l-lysine", ROOT / "bench" / "topics"),
    ("horsetail, blind", [QUESTIONS / "horsetail-blind.jsonl"], "horsetail", ROOT / "bench" / "topics"),
    ("eyebright, blind", [QUESTIONS / "eyebright-blind.jsonl"], "eyebright", ROOT / "bench" / "topics"),
    ("cayenne, blind", [QUESTIONS / "cayenne-blind.jsonl"], "cayenne", ROOT / "bench" / "topics"),
    ("msm, blind", [QUESTIONS / "msm-blind.jsonl"], "msm", ROOT / "bench" / "topics"),
    ("garcinia-cambogia, blind", [QUESTIONS / "garcinia-cambogia-blind.jsonl"], "garcinia-cambogia", ROOT / "bench" / "topics"),
    ("benfotiamine, blind", [QUESTIONS / "benfotiamine-blind.jsonl"], "benfotiamine", ROOT / "bench" / "topics"),
    ("oregano-oil, blind", [QUESTIONS / "oregano-oil-blind.jsonl"], "oregano-oil", ROOT / "bench" / "topics"),
    ("green-tea-extract, blind", [QUESTIONS / "green-tea-extract-blind.jsonl"], "green-tea-extract", ROOT / "bench" / "topics"),
    ("d-mannose, blind", [QUESTIONS / "d-mannose-blind.jsonl"], "d-mannose", ROOT / "bench" / "topics"),
    ("colloidal-silver, blind", [QUESTIONS / "colloidal-silver-blind.jsonl"], "colloidal-silver", ROOT / "bench" / "topics"),
    ("caffeine, blind", [QUESTIONS / "caffeine-blind.jsonl"], "caffeine", ROOT / "bench" / "topics"),
    ("shatavari, blind", [QUESTIONS / "shatavari-blind.jsonl"], "shatavari", ROOT / "bench" / "topics"),
    ("niacin, blind", [QUESTIONS / "niacin-blind.jsonl"], "niacin", ROOT / "bench" / "topics"),
    ("chlorophyll, blind", [QUESTIONS / "chlorophyll-blind.jsonl"], "chlorophyll", ROOT / "bench" / "topics"),
    ("akkermansia, blind", [QUESTIONS / "akkermansia-blind.jsonl"], "akkermansia", ROOT / "bench" / "topics"),
    ("bromelain, blind", [QUESTIONS / "bromelain-blind.jsonl"], "bromelain", ROOT / "bench" / "topics"),
    ("iron, blind", [QUESTIONS / "iron-blind.jsonl"], "iron", ROOT / "bench" / "topics"),
    ("potassium-citrate, blind", [QUESTIONS / "potassium-citrate-blind.jsonl"], "potassium-citrate", ROOT / "bench" / "topics"),
    ("lactoferrin, blind", [QUESTIONS / "lactoferrin-blind.jsonl"], "lactoferrin", ROOT / "bench" / "topics"),
    ("sodium-bicarbonate, blind", [QUESTIONS / "sodium-bicarbonate-blind.jsonl"], "sodium-bicarbonate", ROOT / "bench" / "topics"),
    ("vitamin-a, blind", [QUESTIONS / "vitamin-a-blind.jsonl"], "vitamin-a", ROOT / "bench" / "topics"),
    ("raspberry-ketones, blind", [QUESTIONS / "raspberry-ketones-blind.jsonl"], "raspberry-ketones", ROOT / "bench" / "topics"),
    ("folate, blind", [QUESTIONS / "folate-blind.jsonl"], "folate", ROOT / "bench" / "topics"),
    ("vitamin-b6, blind", [QUESTIONS / "vitamin-b6-blind.jsonl"], "vitamin-b6", ROOT / "bench" / "topics"),
    ("minoxidil, blind", [QUESTIONS / "minoxidil-blind.jsonl"], "minoxidil", ROOT / "bench" / "topics"),
    ("finasteride, blind", [QUESTIONS / "finasteride-blind.jsonl"], "finasteride", ROOT / "bench" / "topics"),
    ("enclomiphene, blind", [QUESTIONS / "enclomiphene-blind.jsonl"], "enclomiphene", ROOT / "bench" / "topics"),
    ("castor-oil, blind", [QUESTIONS / "castor-oil-blind.jsonl"], "castor-oil", ROOT / "bench" / "topics"),
    ("tea-tree-oil, blind", [QUESTIONS / "tea-tree-oil-blind.jsonl"], "tea-tree-oil", ROOT / "bench" / "topics"),
    ("neem, blind", [QUESTIONS / "neem-blind.jsonl"], "neem", ROOT / "bench" / "topics"),
    ("hydrogen-water, blind", [QUESTIONS / "hydrogen-water-blind.jsonl"], "hydrogen-water", ROOT / "bench" / "topics"),
    ("beef-liver, blind", [QUESTIONS / "beef-liver-blind.jsonl"], "beef-liver", ROOT / "bench" / "topics"),
    ("sea-cucumber, blind", [QUESTIONS / "sea-cucumber-blind.jsonl"], "sea-cucumber", ROOT / "bench" / "topics"),
    ("fulvic-acid, blind", [QUESTIONS / "fulvic-acid-blind.jsonl"], "fulvic-acid", ROOT / "bench" / "topics"),
    ("hops, blind", [QUESTIONS / "hops-blind.jsonl"], "hops", ROOT / "bench" / "topics"),
    ("l-ornithine, blind", [QUESTIONS / "l-ornithine-blind.jsonl"], "l-ornithine", ROOT / "bench" / "topics"),
    ("blue-lotus, blind", [QUESTIONS / "blue-lotus-blind.jsonl"], "blue-lotus", ROOT / "bench" / "topics"),
    ("mugwort, blind", [QUESTIONS / "mugwort-blind.jsonl"], "mugwort", ROOT / "bench" / "topics"),
    ("ox-bile, blind", [QUESTIONS / "ox-bile-blind.jsonl"], "ox-bile", ROOT / "bench" / "topics"),
    ("camu-camu, blind", [QUESTIONS / "camu-camu-blind.jsonl"], "camu-camu", ROOT / "bench" / "topics"),
    ("thiamine, blind", [QUESTIONS / "thiamine-blind.jsonl"], "thiamine", ROOT / "bench" / "topics"),
    ("black-garlic, blind", [QUESTIONS / "black-garlic-blind.jsonl"], "black-garlic", ROOT / "bench" / "topics"),
    ("hmb, blind", [QUESTIONS / "hmb-blind.jsonl"], "hmb", ROOT / "bench" / "topics"),
    ("same, blind", [QUESTIONS / "same-blind.jsonl"], "same", ROOT / "bench" / "topics"),
    ("lycopene, blind", [QUESTIONS / "lycopene-blind.jsonl"], "lycopene", ROOT / "bench" / "topics"),
    ("grape-seed, blind", [QUESTIONS / "grape-seed-blind.jsonl"], "grape-seed", ROOT / "bench" / "topics"),
    ("betaine, blind", [QUESTIONS / "betaine-blind.jsonl"], "betaine", ROOT / "bench" / "topics"),
    ("tadalafil, blind", [QUESTIONS / "tadalafil-blind.jsonl"], "tadalafil", ROOT / "bench" / "topics"),
    ("l-tryptophan, blind", [QUESTIONS / "l-tryptophan-blind.jsonl"], "l-tryptophan", ROOT / "bench" / "topics"),
    ("inulin, blind", [QUESTIONS / "inulin-blind.jsonl"], "inulin", ROOT / "bench" / "topics"),
    ("rosehip, blind", [QUESTIONS / "rosehip-blind.jsonl"], "rosehip", ROOT / "bench" / "topics"),
    ("chondroitin, blind", [QUESTIONS / "chondroitin-blind.jsonl"], "chondroitin", ROOT / "bench" / "topics"),
    ("cocoa-flavanols, blind", [QUESTIONS / "cocoa-flavanols-blind.jsonl"], "cocoa-flavanols", ROOT / "bench" / "topics"),
    ("piperine, blind", [QUESTIONS / "piperine-blind.jsonl"], "piperine", ROOT / "bench" / "topics"),
    ("beta-carotene, blind", [QUESTIONS / "beta-carotene-blind.jsonl"], "beta-carotene", ROOT / "bench" / "topics"),
    ("sildenafil, blind", [QUESTIONS / "sildenafil-blind.jsonl"], "sildenafil", ROOT / "bench" / "topics"),
    ("ketones, blind", [QUESTIONS / "ketones-blind.jsonl"], "ketones", ROOT / "bench" / "topics"),
    ("mastic-gum, blind", [QUESTIONS / "mastic-gum-blind.jsonl"], "mastic-gum", ROOT / "bench" / "topics"),
    ("copper, blind", [QUESTIONS / "copper-blind.jsonl"], "copper", ROOT / "bench" / "topics"),
    ("lecithin, blind", [QUESTIONS / "lecithin-blind.jsonl"], "lecithin", ROOT / "bench" / "topics"),
    ("pterostilbene, blind", [QUESTIONS / "pterostilbene-blind.jsonl"], "pterostilbene", ROOT / "bench" / "topics"),
    ("magnolia-bark, blind", [QUESTIONS / "magnolia-bark-blind.jsonl"], "magnolia-bark", ROOT / "bench" / "topics"),
    ("dim, blind", [QUESTIONS / "dim-blind.jsonl"], "dim", ROOT / "bench" / "topics"),
    ("pumpkin-seed-oil, blind", [QUESTIONS / "pumpkin-seed-oil-blind.jsonl"], "pumpkin-seed-oil", ROOT / "bench" / "topics"),
    ("calendula, blind", [QUESTIONS / "calendula-blind.jsonl"], "calendula", ROOT / "bench" / "topics"),
    ("manganese, blind", [QUESTIONS / "manganese-blind.jsonl"], "manganese", ROOT / "bench" / "topics"),
    ("goji, blind", [QUESTIONS / "goji-blind.jsonl"], "goji", ROOT / "bench" / "topics"),
    ("riboflavin, blind", [QUESTIONS / "riboflavin-blind.jsonl"], "riboflavin", ROOT / "bench" / "topics"),
    ("bladderwrack, blind", [QUESTIONS / "bladderwrack-blind.jsonl"], "bladderwrack", ROOT / "bench" / "topics"),
    ("jiaogulan, blind", [QUESTIONS / "jiaogulan-blind.jsonl"], "jiaogulan", ROOT / "bench" / "topics"),
    ("yarrow, blind", [QUESTIONS / "yarrow-blind.jsonl"], "yarrow", ROOT / "bench" / "topics"),
    ("pantothenic-acid, blind", [QUESTIONS / "pantothenic-acid-blind.jsonl"], "pantothenic-acid", ROOT / "bench" / "topics"),
    ("serrapeptase, blind", [QUESTIONS / "serrapeptase-blind.jsonl"], "serrapeptase", ROOT / "bench" / "topics"),
    ("tremella, blind", [QUESTIONS / "tremella-blind.jsonl"], "tremella", ROOT / "bench" / "topics"),
    ("luteolin, blind", [QUESTIONS / "luteolin-blind.jsonl"], "luteolin", ROOT / "bench" / "topics"),
    ("vanadium, blind", [QUESTIONS / "vanadium-blind.jsonl"], "vanadium", ROOT / "bench" / "topics"),
    ("oat-straw, blind", [QUESTIONS / "oat-straw-blind.jsonl"], "oat-straw", ROOT / "bench" / "topics"),
    ("blackcurrant, blind", [QUESTIONS / "blackcurrant-blind.jsonl"], "blackcurrant", ROOT / "bench" / "topics"),
    ("zeolite, blind", [QUESTIONS / "zeolite-blind.jsonl"], "zeolite", ROOT / "bench" / "topics"),
    ("bee-venom, blind", [QUESTIONS / "bee-venom-blind.jsonl"], "bee-venom", ROOT / "bench" / "topics"),
    ("quinine, blind", [QUESTIONS / "quinine-blind.jsonl"], "quinine", ROOT / "bench" / "topics"),
    ("fennel, blind", [QUESTIONS / "fennel-blind.jsonl"], "fennel", ROOT / "bench" / "topics"),
    ("wormwood, blind", [QUESTIONS / "wormwood-blind.jsonl"], "wormwood", ROOT / "bench" / "topics"),
    ("maqui, blind", [QUESTIONS / "maqui-blind.jsonl"], "maqui", ROOT / "bench" / "topics"),
    ("rooibos, blind", [QUESTIONS / "rooibos-blind.jsonl"], "rooibos", ROOT / "bench" / "topics"),
    ("catuaba, blind", [QUESTIONS / "catuaba-blind.jsonl"], "catuaba", ROOT / "bench" / "topics"),
    ("amla, blind", [QUESTIONS / "amla-blind.jsonl"], "amla", ROOT / "bench" / "topics"),
    ("arjuna, blind", [QUESTIONS / "arjuna-blind.jsonl"], "arjuna", ROOT / "bench" / "topics"),
    ("muira-puama, blind", [QUESTIONS / "muira-puama-blind.jsonl"], "muira-puama", ROOT / "bench" / "topics"),
    ("shankhpushpi, blind", [QUESTIONS / "shankhpushpi-blind.jsonl"], "shankhpushpi", ROOT / "bench" / "topics"),
    ("clove-oil, blind", [QUESTIONS / "clove-oil-blind.jsonl"], "clove-oil", ROOT / "bench" / "topics"),
    ("eucalyptus-oil, blind", [QUESTIONS / "eucalyptus-oil-blind.jsonl"], "eucalyptus-oil", ROOT / "bench" / "topics"),
    ("brewers-yeast, blind", [QUESTIONS / "brewers-yeast-blind.jsonl"], "brewers-yeast", ROOT / "bench" / "topics"),
    ("raspberry-leaf, blind", [QUESTIONS / "raspberry-leaf-blind.jsonl"], "raspberry-leaf", ROOT / "bench" / "topics"),
    ("motherwort, blind", [QUESTIONS / "motherwort-blind.jsonl"], "motherwort", ROOT / "bench" / "topics"),
    ("california-poppy, blind", [QUESTIONS / "california-poppy-blind.jsonl"], "california-poppy", ROOT / "bench" / "topics"),
    ("guggul, blind", [QUESTIONS / "guggul-blind.jsonl"], "guggul", ROOT / "bench" / "topics"),
    ("giloy, blind", [QUESTIONS / "giloy-blind.jsonl"], "giloy", ROOT / "bench" / "topics"),
    ("nopal, blind", [QUESTIONS / "nopal-blind.jsonl"], "nopal", ROOT / "bench" / "topics"),
    ("delta-8, blind", [QUESTIONS / "delta-8-blind.jsonl"], "delta-8", ROOT / "bench" / "topics"),
    ("hesperidin, blind", [QUESTIONS / "hesperidin-blind.jsonl"], "hesperidin", ROOT / "bench" / "topics"),
    ("diosmin, blind", [QUESTIONS / "diosmin-blind.jsonl"], "diosmin", ROOT / "bench" / "topics"),
    ("pygeum, blind", [QUESTIONS / "pygeum-blind.jsonl"], "pygeum", ROOT / "bench" / "topics"),
    ("forskolin, blind", [QUESTIONS / "forskolin-blind.jsonl"], "forskolin", ROOT / "bench" / "topics"),
    ("cla, blind", [QUESTIONS / "cla-blind.jsonl"], "cla", ROOT / "bench" / "topics"),
    ("galantamine, blind", [QUESTIONS / "galantamine-blind.jsonl"], "galantamine", ROOT / "bench" / "topics"),
    ("amanita-muscaria, blind", [QUESTIONS / "amanita-muscaria-blind.jsonl"], "amanita-muscaria", ROOT / "bench" / "topics"),
    ("flaxseed, blind", [QUESTIONS / "flaxseed-blind.jsonl"], "flaxseed", ROOT / "bench" / "topics"),
    ("lactobacillus-reuteri, blind", [QUESTIONS / "lactobacillus-reuteri-blind.jsonl"], "lactobacillus-reuteri", ROOT / "bench" / "topics"),
    ("paraxanthine, blind", [QUESTIONS / "paraxanthine-blind.jsonl"], "paraxanthine", ROOT / "bench" / "topics"),
    ("cbn, blind", [QUESTIONS / "cbn-blind.jsonl"], "cbn", ROOT / "bench" / "topics"),
    ("uva-ursi, blind", [QUESTIONS / "uva-ursi-blind.jsonl"], "uva-ursi", ROOT / "bench" / "topics"),
    ("white-kidney-bean, blind", [QUESTIONS / "white-kidney-bean-blind.jsonl"], "white-kidney-bean", ROOT / "bench" / "topics"),
    ("oxiracetam, blind", [QUESTIONS / "oxiracetam-blind.jsonl"], "oxiracetam", ROOT / "bench" / "topics"),
    ("calcium, blind", [QUESTIONS / "calcium-blind.jsonl"], "calcium", ROOT / "bench" / "topics"),
    ("black-walnut, blind", [QUESTIONS / "black-walnut-blind.jsonl"], "black-walnut", ROOT / "bench" / "topics"),
    ("borage-oil, blind", [QUESTIONS / "borage-oil-blind.jsonl"], "borage-oil", ROOT / "bench" / "topics"),
    ("mulberry-leaf, blind", [QUESTIONS / "mulberry-leaf-blind.jsonl"], "mulberry-leaf", ROOT / "bench" / "topics"),
    ("progesterone-cream, blind", [QUESTIONS / "progesterone-cream-blind.jsonl"], "progesterone-cream", ROOT / "bench" / "topics"),
    ("chitosan, blind", [QUESTIONS / "chitosan-blind.jsonl"], "chitosan", ROOT / "bench" / "topics"),
    ("corn-silk, blind", [QUESTIONS / "corn-silk-blind.jsonl"], "corn-silk", ROOT / "bench" / "topics"),
    ("banaba, blind", [QUESTIONS / "banaba-blind.jsonl"], "banaba", ROOT / "bench" / "topics"),
    ("green-coffee, blind", [QUESTIONS / "green-coffee-blind.jsonl"], "green-coffee", ROOT / "bench" / "topics"),
    ("strontium, blind", [QUESTIONS / "strontium-blind.jsonl"], "strontium", ROOT / "bench" / "topics"),
    ("myrrh, blind", [QUESTIONS / "myrrh-blind.jsonl"], "myrrh", ROOT / "bench" / "topics"),
    ("ligandrol, blind", [QUESTIONS / "ligandrol-blind.jsonl"], "ligandrol", ROOT / "bench" / "topics"),
    ("deer-antler, blind", [QUESTIONS / "deer-antler-blind.jsonl"], "deer-antler", ROOT / "bench" / "topics"),
    ("pramiracetam, blind", [QUESTIONS / "pramiracetam-blind.jsonl"], "pramiracetam", ROOT / "bench" / "topics"),
    ("picamilon, blind", [QUESTIONS / "picamilon-blind.jsonl"], "picamilon", ROOT / "bench" / "topics"),
    ("ecklonia, blind", [QUESTIONS / "ecklonia-blind.jsonl"], "ecklonia", ROOT / "bench" / "topics"),
    ("pine-pollen, blind", [QUESTIONS / "pine-pollen-blind.jsonl"], "pine-pollen", ROOT / "bench" / "topics"),
    ("black-ginger, blind", [QUESTIONS / "black-ginger-blind.jsonl"], "black-ginger", ROOT / "bench" / "topics"),
    ("adrafinil, blind", [QUESTIONS / "adrafinil-blind.jsonl"], "adrafinil", ROOT / "bench" / "topics"),
    ("choline, blind", [QUESTIONS / "choline-blind.jsonl"], "choline", ROOT / "bench" / "topics"),
    ("modified-citrus-pectin, blind", [QUESTIONS / "modified-citrus-pectin-blind.jsonl"], "modified-citrus-pectin", ROOT / "bench" / "topics"),
    ("hoodia, blind", [QUESTIONS / "hoodia-blind.jsonl"], "hoodia", ROOT / "bench" / "topics"),
    ("yacon, blind", [QUESTIONS / "yacon-blind.jsonl"], "yacon", ROOT / "bench" / "topics"),
    ("orlistat, blind", [QUESTIONS / "orlistat-blind.jsonl"], "orlistat", ROOT / "bench" / "topics"),
    ("caralluma, blind", [QUESTIONS / "caralluma-blind.jsonl"], "caralluma", ROOT / "bench" / "topics"),
    ("molybdenum, blind", [QUESTIONS / "molybdenum-blind.jsonl"], "molybdenum", ROOT / "bench" / "topics"),
    ("bakuchiol, blind", [QUESTIONS / "bakuchiol-blind.jsonl"], "bakuchiol", ROOT / "bench" / "topics"),
    ("phentermine, blind", [QUESTIONS / "phentermine-blind.jsonl"], "phentermine", ROOT / "bench" / "topics"),
    ("acarbose, blind", [QUESTIONS / "acarbose-blind.jsonl"], "acarbose", ROOT / "bench" / "topics"),
    ("guayusa, blind", [QUESTIONS / "guayusa-blind.jsonl"], "guayusa", ROOT / "bench" / "topics"),
    ("butchers-broom, blind", [QUESTIONS / "butchers-broom-blind.jsonl"], "butchers-broom", ROOT / "bench" / "topics"),
    ("agaricus, blind", [QUESTIONS / "agaricus-blind.jsonl"], "agaricus", ROOT / "bench" / "topics"),
    ("maral-root, blind", [QUESTIONS / "maral-root-blind.jsonl"], "maral-root", ROOT / "bench" / "topics"),
    ("bcaa, blind", [QUESTIONS / "bcaa-blind.jsonl"], "bcaa", ROOT / "bench" / "topics"),
    ("whey-protein, blind", [QUESTIONS / "whey-protein-blind.jsonl"], "whey-protein", ROOT / "bench" / "topics"),
    ("shiitake, blind", [QUESTIONS / "shiitake-blind.jsonl"], "shiitake", ROOT / "bench" / "topics"),
    ("lumbrokinase, blind", [QUESTIONS / "lumbrokinase-blind.jsonl"], "lumbrokinase", ROOT / "bench" / "topics"),
    ("codonopsis, blind", [QUESTIONS / "codonopsis-blind.jsonl"], "codonopsis", ROOT / "bench" / "topics"),
    ("rehmannia, blind", [QUESTIONS / "rehmannia-blind.jsonl"], "rehmannia", ROOT / "bench" / "topics"),
    ("jujube, blind", [QUESTIONS / "jujube-blind.jsonl"], "jujube", ROOT / "bench" / "topics"),
    ("mimosa-pudica, blind", [QUESTIONS / "mimosa-pudica-blind.jsonl"], "mimosa-pudica", ROOT / "bench" / "topics"),
    ("policosanol, blind", [QUESTIONS / "policosanol-blind.jsonl"], "policosanol", ROOT / "bench" / "topics"),
    ("chanca-piedra, blind", [QUESTIONS / "chanca-piedra-blind.jsonl"], "chanca-piedra", ROOT / "bench" / "topics"),
    ("gentian, blind", [QUESTIONS / "gentian-blind.jsonl"], "gentian", ROOT / "bench" / "topics"),
    ("cleavers, blind", [QUESTIONS / "cleavers-blind.jsonl"], "cleavers", ROOT / "bench" / "topics"),
    ("wild-yam, blind", [QUESTIONS / "wild-yam-blind.jsonl"], "wild-yam", ROOT / "bench" / "topics"),
    ("baobab, blind", [QUESTIONS / "baobab-blind.jsonl"], "baobab", ROOT / "bench" / "topics"),
    ("essiac, blind", [QUESTIONS / "essiac-blind.jsonl"], "essiac", ROOT / "bench" / "topics"),
    ("fenbendazole, blind", [QUESTIONS / "fenbendazole-blind.jsonl"], "fenbendazole", ROOT / "bench" / "topics"),
    ("dmso, blind", [QUESTIONS / "dmso-blind.jsonl"], "dmso", ROOT / "bench" / "topics"),
    ("c60, blind", [QUESTIONS / "c60-blind.jsonl"], "c60", ROOT / "bench" / "topics"),
    ("rad-140, blind", [QUESTIONS / "rad-140-blind.jsonl"], "rad-140", ROOT / "bench" / "topics"),
    ("memantine, blind", [QUESTIONS / "memantine-blind.jsonl"], "memantine", ROOT / "bench" / "topics"),
    ("wild-lettuce, blind", [QUESTIONS / "wild-lettuce-blind.jsonl"], "wild-lettuce", ROOT / "bench" / "topics"),
    ("eleuthero, blind", [QUESTIONS / "eleuthero-blind.jsonl"], "eleuthero", ROOT / "bench" / "topics"),
    ("senna, blind", [QUESTIONS / "senna-blind.jsonl"], "senna", ROOT / "bench" / "topics"),
    ("spironolactone, blind", [QUESTIONS / "spironolactone-blind.jsonl"], "spironolactone", ROOT / "bench" / "topics"),
    ("propranolol, blind", [QUESTIONS / "propranolol-blind.jsonl"], "propranolol", ROOT / "bench" / "topics"),
    ("gabapentin, blind", [QUESTIONS / "gabapentin-blind.jsonl"], "gabapentin", ROOT / "bench" / "topics"),
    ("cbg, blind", [QUESTIONS / "cbg-blind.jsonl"], "cbg", ROOT / "bench" / "topics"),
    ("bupropion, blind", [QUESTIONS / "bupropion-blind.jsonl"], "bupropion", ROOT / "bench" / "topics"),
    ("mirtazapine, blind", [QUESTIONS / "mirtazapine-blind.jsonl"], "mirtazapine", ROOT / "bench" / "topics"),
    ("famotidine, blind", [QUESTIONS / "famotidine-blind.jsonl"], "famotidine", ROOT / "bench" / "topics"),
    ("igf-1-lr3, blind", [QUESTIONS / "igf-1-lr3-blind.jsonl"], "igf-1-lr3", ROOT / "bench" / "topics"),
    ("epsom-salt, blind", [QUESTIONS / "epsom-salt-blind.jsonl"], "epsom-salt", ROOT / "bench" / "topics"),
    ("chlorine-dioxide, blind", [QUESTIONS / "chlorine-dioxide-blind.jsonl"], "chlorine-dioxide", ROOT / "bench" / "topics"),
    ("kefir, blind", [QUESTIONS / "kefir-blind.jsonl"], "kefir", ROOT / "bench" / "topics"),
    ("5-amino-1mq, blind", [QUESTIONS / "5-amino-1mq-blind.jsonl"], "5-amino-1mq", ROOT / "bench" / "topics"),
    ("trazodone, blind", [QUESTIONS / "trazodone-blind.jsonl"], "trazodone", ROOT / "bench" / "topics"),
    ("buspirone, blind", [QUESTIONS / "buspirone-blind.jsonl"], "buspirone", ROOT / "bench" / "topics"),
    ("ghrp-6, blind", [QUESTIONS / "ghrp-6-blind.jsonl"], "ghrp-6", ROOT / "bench" / "topics"),
    ("aspirin, blind", [QUESTIONS / "aspirin-blind.jsonl"], "aspirin", ROOT / "bench" / "topics"),
    ("wheatgrass, blind", [QUESTIONS / "wheatgrass-blind.jsonl"], "wheatgrass", ROOT / "bench" / "topics"),
    ("chia, blind", [QUESTIONS / "chia-blind.jsonl"], "chia", ROOT / "bench" / "topics"),
    ("nutmeg, blind", [QUESTIONS / "nutmeg-blind.jsonl"], "nutmeg", ROOT / "bench" / "topics"),
    ("mistletoe, blind", [QUESTIONS / "mistletoe-blind.jsonl"], "mistletoe", ROOT / "bench" / "topics"),
    ("diphenhydramine, blind", [QUESTIONS / "diphenhydramine-blind.jsonl"], "diphenhydramine", ROOT / "bench" / "topics"),
    ("hydroxyzine, blind", [QUESTIONS / "hydroxyzine-blind.jsonl"], "hydroxyzine", ROOT / "bench" / "topics"),
    ("pomegranate, blind", [QUESTIONS / "pomegranate-blind.jsonl"], "pomegranate", ROOT / "bench" / "topics"),
    ("beta-sitosterol, blind", [QUESTIONS / "beta-sitosterol-blind.jsonl"], "beta-sitosterol", ROOT / "bench" / "topics"),
    ("kola-nut, blind", [QUESTIONS / "kola-nut-blind.jsonl"], "kola-nut", ROOT / "bench" / "topics"),
    ("betel-nut, blind", [QUESTIONS / "betel-nut-blind.jsonl"], "betel-nut", ROOT / "bench" / "topics"),
    ("catnip, blind", [QUESTIONS / "catnip-blind.jsonl"], "catnip", ROOT / "bench" / "topics"),
    ("lobelia, blind", [QUESTIONS / "lobelia-blind.jsonl"], "lobelia", ROOT / "bench" / "topics"),
    ("xylitol, blind", [QUESTIONS / "xylitol-blind.jsonl"], "xylitol", ROOT / "bench" / "topics"),
    ("stevia, blind", [QUESTIONS / "stevia-blind.jsonl"], "stevia", ROOT / "bench" / "topics"),
    ("aspartame, blind", [QUESTIONS / "aspartame-blind.jsonl"], "aspartame", ROOT / "bench" / "topics"),
    ("thyme, blind", [QUESTIONS / "thyme-blind.jsonl"], "thyme", ROOT / "bench" / "topics"),
    ("cumin, blind", [QUESTIONS / "cumin-blind.jsonl"], "cumin", ROOT / "bench" / "topics"),
    ("monk-fruit, blind", [QUESTIONS / "monk-fruit-blind.jsonl"], "monk-fruit", ROOT / "bench" / "topics"),
    ("erythritol, blind", [QUESTIONS / "erythritol-blind.jsonl"], "erythritol", ROOT / "bench" / "topics"),
    ("sucralose, blind", [QUESTIONS / "sucralose-blind.jsonl"], "sucralose", ROOT / "bench" / "topics"),
    ("allulose, blind", [QUESTIONS / "allulose-blind.jsonl"], "allulose", ROOT / "bench" / "topics"),
    ("coriander, blind", [QUESTIONS / "coriander-blind.jsonl"], "coriander", ROOT / "bench" / "topics"),
    ("cardamom, blind", [QUESTIONS / "cardamom-blind.jsonl"], "cardamom", ROOT / "bench" / "topics"),
    ("oregon-grape, blind", [QUESTIONS / "oregon-grape-blind.jsonl"], "oregon-grape", ROOT / "bench" / "topics"),
    ("comfrey, blind", [QUESTIONS / "comfrey-blind.jsonl"], "comfrey", ROOT / "bench" / "topics"),
    ("bone-broth, blind", [QUESTIONS / "bone-broth-blind.jsonl"], "bone-broth", ROOT / "bench" / "topics"),
    ("soursop, blind", [QUESTIONS / "soursop-blind.jsonl"], "soursop", ROOT / "bench" / "topics"),
    ("papaya-leaf, blind", [QUESTIONS / "papaya-leaf-blind.jsonl"], "papaya-leaf", ROOT / "bench" / "topics"),
    ("noni, blind", [QUESTIONS / "noni-blind.jsonl"], "noni", ROOT / "bench" / "topics"),
    ("elecampane, blind", [QUESTIONS / "elecampane-blind.jsonl"], "elecampane", ROOT / "bench" / "topics"),
    ("celery-juice, blind", [QUESTIONS / "celery-juice-blind.jsonl"], "celery-juice", ROOT / "bench" / "topics"),
    ("grapefruit, blind", [QUESTIONS / "grapefruit-blind.jsonl"], "grapefruit", ROOT / "bench" / "topics"),
    ("olive-oil, blind", [QUESTIONS / "olive-oil-blind.jsonl"], "olive-oil", ROOT / "bench" / "topics"),
    ("raw-honey, blind", [QUESTIONS / "raw-honey-blind.jsonl"], "raw-honey", ROOT / "bench" / "topics"),
    ("horseradish, blind", [QUESTIONS / "horseradish-blind.jsonl"], "horseradish", ROOT / "bench" / "topics"),
    ("sauerkraut, blind", [QUESTIONS / "sauerkraut-blind.jsonl"], "sauerkraut", ROOT / "bench" / "topics"),
    ("oxandrolone, blind", [QUESTIONS / "oxandrolone-blind.jsonl"], "oxandrolone", ROOT / "bench" / "topics"),
    ("azelaic-acid, blind", [QUESTIONS / "azelaic-acid-blind.jsonl"], "azelaic-acid", ROOT / "bench" / "topics"),
    ("hcg, blind", [QUESTIONS / "hcg-blind.jsonl"], "hcg", ROOT / "bench" / "topics"),
    ("tretinoin, blind", [QUESTIONS / "tretinoin-blind.jsonl"], "tretinoin", ROOT / "bench" / "topics"),
    ("clenbuterol, blind", [QUESTIONS / "clenbuterol-blind.jsonl"], "clenbuterol", ROOT / "bench" / "topics"),
    ("dutasteride, blind", [QUESTIONS / "dutasteride-blind.jsonl"], "dutasteride", ROOT / "bench" / "topics"),
    ("ibuprofen, blind", [QUESTIONS / "ibuprofen-blind.jsonl"], "ibuprofen", ROOT / "bench" / "topics"),
    ("acetaminophen, blind", [QUESTIONS / "acetaminophen-blind.jsonl"], "acetaminophen", ROOT / "bench" / "topics"),
    ("cetirizine, blind", [QUESTIONS / "cetirizine-blind.jsonl"], "cetirizine", ROOT / "bench" / "topics"),
    ("sertraline, blind", [QUESTIONS / "sertraline-blind.jsonl"], "sertraline", ROOT / "bench" / "topics"),
    ("loperamide, blind", [QUESTIONS / "loperamide-blind.jsonl"], "loperamide", ROOT / "bench" / "topics"),
    ("omeprazole, blind", [QUESTIONS / "omeprazole-blind.jsonl"], "omeprazole", ROOT / "bench" / "topics"),
    ("mct-oil, blind", [QUESTIONS / "mct-oil-blind.jsonl"], "mct-oil", ROOT / "bench" / "topics"),
    ("coconut-oil, blind", [QUESTIONS / "coconut-oil-blind.jsonl"], "coconut-oil", ROOT / "bench" / "topics"),
    ("ayahuasca, blind", [QUESTIONS / "ayahuasca-blind.jsonl"], "ayahuasca", ROOT / "bench" / "topics"),
    ("topiramate, blind", [QUESTIONS / "topiramate-blind.jsonl"], "topiramate", ROOT / "bench" / "topics"),
    ("lsd, blind", [QUESTIONS / "lsd-blind.jsonl"], "lsd", ROOT / "bench" / "topics"),
    ("cannabis, blind", [QUESTIONS / "cannabis-blind.jsonl"], "cannabis", ROOT / "bench" / "topics"),
    ("benzoyl-peroxide, blind", [QUESTIONS / "benzoyl-peroxide-blind.jsonl"], "benzoyl-peroxide", ROOT / "bench" / "topics"),
    ("doxycycline, blind", [QUESTIONS / "doxycycline-blind.jsonl"], "doxycycline", ROOT / "bench" / "topics"),
    ("zolpidem, blind", [QUESTIONS / "zolpidem-blind.jsonl"], "zolpidem", ROOT / "bench" / "topics"),
    ("ketoconazole, blind", [QUESTIONS / "ketoconazole-blind.jsonl"], "ketoconazole", ROOT / "bench" / "topics"),
    ("tamoxifen, blind", [QUESTIONS / "tamoxifen-blind.jsonl"], "tamoxifen", ROOT / "bench" / "topics"),
    ("ephedrine, blind", [QUESTIONS / "ephedrine-blind.jsonl"], "ephedrine", ROOT / "bench" / "topics"),
    ("sumatriptan, blind", [QUESTIONS / "sumatriptan-blind.jsonl"], "sumatriptan", ROOT / "bench" / "topics"),
    ("levothyroxine, blind", [QUESTIONS / "levothyroxine-blind.jsonl"], "levothyroxine", ROOT / "bench" / "topics"),
    ("prednisone, blind", [QUESTIONS / "prednisone-blind.jsonl"], "prednisone", ROOT / "bench" / "topics"),
    ("montelukast, blind", [QUESTIONS / "montelukast-blind.jsonl"], "montelukast", ROOT / "bench" / "topics"),
    ("naproxen, blind", [QUESTIONS / "naproxen-blind.jsonl"], "naproxen", ROOT / "bench" / "topics"),
    ("atorvastatin, blind", [QUESTIONS / "atorvastatin-blind.jsonl"], "atorvastatin", ROOT / "bench" / "topics"),
    ("amlodipine, blind", [QUESTIONS / "amlodipine-blind.jsonl"], "amlodipine", ROOT / "bench" / "topics"),
    ("valacyclovir, blind", [QUESTIONS / "valacyclovir-blind.jsonl"], "valacyclovir", ROOT / "bench" / "topics"),
    ("hydroxychloroquine, blind", [QUESTIONS / "hydroxychloroquine-blind.jsonl"], "hydroxychloroquine", ROOT / "bench" / "topics"),
    ("clonidine, blind", [QUESTIONS / "clonidine-blind.jsonl"], "clonidine", ROOT / "bench" / "topics"),
    ("escitalopram, blind", [QUESTIONS / "escitalopram-blind.jsonl"], "escitalopram", ROOT / "bench" / "topics"),
    ("ondansetron, blind", [QUESTIONS / "ondansetron-blind.jsonl"], "ondansetron", ROOT / "bench" / "topics"),
    ("metoprolol, blind", [QUESTIONS / "metoprolol-blind.jsonl"], "metoprolol", ROOT / "bench" / "topics"),
    ("fluoxetine, blind", [QUESTIONS / "fluoxetine-blind.jsonl"], "fluoxetine", ROOT / "bench" / "topics"),
    ("pickle-juice, blind", [QUESTIONS / "pickle-juice-blind.jsonl"], "pickle-juice", ROOT / "bench" / "topics"),
    ("matcha, blind", [QUESTIONS / "matcha-blind.jsonl"], "matcha", ROOT / "bench" / "topics"),
    ("electrolytes, blind", [QUESTIONS / "electrolytes-blind.jsonl"], "electrolytes", ROOT / "bench" / "topics"),
    ("lisinopril, blind", [QUESTIONS / "lisinopril-blind.jsonl"], "lisinopril", ROOT / "bench" / "topics"),
    ("methylphenidate, blind", [QUESTIONS / "methylphenidate-blind.jsonl"], "methylphenidate", ROOT / "bench" / "topics"),
    ("prazosin, blind", [QUESTIONS / "prazosin-blind.jsonl"], "prazosin", ROOT / "bench" / "topics"),
    ("lamotrigine, blind", [QUESTIONS / "lamotrigine-blind.jsonl"], "lamotrigine", ROOT / "bench" / "topics"),
    ("amoxicillin, blind", [QUESTIONS / "amoxicillin-blind.jsonl"], "amoxicillin", ROOT / "bench" / "topics"),
    ("quetiapine, blind", [QUESTIONS / "quetiapine-blind.jsonl"], "quetiapine", ROOT / "bench" / "topics"),
    ("mdma, blind", [QUESTIONS / "mdma-blind.jsonl"], "mdma", ROOT / "bench" / "topics"),
    ("alprazolam, blind", [QUESTIONS / "alprazolam-blind.jsonl"], "alprazolam", ROOT / "bench" / "topics"),
    ("amphetamine, blind", [QUESTIONS / "amphetamine-blind.jsonl"], "amphetamine", ROOT / "bench" / "topics"),
    ("duloxetine, blind", [QUESTIONS / "duloxetine-blind.jsonl"], "duloxetine", ROOT / "bench" / "topics"),
    ("pregabalin, blind", [QUESTIONS / "pregabalin-blind.jsonl"], "pregabalin", ROOT / "bench" / "topics"),
    ("tramadol, blind", [QUESTIONS / "tramadol-blind.jsonl"], "tramadol", ROOT / "bench" / "topics"),
    ("cyclobenzaprine, blind", [QUESTIONS / "cyclobenzaprine-blind.jsonl"], "cyclobenzaprine", ROOT / "bench" / "topics"),
    ("warfarin, blind", [QUESTIONS / "warfarin-blind.jsonl"], "warfarin", ROOT / "bench" / "topics"),
    ("metronidazole, blind", [QUESTIONS / "metronidazole-blind.jsonl"], "metronidazole", ROOT / "bench" / "topics"),
    ("loratadine, blind", [QUESTIONS / "loratadine-blind.jsonl"], "loratadine", ROOT / "bench" / "topics"),
    ("salicylic-acid, blind", [QUESTIONS / "salicylic-acid-blind.jsonl"], "salicylic-acid", ROOT / "bench" / "topics"),
    ("glycolic-acid, blind", [QUESTIONS / "glycolic-acid-blind.jsonl"], "glycolic-acid", ROOT / "bench" / "topics"),
    ("nad-plus, blind", [QUESTIONS / "nad-plus-blind.jsonl"], "nad-plus", ROOT / "bench" / "topics"),
    ("citalopram, blind", [QUESTIONS / "citalopram-blind.jsonl"], "citalopram", ROOT / "bench" / "topics"),
    ("venlafaxine, blind", [QUESTIONS / "venlafaxine-blind.jsonl"], "venlafaxine", ROOT / "bench" / "topics"),
    ("colchicine, blind", [QUESTIONS / "colchicine-blind.jsonl"], "colchicine", ROOT / "bench" / "topics"),
    ("nitrous-oxide, blind", [QUESTIONS / "nitrous-oxide-blind.jsonl"], "nitrous-oxide", ROOT / "bench" / "topics"),
    ("baclofen, blind", [QUESTIONS / "baclofen-blind.jsonl"], "baclofen", ROOT / "bench" / "topics"),
    ("apixaban, blind", [QUESTIONS / "apixaban-blind.jsonl"], "apixaban", ROOT / "bench" / "topics"),
    ("isotretinoin, blind", [QUESTIONS / "isotretinoin-blind.jsonl"], "isotretinoin", ROOT / "bench" / "topics"),
    ("oseltamivir, blind", [QUESTIONS / "oseltamivir-blind.jsonl"], "oseltamivir", ROOT / "bench" / "topics"),
    ("hydrocortisone, blind", [QUESTIONS / "hydrocortisone-blind.jsonl"], "hydrocortisone", ROOT / "bench" / "topics"),
    ("minocycline, blind", [QUESTIONS / "minocycline-blind.jsonl"], "minocycline", ROOT / "bench" / "topics"),
    ("buprenorphine, blind", [QUESTIONS / "buprenorphine-blind.jsonl"], "buprenorphine", ROOT / "bench" / "topics"),
    ("letrozole, blind", [QUESTIONS / "letrozole-blind.jsonl"], "letrozole", ROOT / "bench" / "topics"),
    ("meloxicam, blind", [QUESTIONS / "meloxicam-blind.jsonl"], "meloxicam", ROOT / "bench" / "topics"),
    ("diclofenac, blind", [QUESTIONS / "diclofenac-blind.jsonl"], "diclofenac", ROOT / "bench" / "topics"),
    ("methotrexate, blind", [QUESTIONS / "methotrexate-blind.jsonl"], "methotrexate", ROOT / "bench" / "topics"),
    ("testosterone, blind", [QUESTIONS / "testosterone-blind.jsonl"], "testosterone", ROOT / "bench" / "topics"),
    ("estradiol, blind", [QUESTIONS / "estradiol-blind.jsonl"], "estradiol", ROOT / "bench" / "topics"),
    ("clomiphene, blind", [QUESTIONS / "clomiphene-blind.jsonl"], "clomiphene", ROOT / "bench" / "topics"),
    ("aripiprazole, blind", [QUESTIONS / "aripiprazole-blind.jsonl"], "aripiprazole", ROOT / "bench" / "topics"),
    ("olanzapine, blind", [QUESTIONS / "olanzapine-blind.jsonl"], "olanzapine", ROOT / "bench" / "topics"),
    ("mescaline, blind", [QUESTIONS / "mescaline-blind.jsonl"], "mescaline", ROOT / "bench" / "topics"),
    ("poppers, blind", [QUESTIONS / "poppers-blind.jsonl"], "poppers", ROOT / "bench" / "topics"),
    ("hydroquinone, blind", [QUESTIONS / "hydroquinone-blind.jsonl"], "hydroquinone", ROOT / "bench" / "topics"),
    ("ursodiol, blind", [QUESTIONS / "ursodiol-blind.jsonl"], "ursodiol", ROOT / "bench" / "topics"),
    ("clonazepam, blind", [QUESTIONS / "clonazepam-blind.jsonl"], "clonazepam", ROOT / "bench" / "topics"),
    ("varenicline, blind", [QUESTIONS / "varenicline-blind.jsonl"], "varenicline", ROOT / "bench" / "topics"),
    ("dextromethorphan, blind", [QUESTIONS / "dextromethorphan-blind.jsonl"], "dextromethorphan", ROOT / "bench" / "topics"),
    ("fluconazole, blind", [QUESTIONS / "fluconazole-blind.jsonl"], "fluconazole", ROOT / "bench" / "topics"),
    ("losartan, blind", [QUESTIONS / "losartan-blind.jsonl"], "losartan", ROOT / "bench" / "topics"),
    ("pseudoephedrine, blind", [QUESTIONS / "pseudoephedrine-blind.jsonl"], "pseudoephedrine", ROOT / "bench" / "topics"),
    ("ciprofloxacin, blind", [QUESTIONS / "ciprofloxacin-blind.jsonl"], "ciprofloxacin", ROOT / "bench" / "topics"),
    ("azithromycin, blind", [QUESTIONS / "azithromycin-blind.jsonl"], "azithromycin", ROOT / "bench" / "topics"),
    ("fexofenadine, blind", [QUESTIONS / "fexofenadine-blind.jsonl"], "fexofenadine", ROOT / "bench" / "topics"),
    ("rosuvastatin, blind", [QUESTIONS / "rosuvastatin-blind.jsonl"], "rosuvastatin", ROOT / "bench" / "topics"),
    ("liraglutide, blind", [QUESTIONS / "liraglutide-blind.jsonl"], "liraglutide", ROOT / "bench" / "topics"),
    ("doxylamine, blind", [QUESTIONS / "doxylamine-blind.jsonl"], "doxylamine", ROOT / "bench" / "topics"),
    ("amitriptyline, blind", [QUESTIONS / "amitriptyline-blind.jsonl"], "amitriptyline", ROOT / "bench" / "topics"),
    ("clotrimazole, blind", [QUESTIONS / "clotrimazole-blind.jsonl"], "clotrimazole", ROOT / "bench" / "topics"),
    ("tamsulosin, blind", [QUESTIONS / "tamsulosin-blind.jsonl"], "tamsulosin", ROOT / "bench" / "topics"),
    ("levetiracetam, blind", [QUESTIONS / "levetiracetam-blind.jsonl"], "levetiracetam", ROOT / "bench" / "topics"),
    ("nitrofurantoin, blind", [QUESTIONS / "nitrofurantoin-blind.jsonl"], "nitrofurantoin", ROOT / "bench" / "topics"),
    ("esomeprazole, blind", [QUESTIONS / "esomeprazole-blind.jsonl"], "esomeprazole", ROOT / "bench" / "topics"),
    ("fluticasone, blind", [QUESTIONS / "fluticasone-blind.jsonl"], "fluticasone", ROOT / "bench" / "topics"),
    ("oxycodone, blind", [QUESTIONS / "oxycodone-blind.jsonl"], "oxycodone", ROOT / "bench" / "topics"),
    ("atomoxetine, blind", [QUESTIONS / "atomoxetine-blind.jsonl"], "atomoxetine", ROOT / "bench" / "topics"),
    ("guanfacine, blind", [QUESTIONS / "guanfacine-blind.jsonl"], "guanfacine", ROOT / "bench" / "topics"),
    ("ketorolac, blind", [QUESTIONS / "ketorolac-blind.jsonl"], "ketorolac", ROOT / "bench" / "topics"),
    ("allopurinol, blind", [QUESTIONS / "allopurinol-blind.jsonl"], "allopurinol", ROOT / "bench" / "topics"),
    ("furosemide, blind", [QUESTIONS / "furosemide-blind.jsonl"], "furosemide", ROOT / "bench" / "topics"),
    ("carvedilol, blind", [QUESTIONS / "carvedilol-blind.jsonl"], "carvedilol", ROOT / "bench" / "topics"),
    ("diazepam, blind", [QUESTIONS / "diazepam-blind.jsonl"], "diazepam", ROOT / "bench" / "topics"),
    ("budesonide, blind", [QUESTIONS / "budesonide-blind.jsonl"], "budesonide", ROOT / "bench" / "topics"),
    ("mebendazole, blind", [QUESTIONS / "mebendazole-blind.jsonl"], "mebendazole", ROOT / "bench" / "topics"),
    ("permethrin, blind", [QUESTIONS / "permethrin-blind.jsonl"], "permethrin", ROOT / "bench" / "topics"),
    ("sitagliptin, blind", [QUESTIONS / "sitagliptin-blind.jsonl"], "sitagliptin", ROOT / "bench" / "topics"),
    ("empagliflozin, blind", [QUESTIONS / "empagliflozin-blind.jsonl"], "empagliflozin", ROOT / "bench" / "topics"),
    ("naloxone, blind", [QUESTIONS / "naloxone-blind.jsonl"], "naloxone", ROOT / "bench" / "topics"),
    ("lorazepam, blind", [QUESTIONS / "lorazepam-blind.jsonl"], "lorazepam", ROOT / "bench" / "topics"),
    ("terbinafine, blind", [QUESTIONS / "terbinafine-blind.jsonl"], "terbinafine", ROOT / "bench" / "topics"),
    ("celecoxib, blind", [QUESTIONS / "celecoxib-blind.jsonl"], "celecoxib", ROOT / "bench" / "topics"),
    ("paroxetine, blind", [QUESTIONS / "paroxetine-blind.jsonl"], "paroxetine", ROOT / "bench" / "topics"),
    ("risperidone, blind", [QUESTIONS / "risperidone-blind.jsonl"], "risperidone", ROOT / "bench" / "topics"),
    ("tizanidine, blind", [QUESTIONS / "tizanidine-blind.jsonl"], "tizanidine", ROOT / "bench" / "topics"),
    ("meclizine, blind", [QUESTIONS / "meclizine-blind.jsonl"], "meclizine", ROOT / "bench" / "topics"),
    ("polyethylene-glycol, blind", [QUESTIONS / "polyethylene-glycol-blind.jsonl"], "polyethylene-glycol", ROOT / "bench" / "topics"),
    ("acyclovir, blind", [QUESTIONS / "acyclovir-blind.jsonl"], "acyclovir", ROOT / "bench" / "topics"),
    ("hydrochlorothiazide, blind", [QUESTIONS / "hydrochlorothiazide-blind.jsonl"], "hydrochlorothiazide", ROOT / "bench" / "topics"),
    ("pantoprazole, blind", [QUESTIONS / "pantoprazole-blind.jsonl"], "pantoprazole", ROOT / "bench" / "topics"),
    ("cephalexin, blind", [QUESTIONS / "cephalexin-blind.jsonl"], "cephalexin", ROOT / "bench" / "topics"),
    ("oxybutynin, blind", [QUESTIONS / "oxybutynin-blind.jsonl"], "oxybutynin", ROOT / "bench" / "topics"),
    ("metoclopramide, blind", [QUESTIONS / "metoclopramide-blind.jsonl"], "metoclopramide", ROOT / "bench" / "topics"),
    ("lidocaine, blind", [QUESTIONS / "lidocaine-blind.jsonl"], "lidocaine", ROOT / "bench" / "topics"),
    ("nortriptyline, blind", [QUESTIONS / "nortriptyline-blind.jsonl"], "nortriptyline", ROOT / "bench" / "topics"),
    ("clindamycin, blind", [QUESTIONS / "clindamycin-blind.jsonl"], "clindamycin", ROOT / "bench" / "topics"),
    ("mupirocin, blind", [QUESTIONS / "mupirocin-blind.jsonl"], "mupirocin", ROOT / "bench" / "topics"),
    ("benzonatate, blind", [QUESTIONS / "benzonatate-blind.jsonl"], "benzonatate", ROOT / "bench" / "topics"),
    ("promethazine, blind", [QUESTIONS / "promethazine-blind.jsonl"], "promethazine", ROOT / "bench" / "topics"),
    ("bisoprolol, blind", [QUESTIONS / "bisoprolol-blind.jsonl"], "bisoprolol", ROOT / "bench" / "topics"),
    ("sucralfate, blind", [QUESTIONS / "sucralfate-blind.jsonl"], "sucralfate", ROOT / "bench" / "topics"),
    ("dicyclomine, blind", [QUESTIONS / "dicyclomine-blind.jsonl"], "dicyclomine", ROOT / "bench" / "topics"),
    ("bismuth-subsalicylate, blind", [QUESTIONS / "bismuth-subsalicylate-blind.jsonl"], "bismuth-subsalicylate", ROOT / "bench" / "topics"),
    ("methocarbamol, blind", [QUESTIONS / "methocarbamol-blind.jsonl"], "methocarbamol", ROOT / "bench" / "topics"),
    ("glipizide, blind", [QUESTIONS / "glipizide-blind.jsonl"], "glipizide", ROOT / "bench" / "topics"),
    ("bimatoprost, blind", [QUESTIONS / "bimatoprost-blind.jsonl"], "bimatoprost", ROOT / "bench" / "topics"),
    ("clopidogrel, blind", [QUESTIONS / "clopidogrel-blind.jsonl"], "clopidogrel", ROOT / "bench" / "topics"),
    ("ezetimibe, blind", [QUESTIONS / "ezetimibe-blind.jsonl"], "ezetimibe", ROOT / "bench" / "topics"),
    ("rizatriptan, blind", [QUESTIONS / "rizatriptan-blind.jsonl"], "rizatriptan", ROOT / "bench" / "topics"),
    ("albuterol, blind", [QUESTIONS / "albuterol-blind.jsonl"], "albuterol", ROOT / "bench" / "topics"),
    ("guaifenesin, blind", [QUESTIONS / "guaifenesin-blind.jsonl"], "guaifenesin", ROOT / "bench" / "topics"),
    ("oxymetazoline, blind", [QUESTIONS / "oxymetazoline-blind.jsonl"], "oxymetazoline", ROOT / "bench" / "topics"),
    ("docusate, blind", [QUESTIONS / "docusate-blind.jsonl"], "docusate", ROOT / "bench" / "topics"),
    ("bisacodyl, blind", [QUESTIONS / "bisacodyl-blind.jsonl"], "bisacodyl", ROOT / "bench" / "topics"),
    ("mesalamine, blind", [QUESTIONS / "mesalamine-blind.jsonl"], "mesalamine", ROOT / "bench" / "topics"),
    ("doxepin, blind", [QUESTIONS / "doxepin-blind.jsonl"], "doxepin", ROOT / "bench" / "topics"),
    ("carbamazepine, blind", [QUESTIONS / "carbamazepine-blind.jsonl"], "carbamazepine", ROOT / "bench" / "topics"),
    ("diltiazem, blind", [QUESTIONS / "diltiazem-blind.jsonl"], "diltiazem", ROOT / "bench" / "topics"),
    ("rivaroxaban, blind", [QUESTIONS / "rivaroxaban-blind.jsonl"], "rivaroxaban", ROOT / "bench" / "topics"),
    ("dexamethasone, blind", [QUESTIONS / "dexamethasone-blind.jsonl"], "dexamethasone", ROOT / "bench" / "topics"),
    ("disulfiram, blind", [QUESTIONS / "disulfiram-blind.jsonl"], "disulfiram", ROOT / "bench" / "topics"),
    ("adapalene, blind", [QUESTIONS / "adapalene-blind.jsonl"], "adapalene", ROOT / "bench" / "topics"),
    ("clobetasol, blind", [QUESTIONS / "clobetasol-blind.jsonl"], "clobetasol", ROOT / "bench" / "topics"),
    ("levofloxacin, blind", [QUESTIONS / "levofloxacin-blind.jsonl"], "levofloxacin", ROOT / "bench" / "topics"),
    ("nitroglycerin, blind", [QUESTIONS / "nitroglycerin-blind.jsonl"], "nitroglycerin", ROOT / "bench" / "topics"),
    ("mometasone, blind", [QUESTIONS / "mometasone-blind.jsonl"], "mometasone", ROOT / "bench" / "topics"),
    ("sulfamethoxazole-trimethoprim, blind", [QUESTIONS / "sulfamethoxazole-trimethoprim-blind.jsonl"], "sulfamethoxazole-trimethoprim", ROOT / "bench" / "topics"),
    ("phenytoin, blind", [QUESTIONS / "phenytoin-blind.jsonl"], "phenytoin", ROOT / "bench" / "topics"),
    ("digoxin, blind", [QUESTIONS / "digoxin-blind.jsonl"], "digoxin", ROOT / "bench" / "topics"),
    ("nystatin, blind", [QUESTIONS / "nystatin-blind.jsonl"], "nystatin", ROOT / "bench" / "topics"),
    ("latanoprost, blind", [QUESTIONS / "latanoprost-blind.jsonl"], "latanoprost", ROOT / "bench" / "topics"),
    ("timolol, blind", [QUESTIONS / "timolol-blind.jsonl"], "timolol", ROOT / "bench" / "topics"),
    ("valproate, blind", [QUESTIONS / "valproate-blind.jsonl"], "valproate", ROOT / "bench" / "topics"),
    ("codeine, blind", [QUESTIONS / "codeine-blind.jsonl"], "codeine", ROOT / "bench" / "topics"),
    ("methadone, blind", [QUESTIONS / "methadone-blind.jsonl"], "methadone", ROOT / "bench" / "topics"),
    ("nifedipine, blind", [QUESTIONS / "nifedipine-blind.jsonl"], "nifedipine", ROOT / "bench" / "topics"),
    ("cefdinir, blind", [QUESTIONS / "cefdinir-blind.jsonl"], "cefdinir", ROOT / "bench" / "topics"),
    ("mirabegron, blind", [QUESTIONS / "mirabegron-blind.jsonl"], "mirabegron", ROOT / "bench" / "topics"),
    ("prochlorperazine, blind", [QUESTIONS / "prochlorperazine-blind.jsonl"], "prochlorperazine", ROOT / "bench" / "topics"),
    ("scopolamine, blind", [QUESTIONS / "scopolamine-blind.jsonl"], "scopolamine", ROOT / "bench" / "topics"),
    ("hydrocodone, blind", [QUESTIONS / "hydrocodone-blind.jsonl"], "hydrocodone", ROOT / "bench" / "topics"),
    ("lactulose, blind", [QUESTIONS / "lactulose-blind.jsonl"], "lactulose", ROOT / "bench" / "topics"),
    ("morphine, blind", [QUESTIONS / "morphine-blind.jsonl"], "morphine", ROOT / "bench" / "topics"),
    ("solifenacin, blind", [QUESTIONS / "solifenacin-blind.jsonl"], "solifenacin", ROOT / "bench" / "topics"),
    ("fluvoxamine, blind", [QUESTIONS / "fluvoxamine-blind.jsonl"], "fluvoxamine", ROOT / "bench" / "topics"),
    ("ropinirole, blind", [QUESTIONS / "ropinirole-blind.jsonl"], "ropinirole", ROOT / "bench" / "topics"),
    ("famciclovir, blind", [QUESTIONS / "famciclovir-blind.jsonl"], "famciclovir", ROOT / "bench" / "topics"),
    ("hydralazine, blind", [QUESTIONS / "hydralazine-blind.jsonl"], "hydralazine", ROOT / "bench" / "topics"),
    ("valsartan, blind", [QUESTIONS / "valsartan-blind.jsonl"], "valsartan", ROOT / "bench" / "topics"),
    ("lansoprazole, blind", [QUESTIONS / "lansoprazole-blind.jsonl"], "lansoprazole", ROOT / "bench" / "topics"),
    ("pramipexole, blind", [QUESTIONS / "pramipexole-blind.jsonl"], "pramipexole", ROOT / "bench" / "topics"),
    ("cyproheptadine, blind", [QUESTIONS / "cyproheptadine-blind.jsonl"], "cyproheptadine", ROOT / "bench" / "topics"),
    ("indomethacin, blind", [QUESTIONS / "indomethacin-blind.jsonl"], "indomethacin", ROOT / "bench" / "topics"),
    ("desmopressin, blind", [QUESTIONS / "desmopressin-blind.jsonl"], "desmopressin", ROOT / "bench" / "topics"),
    ("tranexamic-acid, blind", [QUESTIONS / "tranexamic-acid-blind.jsonl"], "tranexamic-acid", ROOT / "bench" / "topics"),
    ("labetalol, blind", [QUESTIONS / "labetalol-blind.jsonl"], "labetalol", ROOT / "bench" / "topics"),
    ("misoprostol, blind", [QUESTIONS / "misoprostol-blind.jsonl"], "misoprostol", ROOT / "bench" / "topics"),
    ("pyridostigmine, blind", [QUESTIONS / "pyridostigmine-blind.jsonl"], "pyridostigmine", ROOT / "bench" / "topics"),
    ("midodrine, blind", [QUESTIONS / "midodrine-blind.jsonl"], "midodrine", ROOT / "bench" / "topics"),
    ("hyoscyamine, blind", [QUESTIONS / "hyoscyamine-blind.jsonl"], "hyoscyamine", ROOT / "bench" / "topics"),
    ("fludrocortisone, blind", [QUESTIONS / "fludrocortisone-blind.jsonl"], "fludrocortisone", ROOT / "bench" / "topics"),
    ("oxcarbazepine, blind", [QUESTIONS / "oxcarbazepine-blind.jsonl"], "oxcarbazepine", ROOT / "bench" / "topics"),
    ("methimazole, blind", [QUESTIONS / "methimazole-blind.jsonl"], "methimazole", ROOT / "bench" / "topics"),
    ("azelastine, blind", [QUESTIONS / "azelastine-blind.jsonl"], "azelastine", ROOT / "bench" / "topics"),
    ("fosfomycin, blind", [QUESTIONS / "fosfomycin-blind.jsonl"], "fosfomycin", ROOT / "bench" / "topics"),
    ("cromolyn, blind", [QUESTIONS / "cromolyn-blind.jsonl"], "cromolyn", ROOT / "bench" / "topics"),
    ("temazepam, blind", [QUESTIONS / "temazepam-blind.jsonl"], "temazepam", ROOT / "bench" / "topics"),
    ("imiquimod, blind", [QUESTIONS / "imiquimod-blind.jsonl"], "imiquimod", ROOT / "bench" / "topics"),
    ("chlorhexidine, blind", [QUESTIONS / "chlorhexidine-blind.jsonl"], "chlorhexidine", ROOT / "bench" / "topics"),
    ("albendazole, blind", [QUESTIONS / "albendazole-blind.jsonl"], "albendazole", ROOT / "bench" / "topics"),
    ("dapsone, blind", [QUESTIONS / "dapsone-blind.jsonl"], "dapsone", ROOT / "bench" / "topics"),
    ("cholestyramine, blind", [QUESTIONS / "cholestyramine-blind.jsonl"], "cholestyramine", ROOT / "bench" / "topics"),
    ("ketotifen, blind", [QUESTIONS / "ketotifen-blind.jsonl"], "ketotifen", ROOT / "bench" / "topics"),
    ("cimetidine, blind", [QUESTIONS / "cimetidine-blind.jsonl"], "cimetidine", ROOT / "bench" / "topics"),
    ("dimenhydrinate, blind", [QUESTIONS / "dimenhydrinate-blind.jsonl"], "dimenhydrinate", ROOT / "bench" / "topics"),
    ("simethicone, blind", [QUESTIONS / "simethicone-blind.jsonl"], "simethicone", ROOT / "bench" / "topics"),
    ("tinidazole, blind", [QUESTIONS / "tinidazole-blind.jsonl"], "tinidazole", ROOT / "bench" / "topics"),
    ("methylprednisolone, blind", [QUESTIONS / "methylprednisolone-blind.jsonl"], "methylprednisolone", ROOT / "bench" / "topics"),
    ("carisoprodol, blind", [QUESTIONS / "carisoprodol-blind.jsonl"], "carisoprodol", ROOT / "bench" / "topics"),
    ("tolterodine, blind", [QUESTIONS / "tolterodine-blind.jsonl"], "tolterodine", ROOT / "bench" / "topics"),
    ("eszopiclone, blind", [QUESTIONS / "eszopiclone-blind.jsonl"], "eszopiclone", ROOT / "bench" / "topics"),
    ("lurasidone, blind", [QUESTIONS / "lurasidone-blind.jsonl"], "lurasidone", ROOT / "bench" / "topics"),
    ("miconazole, blind", [QUESTIONS / "miconazole-blind.jsonl"], "miconazole", ROOT / "bench" / "topics"),
    ("ivabradine, blind", [QUESTIONS / "ivabradine-blind.jsonl"], "ivabradine", ROOT / "bench" / "topics"),
    ("cytisine, blind", [QUESTIONS / "cytisine-blind.jsonl"], "cytisine", ROOT / "bench" / "topics"),
    ("acamprosate, blind", [QUESTIONS / "acamprosate-blind.jsonl"], "acamprosate", ROOT / "bench" / "topics"),
    ("doxazosin, blind", [QUESTIONS / "doxazosin-blind.jsonl"], "doxazosin", ROOT / "bench" / "topics"),
    ("griseofulvin, blind", [QUESTIONS / "griseofulvin-blind.jsonl"], "griseofulvin", ROOT / "bench" / "topics"),
    ("nitazoxanide, blind", [QUESTIONS / "nitazoxanide-blind.jsonl"], "nitazoxanide", ROOT / "bench" / "topics"),
    ("bromocriptine, blind", [QUESTIONS / "bromocriptine-blind.jsonl"], "bromocriptine", ROOT / "bench" / "topics"),
    ("baloxavir, blind", [QUESTIONS / "baloxavir-blind.jsonl"], "baloxavir", ROOT / "bench" / "topics"),
    ("nirmatrelvir, blind", [QUESTIONS / "nirmatrelvir-blind.jsonl"], "nirmatrelvir", ROOT / "bench" / "topics"),
    ("rifaximin, blind", [QUESTIONS / "rifaximin-blind.jsonl"], "rifaximin", ROOT / "bench" / "topics"),
    ("linaclotide, blind", [QUESTIONS / "linaclotide-blind.jsonl"], "linaclotide", ROOT / "bench" / "topics"),
    ("torsemide, blind", [QUESTIONS / "torsemide-blind.jsonl"], "torsemide", ROOT / "bench" / "topics"),
    ("sotalol, blind", [QUESTIONS / "sotalol-blind.jsonl"], "sotalol", ROOT / "bench" / "topics"),
    ("pioglitazone, blind", [QUESTIONS / "pioglitazone-blind.jsonl"], "pioglitazone", ROOT / "bench" / "topics"),
    ("verapamil, blind", [QUESTIONS / "verapamil-blind.jsonl"], "verapamil", ROOT / "bench" / "topics"),
    ("atenolol, blind", [QUESTIONS / "atenolol-blind.jsonl"], "atenolol", ROOT / "bench" / "topics"),
    ("amiodarone, blind", [QUESTIONS / "amiodarone-blind.jsonl"], "amiodarone", ROOT / "bench" / "topics"),
    ("flecainide, blind", [QUESTIONS / "flecainide-blind.jsonl"], "flecainide", ROOT / "bench" / "topics"),
    ("ranolazine, blind", [QUESTIONS / "ranolazine-blind.jsonl"], "ranolazine", ROOT / "bench" / "topics"),
    ("nebivolol, blind", [QUESTIONS / "nebivolol-blind.jsonl"], "nebivolol", ROOT / "bench" / "topics"),
    ("enalapril, blind", [QUESTIONS / "enalapril-blind.jsonl"], "enalapril", ROOT / "bench" / "topics"),
    ("telmisartan, blind", [QUESTIONS / "telmisartan-blind.jsonl"], "telmisartan", ROOT / "bench" / "topics"),
    ("olmesartan, blind", [QUESTIONS / "olmesartan-blind.jsonl"], "olmesartan", ROOT / "bench" / "topics"),
    ("cilostazol, blind", [QUESTIONS / "cilostazol-blind.jsonl"], "cilostazol", ROOT / "bench" / "topics"),
    ("alfuzosin, blind", [QUESTIONS / "alfuzosin-blind.jsonl"], "alfuzosin", ROOT / "bench" / "topics"),
    ("trospium, blind", [QUESTIONS / "trospium-blind.jsonl"], "trospium", ROOT / "bench" / "topics"),
    ("bethanechol, blind", [QUESTIONS / "bethanechol-blind.jsonl"], "bethanechol", ROOT / "bench" / "topics"),
    ("dronedarone, blind", [QUESTIONS / "dronedarone-blind.jsonl"], "dronedarone", ROOT / "bench" / "topics"),
    ("propafenone, blind", [QUESTIONS / "propafenone-blind.jsonl"], "propafenone", ROOT / "bench" / "topics"),
    ("irbesartan, blind", [QUESTIONS / "irbesartan-blind.jsonl"], "irbesartan", ROOT / "bench" / "topics"),
    ("candesartan, blind", [QUESTIONS / "candesartan-blind.jsonl"], "candesartan", ROOT / "bench" / "topics"),
    ("benztropine, blind", [QUESTIONS / "benztropine-blind.jsonl"], "benztropine", ROOT / "bench" / "topics"),
    ("rasagiline, blind", [QUESTIONS / "rasagiline-blind.jsonl"], "rasagiline", ROOT / "bench" / "topics"),
    ("rivastigmine, blind", [QUESTIONS / "rivastigmine-blind.jsonl"], "rivastigmine", ROOT / "bench" / "topics"),
    ("haloperidol, blind", [QUESTIONS / "haloperidol-blind.jsonl"], "haloperidol", ROOT / "bench" / "topics"),
    ("ziprasidone, blind", [QUESTIONS / "ziprasidone-blind.jsonl"], "ziprasidone", ROOT / "bench" / "topics"),
    ("zonisamide, blind", [QUESTIONS / "zonisamide-blind.jsonl"], "zonisamide", ROOT / "bench" / "topics"),
    ("nateglinide, blind", [QUESTIONS / "nateglinide-blind.jsonl"], "nateglinide", ROOT / "bench" / "topics"),
    ("metaxalone, blind", [QUESTIONS / "metaxalone-blind.jsonl"], "metaxalone", ROOT / "bench" / "topics"),
    ("trihexyphenidyl, blind", [QUESTIONS / "trihexyphenidyl-blind.jsonl"], "trihexyphenidyl", ROOT / "bench" / "topics"),
    ("entacapone, blind", [QUESTIONS / "entacapone-blind.jsonl"], "entacapone", ROOT / "bench" / "topics"),
    ("chlorpromazine, blind", [QUESTIONS / "chlorpromazine-blind.jsonl"], "chlorpromazine", ROOT / "bench" / "topics"),
    ("lacosamide, blind", [QUESTIONS / "lacosamide-blind.jsonl"], "lacosamide", ROOT / "bench" / "topics"),
    ("perphenazine, blind", [QUESTIONS / "perphenazine-blind.jsonl"], "perphenazine", ROOT / "bench" / "topics"),
    ("primidone, blind", [QUESTIONS / "primidone-blind.jsonl"], "primidone", ROOT / "bench" / "topics"),
    ("clozapine, blind", [QUESTIONS / "clozapine-blind.jsonl"], "clozapine", ROOT / "bench" / "topics"),
    ("phenobarbital, blind", [QUESTIONS / "phenobarbital-blind.jsonl"], "phenobarbital", ROOT / "bench" / "topics"),
    ("amantadine, blind", [QUESTIONS / "amantadine-blind.jsonl"], "amantadine", ROOT / "bench" / "topics"),
    ("pimozide, blind", [QUESTIONS / "pimozide-blind.jsonl"], "pimozide", ROOT / "bench" / "topics"),
    ("febuxostat, blind", [QUESTIONS / "febuxostat-blind.jsonl"], "febuxostat", ROOT / "bench" / "topics"),
    ("sulfasalazine, blind", [QUESTIONS / "sulfasalazine-blind.jsonl"], "sulfasalazine", ROOT / "bench" / "topics"),
    ("leflunomide, blind", [QUESTIONS / "leflunomide-blind.jsonl"], "leflunomide", ROOT / "bench" / "topics"),
    ("azathioprine, blind", [QUESTIONS / "azathioprine-blind.jsonl"], "azathioprine", ROOT / "bench" / "topics"),
    ("tacrolimus, blind", [QUESTIONS / "tacrolimus-blind.jsonl"], "tacrolimus", ROOT / "bench" / "topics"),
    ("anastrozole, blind", [QUESTIONS / "anastrozole-blind.jsonl"], "anastrozole", ROOT / "bench" / "topics"),
    ("raloxifene, blind", [QUESTIONS / "raloxifene-blind.jsonl"], "raloxifene", ROOT / "bench" / "topics"),
    ("bicalutamide, blind", [QUESTIONS / "bicalutamide-blind.jsonl"], "bicalutamide", ROOT / "bench" / "topics"),
    ("isoniazid, blind", [QUESTIONS / "isoniazid-blind.jsonl"], "isoniazid", ROOT / "bench" / "topics"),
    ("clarithromycin, blind", [QUESTIONS / "clarithromycin-blind.jsonl"], "clarithromycin", ROOT / "bench" / "topics"),
    ("linezolid, blind", [QUESTIONS / "linezolid-blind.jsonl"], "linezolid", ROOT / "bench" / "topics"),
    ("hydroxyurea, blind", [QUESTIONS / "hydroxyurea-blind.jsonl"], "hydroxyurea", ROOT / "bench" / "topics"),
    ("probenecid, blind", [QUESTIONS / "probenecid-blind.jsonl"], "probenecid", ROOT / "bench" / "topics"),
    ("mycophenolate, blind", [QUESTIONS / "mycophenolate-blind.jsonl"], "mycophenolate", ROOT / "bench" / "topics"),
    ("cyclosporine, blind", [QUESTIONS / "cyclosporine-blind.jsonl"], "cyclosporine", ROOT / "bench" / "topics"),
    ("rifampin, blind", [QUESTIONS / "rifampin-blind.jsonl"], "rifampin", ROOT / "bench" / "topics"),
    ("vancomycin, blind", [QUESTIONS / "vancomycin-blind.jsonl"], "vancomycin", ROOT / "bench" / "topics"),
    ("methyldopa, blind", [QUESTIONS / "methyldopa-blind.jsonl"], "methyldopa", ROOT / "bench" / "topics"),
    ("pyrazinamide, blind", [QUESTIONS / "pyrazinamide-blind.jsonl"], "pyrazinamide", ROOT / "bench" / "topics"),
    ("eplerenone, blind", [QUESTIONS / "eplerenone-blind.jsonl"], "eplerenone", ROOT / "bench" / "topics"),
    ("chlorthalidone, blind", [QUESTIONS / "chlorthalidone-blind.jsonl"], "chlorthalidone", ROOT / "bench" / "topics"),
    ("terazosin, blind", [QUESTIONS / "terazosin-blind.jsonl"], "terazosin", ROOT / "bench" / "topics"),
    ("fenofibrate, blind", [QUESTIONS / "fenofibrate-blind.jsonl"], "fenofibrate", ROOT / "bench" / "topics"),
    ("ticagrelor, blind", [QUESTIONS / "ticagrelor-blind.jsonl"], "ticagrelor", ROOT / "bench" / "topics"),
    ("dabigatran, blind", [QUESTIONS / "dabigatran-blind.jsonl"], "dabigatran", ROOT / "bench" / "topics"),
    ("prasugrel, blind", [QUESTIONS / "prasugrel-blind.jsonl"], "prasugrel", ROOT / "bench" / "topics"),
    ("gemfibrozil, blind", [QUESTIONS / "gemfibrozil-blind.jsonl"], "gemfibrozil", ROOT / "bench" / "topics"),
    ("propylthiouracil, blind", [QUESTIONS / "propylthiouracil-blind.jsonl"], "propylthiouracil", ROOT / "bench" / "topics"),
    ("cabergoline, blind", [QUESTIONS / "cabergoline-blind.jsonl"], "cabergoline", ROOT / "bench" / "topics"),
    ("dantrolene, blind", [QUESTIONS / "dantrolene-blind.jsonl"], "dantrolene", ROOT / "bench" / "topics"),
    ("dofetilide, blind", [QUESTIONS / "dofetilide-blind.jsonl"], "dofetilide", ROOT / "bench" / "topics"),
    ("tolcapone, blind", [QUESTIONS / "tolcapone-blind.jsonl"], "tolcapone", ROOT / "bench" / "topics"),
    ("droxidopa, blind", [QUESTIONS / "droxidopa-blind.jsonl"], "droxidopa", ROOT / "bench" / "topics"),
    ("exenatide, blind", [QUESTIONS / "exenatide-blind.jsonl"], "exenatide", ROOT / "bench" / "topics"),
    ("glycopyrrolate, blind", [QUESTIONS / "glycopyrrolate-blind.jsonl"], "glycopyrrolate", ROOT / "bench" / "topics"),
    ("bumetanide, blind", [QUESTIONS / "bumetanide-blind.jsonl"], "bumetanide", ROOT / "bench" / "topics"),
    ("carbimazole, blind", [QUESTIONS / "carbimazole-blind.jsonl"], "carbimazole", ROOT / "bench" / "topics"),
    ("octreotide, blind", [QUESTIONS / "octreotide-blind.jsonl"], "octreotide", ROOT / "bench" / "topics"),
    ("dulaglutide, blind", [QUESTIONS / "dulaglutide-blind.jsonl"], "dulaglutide", ROOT / "bench" / "topics"),
    ("linagliptin, blind", [QUESTIONS / "linagliptin-blind.jsonl"], "linagliptin", ROOT / "bench" / "topics"),
    ("ethambutol, blind", [QUESTIONS / "ethambutol-blind.jsonl"], "ethambutol", ROOT / "bench" / "topics"),
    ("repaglinide, blind", [QUESTIONS / "repaglinide-blind.jsonl"], "repaglinide", ROOT / "bench" / "topics"),
    ("canagliflozin, blind", [QUESTIONS / "canagliflozin-blind.jsonl"], "canagliflozin", ROOT / "bench" / "topics"),
    ("glimepiride, blind", [QUESTIONS / "glimepiride-blind.jsonl"], "glimepiride", ROOT / "bench" / "topics"),
    ("erythromycin, blind", [QUESTIONS / "erythromycin-blind.jsonl"], "erythromycin", ROOT / "bench" / "topics"),
    ("trandolapril, blind", [QUESTIONS / "trandolapril-blind.jsonl"], "trandolapril", ROOT / "bench" / "topics"),
    ("gliclazide, blind", [QUESTIONS / "gliclazide-blind.jsonl"], "gliclazide", ROOT / "bench" / "topics"),
    ("indapamide, blind", [QUESTIONS / "indapamide-blind.jsonl"], "indapamide", ROOT / "bench" / "topics"),
    ("dapagliflozin, blind", [QUESTIONS / "dapagliflozin-blind.jsonl"], "dapagliflozin", ROOT / "bench" / "topics"),
    ("perindopril, blind", [QUESTIONS / "perindopril-blind.jsonl"], "perindopril", ROOT / "bench" / "topics"),
    ("captopril, blind", [QUESTIONS / "captopril-blind.jsonl"], "captopril", ROOT / "bench" / "topics"),
    ("tolbutamide, blind", [QUESTIONS / "tolbutamide-blind.jsonl"], "tolbutamide", ROOT / "bench" / "topics"),
    ("benazepril, blind", [QUESTIONS / "benazepril-blind.jsonl"], "benazepril", ROOT / "bench" / "topics"),
    ("d-ribose, blind", [QUESTIONS / "d-ribose-blind.jsonl"], "d-ribose", ROOT / "bench" / "topics"),
    ("ramipril, blind", [QUESTIONS / "ramipril-blind.jsonl"], "ramipril", ROOT / "bench" / "topics"),
    ("quinapril, blind", [QUESTIONS / "quinapril-blind.jsonl"], "quinapril", ROOT / "bench" / "topics"),
    ("glyburide, blind", [QUESTIONS / "glyburide-blind.jsonl"], "glyburide", ROOT / "bench" / "topics"),
    ("fosinopril, blind", [QUESTIONS / "fosinopril-blind.jsonl"], "fosinopril", ROOT / "bench" / "topics"),
    ("saxagliptin, blind", [QUESTIONS / "saxagliptin-blind.jsonl"], "saxagliptin", ROOT / "bench" / "topics"),
    ("rosiglitazone, blind", [QUESTIONS / "rosiglitazone-blind.jsonl"], "rosiglitazone", ROOT / "bench" / "topics"),
    ("ertugliflozin, blind", [QUESTIONS / "ertugliflozin-blind.jsonl"], "ertugliflozin", ROOT / "bench" / "topics"),
    ("alogliptin, blind", [QUESTIONS / "alogliptin-blind.jsonl"], "alogliptin", ROOT / "bench" / "topics"),
    ("azilsartan, blind", [QUESTIONS / "azilsartan-blind.jsonl"], "azilsartan", ROOT / "bench" / "topics"),
    ("nadolol, blind", [QUESTIONS / "nadolol-blind.jsonl"], "nadolol", ROOT / "bench" / "topics"),
    ("felodipine, blind", [QUESTIONS / "felodipine-blind.jsonl"], "felodipine", ROOT / "bench" / "topics"),
    ("amiloride, blind", [QUESTIONS / "amiloride-blind.jsonl"], "amiloride", ROOT / "bench" / "topics"),
    ("acetazolamide, blind", [QUESTIONS / "acetazolamide-blind.jsonl"], "acetazolamide", ROOT / "bench" / "topics"),
    ("pindolol, blind", [QUESTIONS / "pindolol-blind.jsonl"], "pindolol", ROOT / "bench" / "topics"),
    ("lercanidipine, blind", [QUESTIONS / "lercanidipine-blind.jsonl"], "lercanidipine", ROOT / "bench" / "topics"),
    ("metolazone, blind", [QUESTIONS / "metolazone-blind.jsonl"], "metolazone", ROOT / "bench" / "topics"),
    ("brimonidine, blind", [QUESTIONS / "brimonidine-blind.jsonl"], "brimonidine", ROOT / "bench" / "topics"),
    ("pilocarpine, blind", [QUESTIONS / "pilocarpine-blind.jsonl"], "pilocarpine", ROOT / "bench" / "topics"),
    ("chlorpropamide, blind", [QUESTIONS / "chlorpropamide-blind.jsonl"], "chlorpropamide", ROOT / "bench" / "topics"),
    ("moexipril, blind", [QUESTIONS / "moexipril-blind.jsonl"], "moexipril", ROOT / "bench" / "topics"),
    ("eprosartan, blind", [QUESTIONS / "eprosartan-blind.jsonl"], "eprosartan", ROOT / "bench" / "topics"),
    ("acebutolol, blind", [QUESTIONS / "acebutolol-blind.jsonl"], "acebutolol", ROOT / "bench" / "topics"),
    ("nicardipine, blind", [QUESTIONS / "nicardipine-blind.jsonl"], "nicardipine", ROOT / "bench" / "topics"),
    ("isradipine, blind", [QUESTIONS / "isradipine-blind.jsonl"], "isradipine", ROOT / "bench" / "topics"),
    ("triamterene, blind", [QUESTIONS / "triamterene-blind.jsonl"], "triamterene", ROOT / "bench" / "topics"),
    ("nisoldipine, blind", [QUESTIONS / "nisoldipine-blind.jsonl"], "nisoldipine", ROOT / "bench" / "topics"),
    ("chlorothiazide, blind", [QUESTIONS / "chlorothiazide-blind.jsonl"], "chlorothiazide", ROOT / "bench" / "topics"),
    ("methazolamide, blind", [QUESTIONS / "methazolamide-blind.jsonl"], "methazolamide", ROOT / "bench" / "topics"),
    ("dorzolamide, blind", [QUESTIONS / "dorzolamide-blind.jsonl"], "dorzolamide", ROOT / "bench" / "topics"),
    ("travoprost, blind", [QUESTIONS / "travoprost-blind.jsonl"], "travoprost", ROOT / "bench" / "topics"),
    ("brinzolamide, blind", [QUESTIONS / "brinzolamide-blind.jsonl"], "brinzolamide", ROOT / "bench" / "topics"),
    ("betaxolol, blind", [QUESTIONS / "betaxolol-blind.jsonl"], "betaxolol", ROOT / "bench" / "topics"),
    ("nimodipine, blind", [QUESTIONS / "nimodipine-blind.jsonl"], "nimodipine", ROOT / "bench" / "topics"),
    ("aliskiren, blind", [QUESTIONS / "aliskiren-blind.jsonl"], "aliskiren", ROOT / "bench" / "topics"),
    ("netarsudil, blind", [QUESTIONS / "netarsudil-blind.jsonl"], "netarsudil", ROOT / "bench" / "topics"),
    ("clevidipine, blind", [QUESTIONS / "clevidipine-blind.jsonl"], "clevidipine", ROOT / "bench" / "topics"),
    ("tafluprost, blind", [QUESTIONS / "tafluprost-blind.jsonl"], "tafluprost", ROOT / "bench" / "topics"),
    ("levobunolol, blind", [QUESTIONS / "levobunolol-blind.jsonl"], "levobunolol", ROOT / "bench" / "topics"),
    ("carteolol, blind", [QUESTIONS / "carteolol-blind.jsonl"], "carteolol", ROOT / "bench" / "topics"),
    ("apraclonidine, blind", [QUESTIONS / "apraclonidine-blind.jsonl"], "apraclonidine", ROOT / "bench" / "topics"),
    ("esmolol, blind", [QUESTIONS / "esmolol-blind.jsonl"], "esmolol", ROOT / "bench" / "topics"),
    ("tolazamide, blind", [QUESTIONS / "tolazamide-blind.jsonl"], "tolazamide", ROOT / "bench" / "topics"),
    ("miglitol, blind", [QUESTIONS / "miglitol-blind.jsonl"], "miglitol", ROOT / "bench" / "topics"),
    ("vildagliptin, blind", [QUESTIONS / "vildagliptin-blind.jsonl"], "vildagliptin", ROOT / "bench" / "topics"),
    ("lixisenatide, blind", [QUESTIONS / "lixisenatide-blind.jsonl"], "lixisenatide", ROOT / "bench" / "topics"),
    ("pramlintide, blind", [QUESTIONS / "pramlintide-blind.jsonl"], "pramlintide", ROOT / "bench" / "topics"),
    ("finerenone, blind", [QUESTIONS / "finerenone-blind.jsonl"], "finerenone", ROOT / "bench" / "topics"),
    ("mexiletine, blind", [QUESTIONS / "mexiletine-blind.jsonl"], "mexiletine", ROOT / "bench" / "topics"),
    ("disopyramide, blind", [QUESTIONS / "disopyramide-blind.jsonl"], "disopyramide", ROOT / "bench" / "topics"),
    ("reserpine, blind", [QUESTIONS / "reserpine-blind.jsonl"], "reserpine", ROOT / "bench" / "topics"),
    ("nicorandil, blind", [QUESTIONS / "nicorandil-blind.jsonl"], "nicorandil", ROOT / "bench" / "topics"),
    ("trimetazidine, blind", [QUESTIONS / "trimetazidine-blind.jsonl"], "trimetazidine", ROOT / "bench" / "topics"),
    ("pentoxifylline, blind", [QUESTIONS / "pentoxifylline-blind.jsonl"], "pentoxifylline", ROOT / "bench" / "topics"),
    ("dipyridamole, blind", [QUESTIONS / "dipyridamole-blind.jsonl"], "dipyridamole", ROOT / "bench" / "topics"),
    ("guanabenz, blind", [QUESTIONS / "guanabenz-blind.jsonl"], "guanabenz", ROOT / "bench" / "topics"),
    ("ticlopidine, blind", [QUESTIONS / "ticlopidine-blind.jsonl"], "ticlopidine", ROOT / "bench" / "topics"),
    ("edoxaban, blind", [QUESTIONS / "edoxaban-blind.jsonl"], "edoxaban", ROOT / "bench" / "topics"),
    ("fondaparinux, blind", [QUESTIONS / "fondaparinux-blind.jsonl"], "fondaparinux", ROOT / "bench" / "topics"),
    ("enoxaparin, blind", [QUESTIONS / "enoxaparin-blind.jsonl"], "enoxaparin", ROOT / "bench" / "topics"),
    ("colesevelam, blind", [QUESTIONS / "colesevelam-blind.jsonl"], "colesevelam", ROOT / "bench" / "topics"),
    ("colestipol, blind", [QUESTIONS / "colestipol-blind.jsonl"], "colestipol", ROOT / "bench" / "topics"),
    ("bempedoic-acid, blind", [QUESTIONS / "bempedoic-acid-blind.jsonl"], "bempedoic-acid", ROOT / "bench" / "topics"),
    ("inclisiran, blind", [QUESTIONS / "inclisiran-blind.jsonl"], "inclisiran", ROOT / "bench" / "topics"),
    ("evolocumab, blind", [QUESTIONS / "evolocumab-blind.jsonl"], "evolocumab", ROOT / "bench" / "topics"),
    ("alirocumab, blind", [QUESTIONS / "alirocumab-blind.jsonl"], "alirocumab", ROOT / "bench" / "topics"),
    ("lorcaserin, blind", [QUESTIONS / "lorcaserin-blind.jsonl"], "lorcaserin", ROOT / "bench" / "topics"),
    ("vorapaxar, blind", [QUESTIONS / "vorapaxar-blind.jsonl"], "vorapaxar", ROOT / "bench" / "topics"),
    ("bivalirudin, blind", [QUESTIONS / "bivalirudin-blind.jsonl"], "bivalirudin", ROOT / "bench" / "topics"),
    ("argatroban, blind", [QUESTIONS / "argatroban-blind.jsonl"], "argatroban", ROOT / "bench" / "topics"),
    ("icosapent-ethyl, blind", [QUESTIONS / "icosapent-ethyl-blind.jsonl"], "icosapent-ethyl", ROOT / "bench" / "topics"),
    ("setmelanotide, blind", [QUESTIONS / "setmelanotide-blind.jsonl"], "setmelanotide", ROOT / "bench" / "topics"),
    ("isosorbide-mononitrate, blind", [QUESTIONS / "isosorbide-mononitrate-blind.jsonl"], "isosorbide-mononitrate", ROOT / "bench" / "topics"),
    ("cangrelor, blind", [QUESTIONS / "cangrelor-blind.jsonl"], "cangrelor", ROOT / "bench" / "topics"),
    ("tirofiban, blind", [QUESTIONS / "tirofiban-blind.jsonl"], "tirofiban", ROOT / "bench" / "topics"),
    ("lanreotide, blind", [QUESTIONS / "lanreotide-blind.jsonl"], "lanreotide", ROOT / "bench" / "topics"),
    ("teriparatide, blind", [QUESTIONS / "teriparatide-blind.jsonl"], "teriparatide", ROOT / "bench" / "topics"),
    ("denosumab, blind", [QUESTIONS / "denosumab-blind.jsonl"], "denosumab", ROOT / "bench" / "topics"),
    ("romosozumab, blind", [QUESTIONS / "romosozumab-blind.jsonl"], "romosozumab", ROOT / "bench" / "topics"),
    ("abaloparatide, blind", [QUESTIONS / "abaloparatide-blind.jsonl"], "abaloparatide", ROOT / "bench" / "topics"),
    ("zoledronic-acid, blind", [QUESTIONS / "zoledronic-acid-blind.jsonl"], "zoledronic-acid", ROOT / "bench" / "topics"),
    ("calcitonin, blind", [QUESTIONS / "calcitonin-blind.jsonl"], "calcitonin", ROOT / "bench" / "topics"),
    ("pegvisomant, blind", [QUESTIONS / "pegvisomant-blind.jsonl"], "pegvisomant", ROOT / "bench" / "topics"),
    ("eptifibatide, blind", [QUESTIONS / "eptifibatide-blind.jsonl"], "eptifibatide", ROOT / "bench" / "topics"),
    ("pasireotide, blind", [QUESTIONS / "pasireotide-blind.jsonl"], "pasireotide", ROOT / "bench" / "topics"),
    ("heparin, blind", [QUESTIONS / "heparin-blind.jsonl"], "heparin", ROOT / "bench" / "topics"),
    ("alteplase, blind", [QUESTIONS / "alteplase-blind.jsonl"], "alteplase", ROOT / "bench" / "topics"),
    ("alendronate, blind", [QUESTIONS / "alendronate-blind.jsonl"], "alendronate", ROOT / "bench" / "topics"),
    ("risedronate, blind", [QUESTIONS / "risedronate-blind.jsonl"], "risedronate", ROOT / "bench" / "topics"),
    ("ibandronate, blind", [QUESTIONS / "ibandronate-blind.jsonl"], "ibandronate", ROOT / "bench" / "topics"),
    ("aminocaproic-acid, blind", [QUESTIONS / "aminocaproic-acid-blind.jsonl"], "aminocaproic-acid", ROOT / "bench" / "topics"),
    ("protamine, blind", [QUESTIONS / "protamine-blind.jsonl"], "protamine", ROOT / "bench" / "topics"),
    ("idarucizumab, blind", [QUESTIONS / "idarucizumab-blind.jsonl"], "idarucizumab", ROOT / "bench" / "topics"),
    ("andexanet-alfa, blind", [QUESTIONS / "andexanet-alfa-blind.jsonl"], "andexanet-alfa", ROOT / "bench" / "topics"),
    ("tenecteplase, blind", [QUESTIONS / "tenecteplase-blind.jsonl"], "tenecteplase", ROOT / "bench" / "topics"),
    ("streptokinase, blind", [QUESTIONS / "streptokinase-blind.jsonl"], "streptokinase", ROOT / "bench" / "topics"),
    ("pamidronate, blind", [QUESTIONS / "pamidronate-blind.jsonl"], "pamidronate", ROOT / "bench" / "topics"),
    ("domperidone, blind", [QUESTIONS / "domperidone-blind.jsonl"], "domperidone", ROOT / "bench" / "topics"),
    ("aprepitant, blind", [QUESTIONS / "aprepitant-blind.jsonl"], "aprepitant", ROOT / "bench" / "topics"),
    ("granisetron, blind", [QUESTIONS / "granisetron-blind.jsonl"], "granisetron", ROOT / "bench" / "topics"),
    ("dronabinol, blind", [QUESTIONS / "dronabinol-blind.jsonl"], "dronabinol", ROOT / "bench" / "topics"),
    ("nabilone, blind", [QUESTIONS / "nabilone-blind.jsonl"], "nabilone", ROOT / "bench" / "topics"),
    ("droperidol, blind", [QUESTIONS / "droperidol-blind.jsonl"], "droperidol", ROOT / "bench" / "topics"),
    ("paliperidone, blind", [QUESTIONS / "paliperidone-blind.jsonl"], "paliperidone", ROOT / "bench" / "topics"),
    ("cariprazine, blind", [QUESTIONS / "cariprazine-blind.jsonl"], "cariprazine", ROOT / "bench" / "topics"),
    ("brexpiprazole, blind", [QUESTIONS / "brexpiprazole-blind.jsonl"], "brexpiprazole", ROOT / "bench" / "topics"),
    ("amisulpride, blind", [QUESTIONS / "amisulpride-blind.jsonl"], "amisulpride", ROOT / "bench" / "topics"),
    ("lumateperone, blind", [QUESTIONS / "lumateperone-blind.jsonl"], "lumateperone", ROOT / "bench" / "topics"),
    ("pimavanserin, blind", [QUESTIONS / "pimavanserin-blind.jsonl"], "pimavanserin", ROOT / "bench" / "topics"),
    ("darifenacin, blind", [QUESTIONS / "darifenacin-blind.jsonl"], "darifenacin", ROOT / "bench" / "topics"),
    ("fesoterodine, blind", [QUESTIONS / "fesoterodine-blind.jsonl"], "fesoterodine", ROOT / "bench" / "topics"),
    ("vibegron, blind", [QUESTIONS / "vibegron-blind.jsonl"], "vibegron", ROOT / "bench" / "topics"),
    ("silodosin, blind", [QUESTIONS / "silodosin-blind.jsonl"], "silodosin", ROOT / "bench" / "topics"),
    ("phenazopyridine, blind", [QUESTIONS / "phenazopyridine-blind.jsonl"], "phenazopyridine", ROOT / "bench" / "topics"),
    ("imipramine, blind", [QUESTIONS / "imipramine-blind.jsonl"], "imipramine", ROOT / "bench" / "topics"),
    ("flumazenil, blind", [QUESTIONS / "flumazenil-blind.jsonl"], "flumazenil", ROOT / "bench" / "topics"),
    ("fomepizole, blind", [QUESTIONS / "fomepizole-blind.jsonl"], "fomepizole", ROOT / "bench" / "topics"),
    ("sugammadex, blind", [QUESTIONS / "sugammadex-blind.jsonl"], "sugammadex", ROOT / "bench" / "topics"),
    ("physostigmine, blind", [QUESTIONS / "physostigmine-blind.jsonl"], "physostigmine", ROOT / "bench" / "topics"),
    ("deferoxamine, blind", [QUESTIONS / "deferoxamine-blind.jsonl"], "deferoxamine", ROOT / "bench" / "topics"),
    ("glucagon, blind", [QUESTIONS / "glucagon-blind.jsonl"], "glucagon", ROOT / "bench" / "topics"),
    ("cortexin, blind", [QUESTIONS / "cortexin-blind.jsonl"], "cortexin", ROOT / "bench" / "topics"),
    ("cycloastragenol, blind", [QUESTIONS / "cycloastragenol-blind.jsonl"], "cycloastragenol", ROOT / "bench" / "topics"),
    ("nefiracetam, blind", [QUESTIONS / "nefiracetam-blind.jsonl"], "nefiracetam", ROOT / "bench" / "topics"),
    ("vasoactive-intestinal-peptide, blind", [QUESTIONS / "vasoactive-intestinal-peptide-blind.jsonl"], "vasoactive-intestinal-peptide", ROOT / "bench" / "topics"),
    ("nsi-189, blind", [QUESTIONS / "nsi-189-blind.jsonl"], "nsi-189", ROOT / "bench" / "topics"),
    ("9-me-bc, blind", [QUESTIONS / "9-me-bc-blind.jsonl"], "9-me-bc", ROOT / "bench" / "topics"),
    ("actovegin, blind", [QUESTIONS / "actovegin-blind.jsonl"], "actovegin", ROOT / "bench" / "topics"),
    ("meldonium, blind", [QUESTIONS / "meldonium-blind.jsonl"], "meldonium", ROOT / "bench" / "topics"),
    ("ara-290, blind", [QUESTIONS / "ara-290-blind.jsonl"], "ara-290", ROOT / "bench" / "topics"),
    ("andarine, blind", [QUESTIONS / "andarine-blind.jsonl"], "andarine", ROOT / "bench" / "topics"),
    ("foxo4-dri, blind", [QUESTIONS / "foxo4-dri-blind.jsonl"], "foxo4-dri", ROOT / "bench" / "topics"),
    ("thymalin, blind", [QUESTIONS / "thymalin-blind.jsonl"], "thymalin", ROOT / "bench" / "topics"),
    ("prl-8-53, blind", [QUESTIONS / "prl-8-53-blind.jsonl"], "prl-8-53", ROOT / "bench" / "topics"),
    ("gonadorelin, blind", [QUESTIONS / "gonadorelin-blind.jsonl"], "gonadorelin", ROOT / "bench" / "topics"),
    ("mazdutide, blind", [QUESTIONS / "mazdutide-blind.jsonl"], "mazdutide", ROOT / "bench" / "topics"),
    ("yk-11, blind", [QUESTIONS / "yk-11-blind.jsonl"], "yk-11", ROOT / "bench" / "topics"),
    ("pe-22-28, blind", [QUESTIONS / "pe-22-28-blind.jsonl"], "pe-22-28", ROOT / "bench" / "topics"),
    ("davunetide, blind", [QUESTIONS / "davunetide-blind.jsonl"], "davunetide", ROOT / "bench" / "topics"),
    ("orforglipron, blind", [QUESTIONS / "orforglipron-blind.jsonl"], "orforglipron", ROOT / "bench" / "topics"),
    ("survodutide, blind", [QUESTIONS / "survodutide-blind.jsonl"], "survodutide", ROOT / "bench" / "topics"),
    ("j147, blind", [QUESTIONS / "j147-blind.jsonl"], "j147", ROOT / "bench" / "topics"),
    ("sr9009, blind", [QUESTIONS / "sr9009-blind.jsonl"], "sr9009", ROOT / "bench" / "topics"),
    ("aicar, blind", [QUESTIONS / "aicar-blind.jsonl"], "aicar", ROOT / "bench" / "topics"),
    ("thymogen, blind", [QUESTIONS / "thymogen-blind.jsonl"], "thymogen", ROOT / "bench" / "topics"),
    ("unifiram, blind", [QUESTIONS / "unifiram-blind.jsonl"], "unifiram", ROOT / "bench" / "topics"),
    ("idra-21, blind", [QUESTIONS / "idra-21-blind.jsonl"], "idra-21", ROOT / "bench" / "topics"),
    ("slu-pp-332, blind", [QUESTIONS / "slu-pp-332-blind.jsonl"], "slu-pp-332", ROOT / "bench" / "topics"),
    ("peg-mgf, blind", [QUESTIONS / "peg-mgf-blind.jsonl"], "peg-mgf", ROOT / "bench" / "topics"),
    ("bemethyl, blind", [QUESTIONS / "bemethyl-blind.jsonl"], "bemethyl", ROOT / "bench" / "topics"),
    ("s-23, blind", [QUESTIONS / "s-23-blind.jsonl"], "s-23", ROOT / "bench" / "topics"),
    ("afobazole, blind", [QUESTIONS / "afobazole-blind.jsonl"], "afobazole", ROOT / "bench" / "topics"),
    ("pantogam, blind", [QUESTIONS / "pantogam-blind.jsonl"], "pantogam", ROOT / "bench" / "topics"),
    ("centrophenoxine, blind", [QUESTIONS / "centrophenoxine-blind.jsonl"], "centrophenoxine", ROOT / "bench" / "topics"),
    ("pemvidutide, blind", [QUESTIONS / "pemvidutide-blind.jsonl"], "pemvidutide", ROOT / "bench" / "topics"),
    ("ace-031, blind", [QUESTIONS / "ace-031-blind.jsonl"], "ace-031", ROOT / "bench" / "topics"),
    ("fladrafinil, blind", [QUESTIONS / "fladrafinil-blind.jsonl"], "fladrafinil", ROOT / "bench" / "topics"),
    ("armodafinil, blind", [QUESTIONS / "armodafinil-blind.jsonl"], "armodafinil", ROOT / "bench" / "topics"),
    ("amycretin, blind", [QUESTIONS / "amycretin-blind.jsonl"], "amycretin", ROOT / "bench" / "topics"),
    ("cytoflavin, blind", [QUESTIONS / "cytoflavin-blind.jsonl"], "cytoflavin", ROOT / "bench" / "topics"),
    ("adamax, blind", [QUESTIONS / "adamax-blind.jsonl"], "adamax", ROOT / "bench" / "topics"),
    ("gw0742, blind", [QUESTIONS / "gw0742-blind.jsonl"], "gw0742", ROOT / "bench" / "topics"),
    ("tenoten, blind", [QUESTIONS / "tenoten-blind.jsonl"], "tenoten", ROOT / "bench" / "topics"),
    ("maridebart-cafraglutide, blind", [QUESTIONS / "maridebart-cafraglutide-blind.jsonl"], "maridebart-cafraglutide", ROOT / "bench" / "topics"),
    ("flmodafinil, blind", [QUESTIONS / "flmodafinil-blind.jsonl"], "flmodafinil", ROOT / "bench" / "topics"),
    ("cortagen, blind", [QUESTIONS / "cortagen-blind.jsonl"], "cortagen", ROOT / "bench" / "topics"),
    ("vesugen, blind", [QUESTIONS / "vesugen-blind.jsonl"], "vesugen", ROOT / "bench" / "topics"),
    ("dnsp-11, blind", [QUESTIONS / "dnsp-11-blind.jsonl"], "dnsp-11", ROOT / "bench" / "topics"),
    ("ecnoglutide, blind", [QUESTIONS / "ecnoglutide-blind.jsonl"], "ecnoglutide", ROOT / "bench" / "topics"),
    ("p021, blind", [QUESTIONS / "p021-blind.jsonl"], "p021", ROOT / "bench" / "topics"),
    ("tak-653, blind", [QUESTIONS / "tak-653-blind.jsonl"], "tak-653", ROOT / "bench" / "topics"),
    ("7-hydroxymitragynine, blind", [QUESTIONS / "7-hydroxymitragynine-blind.jsonl"], "7-hydroxymitragynine", ROOT / "bench" / "topics"),
    ("etizolam, blind", [QUESTIONS / "etizolam-blind.jsonl"], "etizolam", ROOT / "bench" / "topics"),
    ("sodium-oxybate, blind", [QUESTIONS / "sodium-oxybate-blind.jsonl"], "sodium-oxybate", ROOT / "bench" / "topics"),
    ("bromazolam, blind", [QUESTIONS / "bromazolam-blind.jsonl"], "bromazolam", ROOT / "bench" / "topics"),
]


def median_seconds(fn, runs=7):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def load(paths):
    return [json.loads(line) for path in paths for line in path.read_text().splitlines() if line.strip()]


def route(db, message, topic):
    """The topic and question a message asks, as the webhook reads it: no topic for a question in
    another language, which the webhook answers only with "English only"."""
    from handlers import grammar, in_another_language
    topics = ledger.directory(db)
    command = grammar.parse(message, topics)
    if in_another_language(command, message, topics):
        return None, message
    return (command.slug, command.text) if command.kind == "ask" else (topic, message)


def bm25_only(db, topic, text):
    info = ledger.require_topic(db, topic)
    index = search_index.topic_index(db, topic)
    words = matching.read_question(index, text, matching.topic_names(info)).words
    return matching.lexical(db, topic, words)


def embeddings_only(db, topic, text):
    return matching.semantic(search_index.topic_index(db, topic), embedding.embed([text])[0])


def shipped(db, topic, text):
    """What a texter gets: the answer's curated matches, in order."""
    return [(m.claim_id, m.score) for m in matching.search(db, topic, text)[0] if not m.auto]


def score(db, questions, topic, method, listed=None):
    """recall@3, MRR@10 over answerable questions; abstained / unanswerable (a ranking alone never abstains)."""
    by_claim = {c["id"]: c["source"] for c in ledger.claims(db, topic) if not c["auto"]}
    r3 = mrr = answerable = abstained = unanswerable = 0
    for q in questions:
        slug, text = route(db, q["msg"], topic)
        cited = list(dict.fromkeys(by_claim[c] for c, _ in method(db, slug, text) if c in by_claim
                                   and (listed is None or by_claim[c] in listed)))[:10] if slug == topic else []
        if q["relevant"]:
            answerable += 1
            hits = [i for i, s in enumerate(cited) if s in q["relevant"]]
            r3 += bool(hits and hits[0] < 3)
            mrr += 1 / (hits[0] + 1) if hits else 0
        else:
            unanswerable += 1
            abstained += not cited
    return r3 / answerable, mrr / answerable, abstained, unanswerable


def retrieval_table(ledgers):
    print(f"{'set':24} {'n':>5} | {'BM25 alone':^22} | {'embeddings alone':^22} | {'shipped matcher':^30}")
    print(f"{'':24} {'':>5} | {'R@3':>6} {'MRR':>6} {'':>8} | {'R@3':>6} {'MRR':>6} {'':>8} | {'R@3':>6} {'MRR':>6} {'abstained':>14}")
    listed = set(re.findall(r"\(source (s\d+)\)", SEED.read_text())) if SEED.exists() else None
    for name, files, topic, folder in SETS:
        questions = load(files)
        db = ledgers[folder]
        seed_only = listed if topic == "semax" else None
        cells = [score(db, questions, topic, method, seed_only) for method in (bm25_only, embeddings_only, shipped)]
        (b3, bm, *_), (e3, em, *_), (s3, sm, ab, un) = cells
        print(f"{name:24} {len(questions):>5} | {b3:6.3f} {bm:6.3f} {'':>8} | {e3:6.3f} {em:6.3f} {'':>8} | "
              f"{s3:6.3f} {sm:6.3f} {ab:>5}/{un:<3} {ab / max(un, 1):4.0%}")


def coverage_curve(ledgers, thresholds=(0.2, 0.25, 0.3, 0.35, 0.4, 0.5)):
    """The curve MIN_COVERAGE was read from: as the threshold moves, answerable questions with a
    right source in the top 3 against unanswerable ones that got an answer anyway (the blind set
    is left out: nothing is chosen on it)."""
    listed = set(re.findall(r"\(source (s\d+)\)", SEED.read_text())) if SEED.exists() else None
    shipped_threshold = matching.MIN_COVERAGE
    print(f"{'coverage >=':12}" + "".join(f" | {name:>24}" for name, *_ in SETS[:4]))
    for threshold in thresholds:
        matching.MIN_COVERAGE = threshold
        cells = []
        for name, files, topic, folder in SETS[:4]:
            r3, _, abstained, unanswerable = score(ledgers[folder], load(files), topic, shipped,
                                                   listed if topic == "semax" else None)
            cells.append(f"R@3 {r3:.3f}, {unanswerable - abstained:>3} wrong")
        mark = " (shipped)" if threshold == shipped_threshold else ""
        print(f"{threshold:<12.2f}" + "".join(f" | {cell:>24}" for cell in cells) + mark)
    matching.MIN_COVERAGE = shipped_threshold


def answer_times(db, questions, topic, runs=1):
    """p50 and p99 of one in-process answer (match, compose, record), over the set's questions,
    on a connection set up as a server worker's (`scale.as_worker`)."""
    times = []
    with scale.as_worker(db):
        for q in questions:
            slug, text = route(db, q["msg"], topic)
            start = time.perf_counter()
            answer.ask(db, slug, text)
            times.append(time.perf_counter() - start)
            scale.after_reply(db)
    times.sort()
    return times[len(times) // 2], times[min(len(times) - 1, int(len(times) * 0.99))]


def message_times(db, questions, topic):
    """p50 and p99 of one whole inbound message in process (`dispatch`: read against every topic's
    names, routed, answered, recorded), the topic put before a message that names none."""
    from handlers import Message, dispatch
    times = []
    with scale.as_worker(db):
        for q in questions:
            body = q["msg"] if "|" in q["msg"] or topic in q["msg"].lower() else f"{topic}|{q['msg']}"
            start = time.perf_counter()
            dispatch(db, Message(body=body, channel="sms"))
            times.append(time.perf_counter() - start)
            scale.after_reply(db)
    times.sort()
    return times[len(times) // 2], times[min(len(times) - 1, int(len(times) * 0.99))]


def scale_table(work):
    """The scale bench (bench/scale.py) at each size in $BENCH_SIZES (default 10k,100k,1m)."""
    sizes = [s.strip().lower() for s in os.environ.get("BENCH_SIZES", "10k,100k,1m").split(",") if s.strip()]
    messages = [q["msg"] for q in load(SETS[1][1])]
    print(f"\n== scale: the {scale.TOPIC} topic grown to each size (data generated under bench/cache/)")
    print("answers: every question of the fresh set once, in process (match, compose, record); verify in a"
          " fresh process;\ningest: signed pastes through the webhook, one at a time; HTTP: wrk, 2 threads,"
          " 8 connections, 10 s, 2 gunicorn workers (the Procfile's),\nsigned posts each with its own"
          " MessageSid and sender; `ledger serve`: one connection, one text at a time")
    header = (f"{'claims':>7} {'build/s':>8} | {'answer p50':>10} {'p99':>7} | {'verify':>7} {'peak':>7} |"
              f" {'+vectors':>8} {'peak':>7} | {'ingest/s':>8} {'writes/s':>8} | {'hello r/s':>9} {'webhook r/s':>11} {'ratio':>6}"
              f" {'p50':>7} {'p99':>7} | {'serve p50':>9} {'p99':>7}")
    print(header)
    by_rest = []
    for size in sizes:
        path, rate = scale.ledger_path(size)
        scratch = scale.scratch()
        try:
            copy = scale.copy_of(path, scratch)
            p50, p99 = _answer_times(copy, messages)
            _, seconds, peak = scale.verify_cost(copy, vectors=False)
            _, seconds_v, peak_v = scale.verify_cost(copy, vectors=True)
            ingest = scale.ingest_rate(copy)
            writes = scale.write_rate(copy)
            print(f"  ({size}: answers {p50 * 1000:.1f} / {p99 * 1000:.1f} ms, verify {seconds:.2f} s {peak:.0f} MB,"
                  f" with vectors {seconds_v:.1f} s {peak_v:.0f} MB, ingest {ingest:.1f}/s, writes {writes:.0f}/s)",
                  file=sys.stderr, flush=True)
            http = scale.http_measures(copy, messages, scratch)
            by_rest.append((size, http["hello"][0], scale.rest_measures(copy, messages, scratch)))
        finally:
            shutil.rmtree(scratch, ignore_errors=True)
        hello = http["hello"][0]
        hook, h50, h99 = http["webhook"] or (float("nan"),) * 3
        _, s50, s99 = http["serve"] or (float("nan"),) * 3
        print(f"{size:>7} {rate:8.0f} | {p50 * 1000:8.1f}ms {p99 * 1000:5.1f}ms | {seconds:6.2f}s {peak:5.0f}MB |"
              f" {seconds_v:7.1f}s {peak_v:5.0f}MB | {ingest:8.1f} {writes:8.0f} | {hello:9.0f} {hook:11.0f} {hook / hello:6.0%}"
              f" {h50:5.1f}ms {h99:5.0f}ms | {s50:7.1f}ms {s99:5.1f}ms", flush=True)
    if sizes:  # BENCH_SIZES= (empty) skips the generated ledgers
        print(f"(load generator: {http['load']})")
        print("\nreplies by Twilio's REST API (REPLY_BY=rest): the webhook keeps each text and answers at once;"
              " one `ledger deliver` answers\nthe backlog (replies sent a second) and then single texts (post to"
              " reply at the stand-in for Twilio, deliverer idle between texts)")
        print(f"{'claims':>7} | {'hello r/s':>9} {'accepted r/s':>12} {'ratio':>6} {'p50':>7} {'p99':>7} |"
              f" {'replies/s':>9} | {'text to reply p50':>17} {'p99':>7}")
        for size, hello, rest in by_rest:
            accepted, a50, a99 = rest["accepted"] or (float("nan"),) * 3
            r50, r99 = rest["reply"] or (float("nan"),) * 2
            print(f"{size:>7} | {hello:9.0f} {accepted:12.0f} {accepted / hello:6.0%} {a50:5.1f}ms {a99:5.1f}ms |"
                  f" {rest['answered'] or float('nan'):9.1f} | {r50:15.1f}ms {r99:5.0f}ms", flush=True)
    rates = scale.article_rate(work)
    print(f"article page GET /{scale.TOPIC} (shipped ledger), requests/s as open question nodes accumulate: "
          + ", ".join(f"{nodes:,} nodes {rate:.0f}/s" for nodes, rate in rates))


def _answer_times(copy, messages) -> tuple[float, float]:
    """(p50, p99) seconds of answering each message in process, routed first as the webhook does."""
    db = connect(str(copy))
    texts = [route(db, m, scale.TOPIC)[1] for m in messages]
    db.conn.close()
    return scale.answer_times(copy, texts)


def answers_only(sizes, runs=1):
    """Only the in-process answer times at each size (`python bench/run.py answers 100k [runs]`):
    the scale table's answer column, each run in a scratch copy of the cached ledger, without the
    rest of the bench (retrieval, verify, ingest, HTTP)."""
    messages = [q["msg"] for q in load(SETS[1][1])]
    for size in sizes:
        path, _ = scale.ledger_path(size)
        for _ in range(runs):
            work = scale.scratch()
            try:
                p50, p99 = _answer_times(scale.copy_of(path, work), messages)
            finally:
                shutil.rmtree(work, ignore_errors=True)
            print(f"{size}: answer p50 {p50 * 1000:.1f} ms, p99 {p99 * 1000:.1f} ms (load average"
                  f" {os.getloadavg()[0]:.1f})", flush=True)


def main():
    if sys.argv[1:2] == ["answers"]:
        answers_only(sys.argv[2].split(",") if len(sys.argv) > 2 else ["100k"],
                     int(sys.argv[3]) if len(sys.argv) > 3 else 1)
        return
    work = Path(tempfile.mkdtemp())
    path = str(work / "ledger.db")
    build(path)
    db = connect(path)
    blind = str(work / "blind.db")
    build(blind, data_dir=ROOT / "bench" / "topics")
    ledgers = {None: db, ROOT / "bench" / "topics": connect(blind)}

    print("== retrieval per question set (semax: the seed article's sources only)" if SEED.exists() else
          f"== retrieval per question set (no {SEED}: semax sets count every source, not the seed's only)")
    retrieval_table(ledgers)

    print("\n== the abstention curve (answered unanswerable questions = wrong)")
    coverage_curve(ledgers)

    print("\n== time to answer in-process, every question of a set once (p50 / p99)")
    for ready in ledgers.values():
        warm.ready(ready)  # as `ledger serve` readies its master before forking the workers (service.warm)
    gc.collect()
    gc.freeze()  # what is loaded by now is out of the collector's sight, as in a worker
    for name, files, topic, folder in SETS[1:4]:
        p50, p99 = answer_times(ledgers[folder], load(files), topic)
        base = median_seconds(lambda: bm25_only(db, topic, "does it help with sleep"))
        print(f"{name:24} p50 {p50 * 1000:5.1f} ms  p99 {p99 * 1000:5.1f} ms   (baseline: one BM25 query {base * 1000:5.2f} ms)")
    print("whole messages (dispatch), as the number of topics grows:")
    for name, files, topic, folder in (SETS[1], SETS[4]):
        p50, p99 = message_times(ledgers[folder], load(files), topic)
        print(f"{name:24} p50 {p50 * 1000:5.1f} ms  p99 {p99 * 1000:5.1f} ms   "
              f"({len(ledger.list_topics(ledgers[folder]))} topics in its ledger)")

    print("\n== ledger verify (median of 5)")
    for topic in ("semax", "selank", "bpc-157"):
        count = ledger.head(db, topic)[0]
        print(f"{topic:8} {count} entries: {median_seconds(lambda: chain.verify(db, topic), 5) * 1000:.0f} ms")

    scale_table(work)
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
