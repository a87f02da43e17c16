"""English event cues: ACLED sub-event types by weighted patterns, PLOVER types by trigger lemmas.

Patterns are regular expressions over the lower-cased sentence; a sentence's ACLED sub-event type is
the one whose patterns weigh most (ties go to the earlier type). Weights reflect how decisive a cue is:
a weapon names the event more surely than a verb of violence. A long alternation is written as its
list of words, joined with "|" here.
"""

# the cues of a change to an armed group itself (recruits, a merger, a new leader), and of its forces moved
GROUP_CHANGE = "|".join(["recruit", "defect", "joined", "new (?:leader|commander|group)",
                         r"\bmerg(?:e|ed|er|ing)", "formed (?:a|an) ",
                         "announced (?:its|their) (?:dissolution|formation)", "training", "graduat"])
FORCE_MOVEMENT = "|".join(["deployed", "deployment", "reinforcements", "movement of forces",
                           "security measures", "were moved", "stationed", "redeployed", "patrol",
                           r"pull(?:ed|s)? back", "relocat", "heading to", "dispatched", "reinforced",
                           "military drills", "exercises", r"mobili[sz]ed"])
ACLED_CUES = {
    "Sexual violence": [(r"\brap(?:e|ed|es|ing|ist)\b|sexual(?:ly)? (?:assault|abus|violen)|molest", 6)],
    "Chemical weapon": [(r"chemical (?:weapon|attack)|chlorine|sarin|mustard gas", 6)],
    "Suicide bomb": [(r"suicide (?:bomb|attack|vest|car)", 7)],
    "Disrupted weapons use": [
        (r"(?:defus|dismantl|disarm|neutrali[sz]|deactivat|clear)\w* "
         r"(?:an? |the |\d+ |two |three |several )?(?:improvised |unexploded |roadside )?"
         r"(?:ied|explosive|bomb|mine|landmine|device|ordnance|uxo)", 8),
        (r"shot down (?:a |an |\d+ |two |three )?(?:\S+ ){0,3}(?:drones?|missiles?|rockets?|uavs?|aircraft)"
         r"|interception", 6),
        (r"(?:found|discovered|seized|recovered|confiscated|uncovered|unearthed) (?:\S+ ){0,8}(?:"
         + "|".join(["weapons", "arms", r"ammunitions?", "grenades", "explosives", "rifles", "pistols",
                     "guns", "mortars", "mines", "ieds"])
         + r")|(?:weapons|arms|ammunition) (?:cache|depot|dump)s?", 8),
        ("|".join([r"(?:seiz|confiscat|recover|found|discover|uncover|intercept)\w* .{0,40}(?:"
                   + "|".join(["weapons", "arms", "ammunition", "rifles", "guns", "explosives",
                               "explosive devices", "cache", "ieds", "grenades", r"suspicious packages?",
                               r"bombs?"]) + ")",
                   r"packages? (?:\S+ ){0,4}intercepted", "controlled explosion", "bomb squad",
                   r"(?:stash|cache|depot|hideout)s? (?:of|used|containing) .{0,30}"
                   r"(?:arms|weapons|firearms|ammunition|explosives)",
                   r"(?:explosive devices?|arms|weapons|firearms|ammunition|bombs?|pistols|rifles|bullets|"
                   r"guns) (?:\S+ ){0,3}(?:were |was )?(?:found|discovered|seized|recovered|captured)"]), 6)],
    "Air/drone strike": [("|".join([r"air ?strikes?", r"airstrikes?", r"air raids?",
                                    r"drone (?:strike|attack)s?", r"warplanes?", r"fighter jets?",
                                    r"helicopter gunships?", r"aerial (?:bombardment|attack)",
                                    "bombed from the air", "uav"]), 6)],
    "Grenade": [(r"(?<!smoke )(?<!stun )grenades?(?! launcher)", 6)],
    "Remote explosive/landmine/IED": [
        ("|".join([r"\bieds?\b", "improvised explosive", r"land ?mines?", "roadside bomb", "explosive device",
                   "car bomb", "vbied", r"bomb (?:exploded|blast|went off)", "explosion", "detonat",
                   r"\bmine\b", r"remote(?:ly)?[- ](?:detonated |controlled )?(?:explosive|bomb|device)",
                   r"(?:bomb|explosives?|device|grenade) (?:\S+ ){0,6}(?:exploded|went off|blew up)",
                   r"\bblast\b"]), 5)],
    "Shelling/artillery/missile attack": [
        ("|".join([r"shell(?:ed|ing|s)\b", "artillery", r"mortars?",
                   r"(?:missiles?|rockets?)(?! (?:"
                   + "|".join([r"tests?", "testing", r"launch\w*", r"programs?", r"programmes?",
                               "development", r"defen[cs]e", r"systems?", "technology", "capabilit"]) + "))",
                   "mlrs", "tank fire", "bombard"]), 5),
        (r"fired (?:\S+ ){0,3}(?:grenade launchers?|heavy machine ?guns?|anti-tank|recoilless|artillery|"
         r"mortars?|rockets?|missiles?)", 6)],
    "Government regains territory": [
        (r"(?:government|regime|army|security|state|federal|national) (?:\S+ ){0,3}"
         r"(?:forces|troops|army|soldiers) (?:\S+ ){0,4}"
         r"(?:seized|took|regained|captured|freed|liberated|retook|recaptured)", 7),
        (r"(?:army|troops|soldiers|forces) (?:\S+ ){0,3}(?:drove|pushed|cleared|expelled) "
         r"(?:\S+ ){0,4}(?:out|back|from)\b", 7),
        ("|".join(["recaptur", r"regain(?:ed)? control", "retook", r"re-?took",
                   r"recovered the (?:regions?|areas?|town|village|city|territory)",
                   r"(?:ground|territory|control) (?:was|were|has been) regained",
                   r"regained (?:\S+ ){0,2}(?:ground|territory|areas?)",
                   r"liberat(?:ed|ion) (?:of )?(?:the )?(?:town|village|city|area)"]), 6)],
    "Non-state actor overtakes territory": [
        ("|".join([r"(?:took|seized|captured|taken) (?:full )?control (?:of|over)", "overran",
                   r"captured (?:a|the) (?:town|village|city|district|base)", "gained ground",
                   r"fell to (?:the )?(?:militants|rebels|insurgents|taliban|jihadists)"]), 5),
        (r"(?:militants|rebels|insurgents|taliban|shabaab|jihadists|fighters) (?:\S+ ){0,2}"
         r"(?:recaptured|captured|seized|took over|overran) (?:the |a |an )?(?:\S+ )?(?:"
         + "|".join(["town", "village", "city", "district", "area", "base", "territory", "control",
                     "locality", "province", "region", "county"]) + ")", 8)],
    "Abduction/forced disappearance": [
        (r"abduct|kidnap|hostage|forcibly disappeared|went missing|(?:took|taken) away", 6)],
    "Armed clash": [
        (r"(?:attacked|ambushed|fired (?:at|on)|killed|shot dead|shot|targeted) (?:\S+ ){0,6}(?:"
         + "|".join([r"soldiers?", "troops", r"policem[ae]n", r"police officers?", "commander", "militants",
                     "fighters", "rebels", "insurgents", r"militiam[ae]n", "army", "military", "taliban",
                     "forces", "positions", "base", "terrorists", "jihadists", "bandits", r"headquarters?",
                     "garrison", "outpost"]) + ")", 4),
        (r"(?:soldiers?|troops|fighters|militants|militiam[ae]n|policem[ae]n|police officers?|commander|"
         r"rebels|insurgents|guards?) (?:\S+ ){0,3}(?:were|was) (?:\S+ )?(?:killed|shot|wounded|injured)", 4),
        (r"(?:operation|offensive|raid|assault)s? against (?:\S+ ){0,3}"
         r"(?:militants|rebels|insurgents|fighters|terrorists|jihadists|militia|gunmen|bandits)", 4),
        (r"gunfire|gun ?fight|shoot-?out|repell?ed|(?:attack|assault|raid)s? (?:on|against|targeting) "
         r"(?:a |an |the )?(?:\S+ )?(?:police|military|army|checkpoint|base|post|station|position|camp)", 3),
        ("|".join([r"clash(?:ed|es)?\b", r"exchange(?:d)? (?:of )?fire", r"gun ?battle", "fought", "fighting",
                   "firefight", "engaged", "ambush"]), 4),
        (r"(?:shots|bursts(?: of fire)?|projectiles) (?:\S+ ){0,3}involving|"
         r"downed (?:a |an |\d+ |two )?(?:\S+ ){0,2}(?:helicopters?|planes?|aircraft|jets?)|"
         r"(?:operation|offensive) (?:\S+ ){0,2}against (?:the )?(?:\S+ ){0,2}"
         r"(?:military|army|forces|troops|positions)", 5),
        (r"attack(?:ed|s)? (?:on |an? |the )?(?:\S+ )?(?:"
         + "|".join(["military", "army", "police", "security", "checkpoint", "base", "post", "position",
                     "barracks", "convoy", "patrol", r"headquarters?", "garrison", "outpost"]) + ")", 4)],
    "Attack": [
        (r"\b(?:" + "|".join(["killed", "shot dead", "shot and killed", "murdered", "stabbed", r"beat(?:en)?",
                              "tortured", "assaulted", "executed", "beheaded", "strangled", "lynched",
                              "hacked",
                              "burned alive",
                              r"opened fire (?:on|inside|at|towards?)", "shot at", "wounded", "injured",
                              "attacked", "killing", "shooting", r"gun attacks?", r"left (?:\S+ ){0,4}dead"])
         + r")\b", 3),
        (r"fired (?:\S+ ){0,3}(?:at|on|towards?)\b|sniper fire|shot (?:against|towards?|into)\b|drive-by", 3),
        ("|".join([r"civilians?", r"villagers?", r"residents?", r"farmers?", "women", r"child(?:ren)?",
                   r"teachers?", r"students?", r"journalists?", r"worshippers?", r"passengers?", r"herders?",
                   r"a man\b", r"a woman\b", r"a boy\b", r"a girl\b", "a (?:local|former)"]), 1)],
    "Mob violence": [
        (r"(?:beaten|attacked|killed|lynched|stoned|assaulted) (?:\S+ ){0,3}by "
         r"(?:residents|locals|villagers|a mob|a crowd|settlers|youths)\b|(?:"
         + "|".join(["residents", "locals", "pedestrians", "passers-by", "villagers", "settlers",
                     "supporters", "youths", "mob", "crowd"])
         + r") (?:\S+ ){0,5}(?:attacked|assaulted|beat|lynched|killed|stoned|clashed|fought)"
         r"|fought each other", 5),
        ("|".join([r"\bmob\b", "lynch", "vigilante", "angry (?:crowd|residents)",
                   r"(?:communal|factional|inter-?communal|tribal|land|family) (?:clash|dispute|violence)",
                   "between (?:two|rival) (?:groups|families|clans|communities)", "altercation",
                   r"rioters?\b"]), 4)],
    "Violent demonstration": [
        ("|".join([r"rioters?", r"(?<![-\w])riots?\b",  # not "patriots", "anti-riot"
                   r"thr(?:ew|ow|ows|owing|own) (?:\S+ ){0,2}"
                   r"(?:stones|rocks|bottles|bricks|eggs|petrol|molotov|fire ?bombs?)",
                   "molotov", r"petrol bombs?", r"hurl(?:ed|ing)", "pelted", r"stone-?pelting",
                   "set (?:fire|ablaze)", "torched", r"burn(?:ed|ing|t) (?:tyres|tires)", r"vandali[sz]",
                   r"barricad(?:e|es|ed|ing)\b", r"clash(?:ed)? with (?:the )?police",
                   "violent (?:protest|demonstration)",
                   r"clash(?:es)? (?:between|with) (?:\S+ ){0,3}(?:protesters|demonstrators)",
                   r"(?:protesters|demonstrators) (?:\S+ ){0,3}clashed",
                   r"aggressive (?:protests?|demonstrations?)",
                   r"(?:protests?|demonstrations?|rall(?:y|ies)) (?:\S+ ){0,3}turn(?:ed|s)? "
                   r"(?:\S+ )?violent"]),
         5)],
    "Excessive force against protesters": [
        (r"violently (?:suppress|disperse|crush)\w* (?:a |the )?(?:\S+ ){0,2}(?:protest|demonstration|rally)"
         r"|excessive force|opened fire on (?:\S+ )?(?:protesters|demonstrators)", 8),
        (r"(?:killed|shot dead|live (?:ammunition|fire|bullets|rounds)|brutally).{0,60}"
         r"(?:protest|demonstrators|(?:peaceful|student) demonstrations?)|"
         r"(?:protesters|demonstrators).{0,60}(?:were|was) (?:killed|shot dead)", 7)],
    "Protest with intervention": [
        (r"suppress\w* (?:\S+ )?(?:peaceful )?(?:protest|demonstration|rally|march)|crack(?:ed)? down on|"
         r"broke up (?:a |the )?(?:protest|demonstration|rally)", 5),
        (r"(?:police|security forces|officers|gendarmes|soldiers).{0,100}(?:"
         + "|".join(["dispers", "interven", "arrest", "detain", "tear ?gas", "water cannon", "rubber bullets",
                     "baton", "beat", "broke up"])
         + ")|tear ?gas|water cannon|rubber bullets", 4)],
    "Peaceful protest": [
        ("|".join(["protest", "demonstrat", r"rall(?:y|ied|ies)", r"(?<!\d )march(?:ed|es)?\b(?! \d)",
                   "marchers", "gathered", "sit-in", "sit in", "picket", r"strike\b", "went on strike",
                   r"block(?:ed|ing|ade)?\b", "boycott", "vigil", "petition", "chanted",
                   "(?:held|carrying|displayed) (?:a |the )?(?:banners?|placards?|signs)",
                   "press conference with (?:a |the )?banners?", "took (?:to )?the streets",
                   "stood on the road",
                   # an occupation, a gathering or a procession of people ("three activists occupied the
                   # forest", "people assembled in Heerlen", "a torchlight procession")
                   r"(?:activists|students|workers|employees|members|protesters|residents|people|farmers|"
                   r"locals|villagers) (?:\S+ ){0,3}occupied", r"\bassembled\b", r"processions?\b"]), 3)],
    "Arrests": [
        (r"(?<!the )(?:arrested|detained)|\bdetain\b|\barrests? (?:of|\d)|apprehended|taken into custody|"
         # "were held by the army", not "the march was held by a group": held by those who hold people
         r"rounded up|(?:was|were) held (?:in custody|captive|hostage|incommunicado|without|by (?:the )?"
         r"(?:police|army|military|security|soldiers|troops|forces|authorities|militants|gunmen))|"
         r"held (?:\S+ ){0,2}(?:migrants|suspects|people|persons|men|women)\b", 4)],
    "Looting/property destruction": [
        (r"loot|plunder|ransack|vandali[sz]|sabotag|property destruction|"
         r"(?:burn(?:ed|t)|set fire to|set ablaze|torched|destroy(?:ed)?|demolish(?:ed)?|razed|"
         r"damag(?:ed|ing)) "
         r"(?:\S+ ){0,3}(?:"
         + "|".join([r"houses?", r"antennas?", r"homes?", r"shops?", "property", "properties", r"vehicles?",
                     r"buildings?", "crops", "market", "office", "school", "church", "mosque", r"huts?",
                     "equipment", "machinery", r"trucks?", r"cars?", r"lands?", r"fields?", r"farms?",
                     r"dwellings?", "butchery", r"stores?"]) + ")", 4)],
    "Agreement": [(r"\bagreements?\b|ceasefire|cease-fire|truce|peace (?:deal|accord|talks)|"
                   r"signed (?:a|an|the)", 4)],
    "Headquarters or base established": [
        (r"(?:establish\w*|set up|built|set-up|creat\w*) (?:a |an |their |its )?(?:new )?(?:\w+ )?"
         r"(?:base|headquarters|camp|position|checkpoint|post|outpost)", 6)],
    "Non-violent transfer of territory": [
        (r"withdr[ae]w from|handed over|took over .{0,40}without (?:a )?(?:fight|resistance)|"
         r"peacefully (?:took|entered)", 5)],
    "Change to group/activity": [(GROUP_CHANGE + "|" + FORCE_MOVEMENT, 3),
        (r"surrender", 4)],
    "Other": [
        (r"imposed (?:a )?(?:curfew|tax|ban)|forced to flee|displace|cut off|shut down|bomb threats?|"
         r"(?<!diplomatic )(?:expel\w*|expulsions?)\b"
         r"(?! (?:\S+ ){0,4}(?:diplomat|ambassador|embass|envoy|consul))|"
         r"sealed off|land seizure|seized (?:\S+ ){0,2}(?:land|houses?|property)", 3),
        (r"non-violent activity|chased away|threaten|warned|extort|patrol", 2)],
}
# words that make a protest or a clash read otherwise
# a funeral or a commemoration held with no claim: none read, as ACLED's notes code commemorations as
# protests
CEREMONY = r"(?!)"
PROTEST_CLAIMS = r"protest|demand|against"
PEACEFUL_CONTEXT = r"protest|demonstrat|rall(?:y|ied|ies)|march|sit-in|strike"
# event types the violence cues of "Attack" need to be the answer: victims that are not fighters
# the cues of a change to an armed group need no one armed named in the article: ACLED's notes name the group
# by its own name ("Preparedness Team held a recruitment meeting")
GROUP_CHANGE_NEEDS_ARMED = False
# forces moved need no army named: ACLED's notes code police deployed and checkpoints set up ("Security
# measures: ... police and military checkpoints")
MOVEMENT_NEEDS_WAR = False
ARMED_ACTORS = "|".join(["soldiers", "troops", "army", "military", "militants", "fighters", "rebels",
                         "insurgents", "forces", "police", "gunmen", "militia", "jihadists"])
# the armed actors of a war, not the police: where none is named, the mortars of rioters are fireworks
MILITARY_ACTORS = r"\b(?:" + "|".join(["soldiers?", "troops?", "army", "military", "militants?",
                                       "fighters?", "rebels?", "insurgents?", "forces", "gunmen", "militias?",
                                       "jihadists?", "artillery", "shell\\w*", "missiles?",
                                       "rockets?"]) + r")\b"
# the stems of violence done to someone: victims named with none of them are not attacked (the stems of
# every language are read together, see veille/extractors/events.py)
VIOLENCE_DONE = ["kill", "shot", "shoot", r"fired?\b", "sniper", "murder", "stab", "beat", "tortur", "attack",
                 "assault", "execut", "behead", "lynch", "hack", "burn", "wound", "injur", "assassin"]

# the infinitive endings of trigger verbs whose present form the lemmatizer may leave as the lemma, with the
# form's ending (none seen in English)
VERB_FORM_LEMMAS: dict[str, str] = {}

# PLOVER types by trigger lemma (for what ACLED does not code: diplomacy, words, aid)
PLOVER_TRIGGERS = {
    "ACCUSE": {"accuse", "blame", "condemn", "denounce", "criticize", "criticise", "allege", "react",
               "suspect", "indict", "open", "launch"},
    "REJECT": {"reject", "refuse", "deny", "dismiss", "veto", "oppose", "decline"},
    "REQUEST": {"urge", "demand", "appeal", "request", "ask", "call", "press", "implore", "beg"},
    "CONSULT": {"meet", "visit", "host", "receive", "discuss", "talk", "negotiate", "consult"},
    "AGREE": {"agree", "sign", "accept", "approve", "endorse"},
    "SUPPORT": {"support", "praise", "welcome", "back", "honour", "honor", "congratulate", "endorse",
                # support voiced: "expressed its solidarity", "offered his condolences"
                "express", "offer", "extend", "voice", "convey", "reaffirm"},
    "THREATEN": {"threaten", "warn", "vow"},
    "SANCTION": {"sanction", "expel", "suspend", "boycott", "embargo", "freeze"},
    "CONCEDE": {"concede", "apologize", "apologise", "resign", "release", "free", "pardon", "ease"},
    "MOBILIZE": {"deploy", "mobilize", "mobilise", "reinforce", "dispatch", "mass", "redeploy", "station",
                 "establish"},
    "AID": {"aid", "help", "train", "assist", "supply", "donate", "evacuate", "rescue"},
    "RETREAT": {"withdraw", "retreat", "pull", "evacuate", "reduce"},
    "COOPERATE": {"cooperate", "collaborate", "partner", "ally"},
    "COERCE": {"arrest", "detain", "ban", "prohibit", "seize", "confiscate", "raid", "expel", "impose",
               "jail", "imprison", "sentence", "deport", "censor", "block",
               # a measure decreed on people: "ordered a lockdown", "tightened the curfew"
               "order", "decree", "tighten", "proclaim"},
    "ASSAULT": {"attack", "kill", "shoot", "bomb", "shell", "strike", "stab", "clash", "fight", "ambush",
                "capture", "invade", "assault", "abduct", "kidnap", "massacre", "execute", "torture", "rape",
                "loot", "burn", "explode", "detonate", "destroy", "raze", "recapture", "retake", "regain",
                "overrun", "torch", "murder", "assassinate", "strangle", "behead", "lynch", "slaughter",
                "ram"},
    "PROTEST": {"protest", "demonstrate", "rally", "march", "riot", "picket", "boycott"},
}
# verbs of praise with another sense, which praise only an object of praise (none in English: "praise" has
# no other)
PRAISE_ONLY_VERBS: set[str] = set()
PRAISED_NOUNS: set[str] = set()
THANKS_ONLY_VERBS: set[str] = set()
THANKS_CASES: set[str] = set()
# adjectives that name an event of their subject: "the leader said he was sorry"
EVENT_ADJECTIVES = {"sorry": "CONCEDE"}
# no verb of English changes type when reflexive
REFLEXIVE_TYPES: dict[str, tuple[str, str]] = {}
# nouns that name an event on their own ("the offensive", "an air strike")
EVENT_NOUNS = {
    "protest": "PROTEST", "demonstration": "PROTEST", "rally": "PROTEST", "riot": "PROTEST",
    "gathering": "PROTEST",
    "strike": "ASSAULT", "airstrike": "ASSAULT", "attack": "ASSAULT", "offensive": "ASSAULT",
    "clash": "ASSAULT", "bombing": "ASSAULT", "explosion": "ASSAULT", "ambush": "ASSAULT", "arrest": "COERCE",
    "deployment": "MOBILIZE", "ceasefire": "AGREE", "agreement": "AGREE", "talks": "CONSULT",
    "meeting": "CONSULT", "visit": "CONSULT", "sanctions": "SANCTION",
    # the doer of an attack is its trace ("the assailant was shot"), not a team's "attacker"
    "assailant": "ASSAULT",
}
# English has no reflexive clitic that turns a verb of violence into another verb
REFLEXIVE_CLITICS: set[str] = set()
# a verb by which one blows oneself up, with a causative in French only: "blew himself up"
SELF_BLAST_VERBS = {"blow"}
SELF_BLAST_CAUSATIVES: set[str] = set()
# the word after which a dependent of the event names its agent: "attacked by rebels"
AGENT_PREPOSITIONS = {"by"}
# the word after which a place names a party to the event, not where it was: "a clash with China"
PARTNER_PREPOSITIONS = {"with"}
# the nouns of places of care: a place named as theirs is where the wounded were cared for
# ("a hospital in Leeds")
# the posts and movements of armed men: an attack on one is a fight with them
# ("attacked government positions", "a military convoy")
# the words by which armed men are off their post, whom an attack on is violence against civilians
# ("an off-duty policeman", "a former soldier")
OFF_DUTY_WORDS = {"off-duty", "off", "former", "retired", "ex"}
# ... and, in a text, such men named: violence on them read as a clash is an attack on civilians
OFF_DUTY_VICTIMS = (r"\b(?:off[- ]duty|former|retired|ex-)\s*(?:\S+\s+){0,2}"
                    r"(?:police|policem[ae]n|officers?|soldiers?|members?|guards?|servicem[ae]n)")
ARMED_SITES = {"position", "positions", "post", "outpost", "checkpoint", "base", "camp", "barracks",
               "convoy", "patrol"}
CARE_NOUNS = {"hospital", "hospitals", "clinic", "infirmary"}
# ... and the verbs of dying or of care that say so ("died at the hospital", "taken to a hospital in Leeds")
CARE_VERBS = {"die", "succumb", "treat", "take", "rush", "hospitalize", "hospitalise", "admit",
              "transfer", "evacuate", "airlift", "fly"}
# the words after which an event's noun names the event a deed was done in: "killed in the attack of May 2"
DURING_PREPOSITIONS = {"in", "during"}
# the words that open an infinitive of another deed, whose places are not the event's: none in
# English, where "to" also opens the deed's own purpose
OTHER_DEED_MARKS: set[str] = set()
# no determiner is read between a quotation mark and a word in scare quotes
SCARE_QUOTE_DETERMINERS: list[str] = []
# modality cues
NEGATIONS = {"not", "n't", "never", "no"}
# verbs of carrying, holding or hiding: a weapon they take is no attack ("carrying knives and mortars")
CARRY_VERBS = {"carry", "transport", "possess", "hold", "hide", "conceal", "store", "have", "stash",
               "smuggle"}
DENIALS = {"deny", "refute", "reject"}
PLANNING = {"plan", "prepare", "intend", "aim", "threaten", "vow", "expect", "schedule", "want", "seek",
            "promise"}
POSSIBILITY = {"could", "may", "might", "possible", "possibly", "likely"}
HYPOTHETICAL = {"if", "unless"}
FUTURE_AUXILIARIES = {"will", "shall", "'ll"}
# the auxiliaries of the past perfect ("had been killed"): a deed told as done before the time of its
# clause, a happening told again
PAST_PERFECT_AUXILIARIES = {"had", "'d"}
# prepositions that put the happening their noun names before the clause ("after the killing of ...")
RETOLD_MARKS = {"after", "since"}
KILL_VERBS = {"kill", "die", "shoot", "murder", "execute", "massacre", "behead", "lynch", "slay", "perish"}
SINGULAR_VICTIM = r"\b(?:a|an|one)\b"
# roads barricaded with burning tyres: a violent demonstration even when no protest is named
ROAD_BARRICADES = r"barricad\w* (?:\S+ ){0,4}(?:roads?|streets?|highways?)|burn\w* (?:tyres|tires)"
RIOT_CONTEXT = "|".join([r"rioters?", "demonstrat", "protest", r"\bmob\b", "locals", "residents", "villagers",
                         "communal", "supporters", "youths", "students"])
BEFORE = {"before", "ahead"}
# an accident is not political violence: no ACLED event unless armed actors or an attack are named
ACCIDENT = r"\b(?:" + "|".join([
    "accident", "accidental", "gas leak", r"leak(?:ed|s)?", "transformer",
    r"(?:tank|boiler|pipeline|plant)\b.{0,30}explo\w*", "gas (?:cylinder|container|explosion|tank)",
    "cooking gas", "fire broke out", r"crash(?:ed)?", "collided", r"derail\w*", "short circuit", "lightning",
    "earthquake", r"floods?", r"storms?", "hurricane", "cyclone", "landslide", "tsunami", "torrential",
    "wildfire", "heatwave", "avalanche", r"snow(?:fall|storm)?", "heavy rains"]) + r")\b"
# the nouns that name an accident, in a headline the news itself ("train crash", "oil spill"), and the words
# that say someone died in one ("dies in accident"): no one's deed
# the words that open the phrase of what a deed happened in ("killed in the crash", "during the fire")
CIRCUMSTANCE_PREPOSITIONS = {"in", "during"}
ACCIDENT_NOUNS = r"\b(?:" + "|".join([
    r"(?:train|rail|road|car|bus|plane|air|traffic|industrial|nuclear|mining) (?:accident|crash|disaster)s?",
    r"oil spills?", r"derailments?", r"shipwrecks?", r"(?:engine|boiler|tank) (?:explosion|blast)s?",
    # a death or a wound the headline says is an accident's: "French soldier dies in accident in Mali"
    r"(?:dies|die|died|dead|killed|injured|hurt) (?:\S+ ){0,2}in (?:an? )?accident"]) \
    + r")\b"
# the words of a game and its play: a word of fighting in their sentence is a move ("a strike from the
# midfielder", "the champion's final attack")
SPORT_WORDS = r"\b(?:" + "|".join([
    "match", "matches", "goalkeeper", "midfielder", "striker", "penalty", "free kick", "corner kick",
    "football", "soccer", "rugby", "tennis", "basketball", "league", "tournament", "half-time", "referee",
    "teammates?", "semi-final"]) + r")\b"
# the words of fighting that figure a move of play in a game ("a strike", "the final attack"), nouns
# only: a verb may be done to someone ("hit the referee")
SPORT_MOVES = {"strike", "attack", "assault", "offensive", "counter-attack", "battle", "duel"}
# the parties whose fights are of words: political parties, teams, show business, media ("the singer attacks
# his producer", "the club attacks the league")
FIGURE_PARTIES = {"party", "club", "team", "singer", "actor", "actress", "comedian", "host", "rapper",
                  "director", "producer", "star", "celebrity", "newspaper", "channel", "magazine",
                  "presenter", "influencer", "youtuber", "writer", "novelist"}
# no English word of protest is also an adjective or a noun of another sense
MANIFEST_FORMS: set[str] = set()
# things shown, or a show, whose gatherings and parades are no protest where no claim is voiced ("forty
# models paraded", "a rally of vintage cars", "fashion shows", "thousands of fans gathered"), and the words
# of a claim
SHOW_WORDS = r"\b(?:" + "|".join([
    r"vehicles?", r"cars?", r"motorcycles?", r"car models?", r"fashion models?", "vintage", r"motor shows?",
    r"car fairs?", r"trade fairs?", r"exhibitions?", r"fashion shows?", r"fashion weeks?", "catwalk",
    "runway", r"fashion designers?", r"carnivals?", r"pilgrimages?", r"pilgrims?", "fans"]) + r")\b"
SHOW_GATHERINGS = {"rally", "parade", "gathering", "gather"}
CLAIM_WORDS = (r"demand|denounc|\bagainst\b|slogans?|placards?|banners?|anger|angry|protesters|"
               r"strik|opponent|chant")
# what stands between two places of a list: a comma, "and" or "or", with "as well as", a preposition or a
# region in parentheses besides ("in Boston, New York and in Chicago"; not "from Harlem to Manhattan")
PLACE_LIST_GAP = (r"(?:\s*\([^()]{1,40}\))?\s*(?:,|\band\b|\bor\b)\s*(?:\b(?:also|as well as)\b\s*)?"
                  r"(?:\b(?:in|at)\b\s*)?(?:\bthe\b\s*)?")
# the prepositions of where things are, before a place of a list
WHERE_PREPOSITIONS = {"in", "at"}
# the verbs of regret that also count the dead (none in English: "deplored the deaths" blames)
TOLL_KEEPING_VERBS: set[str] = set()
# the nouns of a blow and what links them to their means (none in English: "a blow to" is a figure the idioms
# catch)
BLOW_NOUNS: set[str] = set()
BLOW_LINKS: set[str] = set()
BLOW_MEANS: set[str] = set()
# the verbs of backing whose participle, describing a noun, tells a standing bond ("backed by Iran")
BACKING_VERBS = {"back", "support", "aid", "fund", "arm"}
# the verbs of a plea, a request only where they plead for something ("pleaded for a ceasefire"), and the
# words of what is pleaded for
PLEA_VERBS = {"plead"}
PLEA_WORDS = {"for"}
# the words of a gathering, a protest only where its sentence or the next voices a claim, it gathers for a
# purpose, its own phrases name a cause, or the article tells of protest ("300 dancers gathered on the
# square", "residents gathered on the beach" are none); the words of such a claim; the words that tell of
# protest anywhere
GATHERING_WORDS = {"gather", "gathering", "parade", "assemble"}
GATHERING_CLAIMS = (r"demand|denounc|slogans?|placards?|banners?|anger|angry|protest|demonstrat|strik|"
                    r"opponent|chant|tribute|vigil|activists?|unions?|support")
# the prepositions of a gathering's cause ("against the reform", "for fair pay")
CAUSE_CASES = {"against", "for"}
# the words that open the purpose of a gathering
PURPOSE_MARKS = {"to"}
PROTEST_TALK = r"protest|demonstrat|slogans?|placards?|banners?|strikers?|sit-in"
# the nouns of a strike, and the nouns that name it as a right ("the right to strike"): policy talk, no
# strike
STRIKE_NOUNS = {"strike", "strikes", "walkout"}
# a coup: the verbs that overthrow a ruler, and the rulers they overthrow ("soldiers overthrew the
# president"): a force's coercion, no assault
OVERTHROW_VERBS = {"overthrow", "topple", "oust", "depose"}
RULER_NOUNS = {"president", "government", "regime", "leader", "king", "monarch", "junta", "minister"}
# the nouns of a campaign of violence over years, no one datable happening: an event told only by them
# takes no ACLED type ("the civil war"); its days' clashes are ACLED's events. Not "offensive": ACLED's own
# notes name a day's clash so ("engaged in an offensive near Avdiivka")
CAMPAIGN_NOUNS = {"war", "wars", "insurgency", "campaign", "campaigns"}
STRIKE_FRAME_NOUNS = {"right", "rights", "freedom", "ban"}
# the words that take a strike to the street: a march, a rally, a picket, a blockade, an occupation, and
# the strikes for the climate, which are rallies
STRIKE_DEMONSTRATION = (r"demonstrat|\bmarch(?:ed|es|ing)?\b|\brall(?:y|ied|ies)\b|picket|blockad|sit-in|"
                        r"protest|occup|took over|climate")
# whether violence in an article that names no military, political or organised group is ordinary crime: not
# in English, whose input here is ACLED's notes, each an event it coded ("a group of locals killed a thief")
CRIME_NEEDS_NO_GROUP = False
# a state's armed forces ("Iraqi forces", "security forces"), not the police
# and its officers by their rank after an article ("the general", not "in general", "attorney general")
ARMED_FORCES = (r"\bforces\b(?! of law and order)|"
                r"\b(?:the|a) (?:general|colonel|sergeant|corporal|admiral)\b")
# the weapons of war and terror: an explosion or a clash with one is no figure nor accident ("a bomb")
# the words of an accident that name no cause, which a lead naming bombs does not make an accident's
WEAK_ACCIDENT_WORDS = {"incident"}
WAR_WEAPONS = (r"\b(?:bombs?|explosives?|grenades?|booby-trapped|suicide bombers?|kalashnikovs?|"
               r"assault rifles?)\b")
# the police by its officers: violence they suffer or do is no private crime ("a police officer was attacked")
POLICE = r"\b(?:police|policem[ae]n|officers?|troopers?|deput(?:y|ies))\b"
# a mine that is dug, not laid: "a gold mine", "the mining sector", "miners"
MINERALS = ["gold", "copper", "coal", "iron", "uranium", "diamond", "cobalt", "lithium", "salt", "silver",
            "tin", "zinc", "nickel", "bauxite", "phosphate", "coltan", "manganese", "platinum", "potash"]
MINING = r"\b(?:" + "|".join(MINERALS) + r") mines?\b|\bmines? of (?:" + "|".join(MINERALS) + r")\b|" \
    r"\bmining\b|\bminers?\b"
# words of help after a disaster: troops sent there are relief, not a change to armed activity
RELIEF = r"\b(?:help|rescue|relief|evacuat\w*|aid|trapped|victims)\b"
# words before a date that make it a bound, not the day an event happened
TIME_BOUNDS = r"\b(?:until|till|since|by|before|after|from|prior to)\s+(?:the\s+)?$"
TIME_BOUNDS_INSIDE = r"(?:until|till|since|by|before|after|from|prior to)\b"
# words that date a sentence by the time the sentence before it gives ("Her son was then in a coma")
TIME_THEN = r"\b(?:then|at the time|at that time|that day|that night|that evening)\b"
# a lapse before the event's noun phrase: "two days after the attack"
TIME_AFTER = r"\s+after\s+"
# verbs of a state, not a happening: an article whose lead's main verb is one tells no happening ("the
# French are the champions", "hopes to win")
STATE_VERBS = {"be", "have", "seem", "appear", "remain", "stay", "exist", "represent", "mean", "constitute",
               "hope", "wish"}
# modal verbs: what they govern may be, is not told as done ("must present on Thursday")
MODAL_VERBS = {"must", "can", "could", "may", "might", "should", "would", "shall", "will"}
# verbs that carry another's happening as done: "began to shoot", "managed to flee"
LIGHT_VERBS = {"begin", "start", "continue", "finish", "manage"}
# verbs of killing whose subject is the dead ("three soldiers died"), and those that may only wound ("shot
# and injured"): these count the dead only with a word of death ("shot dead", "shot and killed")
DYING_VERBS = {"die", "perish"}
MAY_WOUND_VERBS = {"shoot"}
DEAD_WORDS = {"dead"}
# the nouns of a toll as such: "7 fatalities", "12 dead" (not "three soldiers killed")
TOLL_NOUNS = {"fatalities", "fatality", "dead", "deaths", "death", "killed"}
# a toll raised to a figure: "bringing the number of dead to seven" (the word before the figure, the noun
# it counts)
TOLL_RAISED_TO = {"to"}
TOLL_COUNT_NOUNS = {"number", "toll"}
# the nouns of the harmed, dead or alive: as many of them as the wounded
# counted are those ("two wounded ... The two victims")
VICTIM_NOUNS = {"victim", "victims"}
# the words of a total that one happening may make its own: "the raid killed nine people in total"
TOTAL_WORDS = {"in total", "in all"}
# words around a toll that make it the sum of many events, not one's: "100,000 dead since 2011"
CUMULATIVE_TOLLS = r"\b(?:since|in total|altogether|so far|thus far|to date|over the (?:past|last)|" \
    r"in recent (?:years|months|weeks)|" \
    r"cumulative|worldwide|globally|(?:around|across|in) the world)\b"
# a verb that takes lives with a noun of life as its object: "claimed the lives of four", "cost two people
# their lives"
LIFE_VERBS = {"cost", "claim", "take"}
LIFE_NOUNS = {"life", "lives"}
# verbs by which the news of an event is given or learnt: a date on one is the report's ("police said on
# Saturday", "it was learnt on Monday"), taken last
# the nouns of the day after or before an event, with the days from the date of their sentence to the event
# (English says "the day after": two words, none read)
DAY_SHIFT_NOUNS: dict[str, int] = {}
REPORT_VERBS = {"learn", "announce", "report", "say", "tell", "confirm", "state", "reveal", "indicate",
                "explain"}
# the nouns of a long strife or scourge whose toll is no one event's: "a conflict that has killed 8 million",
# "the dead of the Second World War"
WAR_NOUNS = {"war", "conflict", "insurgency", "rebellion", "genocide", "occupation", "dictatorship",
             "epidemic", "pandemic"}
# diseases, epidemics and natural causes: what they kill or hit ("the virus killed", "hit by the pandemic",
# "deaths from the flu") is no event of violence
DISEASE_NOUNS = {"epidemic", "pandemic", "virus", "coronavirus", "covid", "covid-19", "flu", "influenza",
                 "disease", "illness", "cancer", "heatwave", "cholera", "malaria", "measles", "tuberculosis",
                 "aids", "infection", "fever", "famine", "drought", "heat", "cold", "variant", "outbreak"}
# verbs by which a disease hits a country ("the hardest-hit country"): in an article whose lead tells an
# epidemic, one of them with no one armed in its sentence is the epidemic's
HIT_VERBS = {"hit", "strike", "ravage", "devastate", "affect", "decimate"}
# the subjects of a verb of violence that make it a figure of rise ("prices exploded", "sales have
# exploded"): prices, numbers, figures, rates, sales, demand
FIGURE_SUBJECTS = {"price", "prices", "cost", "costs", "fare", "rent", "bill", "number", "numbers", "figure",
                   "figures", "rate", "rates", "sale", "sales", "demand", "consumption", "production", "case",
                   "cases", "debt", "deficit", "spending", "budget", "revenue", "profit", "profits",
                   "audience", "order", "orders", "market", "stock", "stocks", "share", "shares", "value",
                   "inflation", "unemployment", "index", "traffic", "volume", "subscription", "enrollment"}
# the verbs of bursting that such a subject makes a rise
RISE_VERBS = {"explode", "blow", "burst", "skyrocket", "soar", "detonate"}
# light verbs that name an event only with one of these words in their phrase: "pay tribute", "call for"
SUPPORT_VOICED = {"support", "solidarity", "condolences", "sympathy", "sympathies", "gratitude", "confidence",
                  "admiration", "congratulations"}
MEASURES_DECREED = {"lockdown", "lockdowns", "curfew", "emergency", "quarantine", "closure", "shutdown",
                    "blockade", "ban"}
TRIGGER_COMPLEMENTS = {
    "pay": {"tribute", "homage"},
    **{verb: SUPPORT_VOICED for verb in ("express", "offer", "extend", "voice", "convey", "reaffirm")},
    **{verb: MEASURES_DECREED for verb in ("order", "decree", "tighten", "proclaim")},
    "sign": {"agreement", "treaty", "truce", "ceasefire", "pact", "accord", "deal", "peace", "armistice",
             "memorandum", "decree"},
    "promise": {"retaliation", "revenge", "reprisals", "sanctions", "war", "punishment", "response"},
    "call": {"for", "on", "upon"},
    # forces withdrawn in part: "reduce its troops"
    "reduce": {"troop", "troops", "soldiers", "forces", "presence", "contingent", "personnel"},
    # to urge someone to act: "pressed the agency to investigate" (not "pressed the button")
    "press": {"to", "for"},
    # the justice takes up a case: "an investigation was opened" (not "opened fire")
    "open": {"investigation", "investigations", "inquiry", "probe", "case", "proceedings"},
    "launch": {"investigation", "investigations", "inquiry", "probe", "case", "proceedings"},
    "send": {"troops", "soldiers", "forces", "reinforcements", "police", "units", "ships", "warships",
             "aircraft", "jets", "tanks", "men", "personnel", "officers"},
}
# the verbs by which the justice takes up a case ("an investigation was opened"): in one article they tell
# one case, its mentions one event
JUSTICE_VERBS = {"open", "launch"}
# the verbs of suspicion: someone told as suspected by no one named is in a state, not accused by someone
SUSPICION_VERBS = {"suspect"}
# the words by which a noun governs an infinitive that it allows, asks or means ("the right to protest"), and
# the nouns of an aspect, through which the deed is told (none in English)
NOUN_INFINITIVE_MARKS = {"to"}
ASPECT_NOUNS: set[str] = set()
# verbs whose reflexive use is no event
REFLEXIVE_NOT_EVENT: set[str] = set()
# what a word of violence aims at that makes it a figure of speech: "attack the bill", "fight against racism"
ABSTRACT_TARGETS = {"law", "bill", "reform", "plan", "problem", "issue", "question", "racism",
                    "discrimination", "unemployment", "poverty", "hunger", "crisis", "debt", "deficit",
                    "inflation",
                    "corruption", "fraud", "virus", "pandemic", "epidemic", "disease", "cancer", "climate",
                    "record", "title", "match",
                    "championship", "election", "prices", "sector", "economy", "industry", "idea",
                    "ideas", "reputation", "policy", "system", "rumour", "rumor", "section",
                    # threats, spreads and situations faced: "to confront the threat", "fight its spread"
                    "threat", "threats", "spread", "expansion", "situation", "competition", "criticism",
                    "pressure"}
# pronouns that stand for a thing, not someone: "this is striking"
THING_PRONOUNS = {"this", "that", "it"}
# idioms in which a word of violence names no violence (read at the word)
# no verb of an arrest also means calling out someone in English; no word marks the matter raised
ADDRESS_VERBS: set[str] = set()
# the holders of an elected or government office (called out, not arrested, where there is an address verb)
OFFICE_NOUNS = {"minister", "lawmaker", "senator", "congressman", "congresswoman", "secretary", "president",
                "mayor", "governor", "government", "mp"}
# the noun of a verb of calling out, which calls out too in an article where the verb does
ADDRESS_NOUNS: set[str] = set()
# the verbs of protest that, with an object, show a feeling ("a manifesté son inquiétude"), and the crowds
# whose showing it is a protest ("un groupe a manifesté sa colère")
SHOW_VERBS = {"demonstrate"}
CROWD_NOUNS = {"group", "crowd", "hundred", "thousand", "dozen", "people", "resident", "citizen",
               "worker", "student", "farmer"}
# a decree, not an arrest
DECREE_NOUNS: set[str] = set()
# the people and groups whose arrest ACLED codes, as political violence or its repression: protesters,
# opponents, the press, migrants, armed groups and forces, organised gangs; an arrest in an article that
# names none of them is one of ordinary crime
POLITICAL_GROUPS = r"\b(?:" + "|".join([
    r"protest\w*", r"demonstrat\w*", "opposition", r"opponents?", r"militants?", r"activists?",
    r"journalists?", r"dissidents?", r"unions?", r"strik\w*", r"migrants?", r"refugees?", r"jihad\w*",
    r"terror\w*", r"islamists?", r"rebels?", r"insurgents?", r"soldiers?", "military", r"arm(?:y|ies)",
    "troops", r"forces?", r"fighters?", r"militia\w*", r"gangs?", r"cartels?", r"separatists?", "coup",
    "junta", "regime", "taliban", r"riot\w*", r"party", r"rings?", r"networks?", r"dismantl\w*",
    "security", r"gendarm\w*"]) + r")\b"
ADDRESS_TOPIC_MARKS: set[str] = set()
ADDRESS_TOPIC_CASES: set[str] = set()
# nouns of a burst that a feeling or a figure makes a surge, no blast ("an explosion of anger")
RISE_NOUNS = {"explosion", "surge"}
# nouns of blocking: a protest only where the text tells of one
BLOCKING_NOUNS = {"blockade"}
FIGURATIVE_IDIOMS = r"|".join([
    r"heart attacks?", r"attacks? of (?:panic|nerves)", r"panic attacks?",
    r"fights? (?:against|with) (?:cancer|the disease|illness|racism|poverty|inflation)",
    r"(?:political|electoral|legal|court|uphill|feminist|union|ideological) (?:battle|fight|struggle)s?",
    r"battles? (?:for votes|of ideas)",
    r"strikes? (?:a deal|a balance|a chord|gold)", r"shot (?:on goal|at goal)", r"coup de",
])
# cue words that name people, not what they do: none in English, where a note names a protest by its
# protesters ("according to protesters") and a riot by its rioters
PEOPLE_NOUNS: set[str] = set()
PEOPLE_ENDINGS: tuple[str, ...] = ()
# animals: violence done to them is no ACLED event
ANIMALS = {"animal", "animals", "dog", "dogs", "cat", "cats", "horse", "horses", "pony", "ponies", "cow",
           "cows", "sheep", "goat", "goats", "wolf", "wolves", "bear", "bird", "birds", "lion", "livestock",
           "cattle", "lions", "monkey", "monkeys", "macaque", "macaques", "primate", "primates", "baboon",
           "baboons", "gorilla", "chimpanzee", "shark", "sharks", "crocodile", "crocodiles", "alligator",
           "alligators", "snake", "snakes", "elephant", "elephants", "boar", "boars", "hornet", "hornets",
           "bee", "bees", "wasp", "wasps", "mosquito", "mosquitoes", "rat", "rats", "pitbull", "rottweiler",
           "puppy", "hyena", "hyenas", "leopard", "panther", "hippo", "hippopotamus", "orca", "orcas",
           "jellyfish", "gull", "gulls", "seal", "seals", "panda", "pandas"}
# plants: what is cut, felled or torn from them is no violence ("trees and power lines knocked down"); not
# "plant" nor "branch" (a power plant, a bank branch), which name other things too
PLANTS = {"tree", "trees", "shrub", "shrubs", "vegetation", "palm", "palms", "hedge", "hedges", "vine",
          "vines", "pine", "pines", "oak", "oaks"}
# nouns of a group, not one: "a pack of dogs", "hundreds of macaques", "an armed group"
GROUP_NOUNS = {"band", "gang", "group", "horde", "pack", "herd", "troop", "hundred", "dozen", "thousand",
               "swarm", "colony", "school"}
# the pronouns of one person, as the agent of a deed ("he stabbed her"): a lone offender
SINGULAR_PRONOUNS = {"he", "she", "who"}
# violence that no lone criminal does (hostages, a suicide bombing): an attack in an article naming one of
# them is no ordinary crime
ORGANISED_VIOLENCE = (r"\b(?:hostages?|suicide bombers?|suicide bombings?|commandos?|"
                      r"blew (?:himself|herself|themselves) up)\b")
# victims taken at random in public, as terror takes them ("attacked passers-by"): no ordinary crime
PUBLIC_VICTIMS = {"passer-by", "passersby", "crowd", "worshipper", "pedestrian", "bystander", "spectator",
                  "commuter", "shopper"}
# the words of violence that strikes many at once ("a shooting at a school", "the massacre"): no
# private crime, whoever did it
MASS_VIOLENCE = {"shooting", "massacre", "rampage", "carnage"}
# nouns of a measure, a time or a record: what a verb of violence aims at in a figure ("smashed the record")
MEASURE_NOUNS = {"kilometre", "kilometer", "km", "mile", "mph", "metre", "meter", "second", "minute",
                 "record", "kilo", "kg", "litre", "liter", "percent"}
# nouns of cause or frame whose complement names a happening only as the setting of other news ("in the
# wake of the protests", "because of the riots"), and the prepositions of the time since ("since the death
# of")
SETTING_FRAMES = {"wake", "aftermath", "memory", "context", "because", "favour", "favor"}
SETTING_PREPOSITIONS = {"since"}
# ... and after a lapse of a month or more ("two months after the blast")
SETTING_AFTER_LAPSE = {"after"}
# the determiners that make an event noun a mention of one told before: "the attack", "this bombing"
ANAPHORIC_DETERMINERS = {"the", "this", "that", "these", "those", "his", "her", "its", "their"}
# light verbs whose complement may also be someone the article names
COMPLEMENT_ENTITY: set[str] = set()
# the reflexive clitics of the third person (French has them; English none)
THIRD_CLITICS: set[str] = set()
# nouns of fighting that figure other struggles, with no armed actor in the article and no one hurt
FIGURATIVE_NOUNS = {"fight", "battle", "attack", "offensive", "assault", "strike", "war", "campaign", "clash"}
# nouns of a killing whose complement counts the dead: "the killing of eight people", "the deaths of two"
KILL_NOUNS = {"killing", "death", "murder", "massacre", "execution"}
# the words that make the figure after them a part of the one before: "eight dead, including six French"
DEAD_PART = r"\b(?:including|among them|among whom|of whom|of them)\s+$"
# the words between the two dates of a range: "from October to May", "between January and March"
RANGE_WORDS = {"to", "and", "-", "–", "through", "until", "till"}
# the words before a lapse that make it the time the toll took: "over the past three years", "in two months"
LAPSE_WORDS = {"over", "in", "during", "for", "within",
               # the first or last months of a period: "in the first six months of the year"
               "first", "last", "past"}
# the words that make a happening named after them the time frame of a deed ("killed during the riots of
# 2019", "wounded amid the clashes of 3 March"): its date is the deed's
TIME_FRAME_WORDS = {"during", "amid", "amidst"}
# the verbs whose infinitive is the aim of something, not a deed done: "an operation aimed at arresting
# suspects", "a law designed to punish", "seeking to silence him"
AIM_VERBS = {"aim", "design", "seek"}
# the words of which a verb of killing is the aim, not the deed: "meant to kill", "trying to kill"
INTENT_WORDS = {"intend", "want", "seek", "try", "attempt", "aim", "threaten", "plan", "design", "mean",
                "vow", "plot"}
# the words of fear whose infinitive is no deed: "for fear of being killed", "afraid of being shot"
FEAR_WORDS = {"fear", "afraid", "scared", "risk", "dread"}
# the words that join one person to a figure of the dead: "a soldier and ten attackers were killed"
JOINED_DEAD_WORDS = {"and", "as well as", "along with"}
# the words that give the charge of a step of the justice: "arrested for murder"
CHARGE_MARKS = {"for"}
# the nouns that name a charge: "arrested on charges of murder"
CHARGE_NOUNS = {"charge", "charges", "count", "counts"}
# verbs of wounding, and the word of the wounded: "killed or wounded" counts no dead
WOUND_VERBS = {"wound", "injure", "hurt", "wounded", "injured"}
# nouns that name any attack, whatever its kind ("the assault", "the assailants"): two sentences that read
# one attack as two kinds of violence tell one happening
ATTACK_NOUNS = {"attack", "assault", "assailant", "attacker"}
# the words that join the killed to the wounded in one count of casualties ("killed or wounded", "6 killed
# and injured")
CASUALTY_JOINS = {"or", "and"}
# a toll over a year is the sum of many events: "4,000 dead in 2019", "last year"
YEAR_TOLLS = r"\b(?:in (?:19|20)\d\d|last year|this year|every year|each year|per year)\b"
# the marks of an infinitive that is the aim of the event it hangs on: "rallied to pay tribute"
PURPOSE_MARKS = {"to"}
# the manner that makes an arrest an assault: "violently arrested"
VIOLENT_MANNER = {"violently", "brutally", "savagely"}
# verbs of stopping or giving up: the deed they govern is not done ("stop attacking")
STOP_VERBS = {"stop", "cease", "quit", "refrain", "halt", "suspend", "renounce"}
# feelings: what they "strike" or "seize" is no one attacked ("panic struck the crowd")
FEELING_NOUNS = {"anger", "fear", "panic", "emotion", "sadness", "joy", "doubt", "anxiety", "worry", "rage",
                 "despair", "shock", "fatigue", "nostalgia", "shame", "grief"}
# the means of a fight waged with words or in court: "sued in court", "attacked him in a tweet"
MEANS_OF_WORDS = {"court", "courts", "lawsuit", "tweet", "twitter", "statement", "interview", "speech",
                  "letter", "op-ed", "editorial", "verbally", "publicly", "libel", "defamation", "email",
                  "video"}
# the prepositions that open such a means: "in court", "in a tweet", "on Twitter"
MEANS_PREPOSITIONS = {"in", "on", "before"}
# the relative pronoun of a clause's object: "the crises that the country will face"
RELATIVE_OBJECTS = {"that", "which"}
# adverbs of degree: a participle they grade is an adjective ("the most requested", "very supported")
DEGREE_ADVERBS = {"very", "particularly", "extremely"}
# ... and those of the superlative, after a determiner ("the most requested")
SUPERLATIVE_ADVERBS = {"most", "least"}
# verbs of fighting that also figure a fight of words: between named people with no one armed or hurt
# around, they tell no violence ("Trump attacks Macron")
FIGURE_PRONE_VERBS = {"attack", "fight", "hit", "slam", "blast", "battle"}
# what recurs ("every year", "each month"): an event told as a habit is no one happening
HABITUAL = r"\b(?:every|each) (?:year|month|week|day|summer|winter)\b|\b(?:annually|yearly)\b"
# adverbs of frequency, when they modify the verb itself ("rebels who regularly shell it"; not "protesters,
# often very young")
HABITUAL_ADVERBS = {"frequently", "regularly", "often", "routinely", "habitually"}
# the nouns of a trial, in a headline: the violence the article tells is a court case ("At trial, ...")
TRIAL_WORDS = {"trial", "jury", "jurors"}
# the words of the courts a violence is the object of ("accused of rape", "an investigation into the
# assault", "convicted of murder"): a criminal case the courts handle, not political violence ACLED codes
JUDICIAL = {"accuse", "accused", "accusation", "allegation", "charge", "charged", "convict", "convicted",
            "conviction", "sentence", "sentenced", "trial", "investigation", "probe", "complaint", "indict",
            "indicted", "indictment", "prosecute", "prosecution", "guilty"}
# relatives and partners (with a possessive: "killed his wife", "her son"): violence done to one's own is a
# private crime, not political violence ACLED codes
RELATIVES = {"husband", "wife", "partner", "boyfriend", "girlfriend", "lover", "fiancé", "fiancée",
             "fiance", "fiancee", "spouse", "ex-wife", "ex-husband", "ex-partner", "ex-girlfriend",
             "ex-boyfriend", "son", "daughter", "child", "baby", "infant", "father", "mother", "parent",
             "brother", "sister", "stepfather", "stepmother", "stepson", "stepdaughter", "grandfather",
             "grandmother", "grandson", "granddaughter", "uncle", "aunt", "nephew", "niece", "cousin",
             "father-in-law", "mother-in-law", "brother-in-law", "sister-in-law", "son-in-law",
             "daughter-in-law"}
# the words by which a happening is banned, prevented, foiled, called off or given up ("a ban on
# gatherings", "foiled an attack", "called off the march"): it did not happen
BLOCKING_WORDS = {"ban", "forbid", "prohibit", "prohibition", "prevent", "prevention", "foil", "thwart",
                  "avert", "avoid", "cancel", "cancellation", "outlaw", "renounce", "protect", "protection"}
# the verbs that only stage the happening their object names: "hold a protest", "carry out an attack"
STAGING_VERBS = {"hold", "stage", "organize", "organise", "carry", "launch", "commit", "conduct", "mount"}
# the words that name happenings as a class, counted, followed over time or feared ("a rise in assaults",
# "the number of protests", "months of protests", "the threat of attacks"): no one happening
TREND_WORDS = {"increase", "rise", "surge", "upsurge", "decrease", "decline", "drop", "fall", "record",
               "level", "rate", "average", "statistics", "figures", "wave", "series", "risk", "threat",
               "fear", "context", "fight", "month", "week", "year", "decade",
               # ... and the verbs of a trend they are subject or object of ("attacks doubled")
               "multiply", "double", "triple", "soar", "jump"}
# ... and the nouns that count only with the definite article ("the number of attacks", not "a number of")
DEFINITE_COUNT_NOUNS = {"number", "total"}
# the adjectives of happenings that recur: "recurrent jihadist attacks", "repeated assaults"
RECURRENT_ADJECTIVES = {"recurrent", "recurring", "repeated", "incessant", "frequent", "regular", "countless",
                        "daily"}
# the nouns of a request: the happening they ask for has not happened ("calls for a ceasefire")
REQUEST_NOUNS = {"call", "demand", "request", "appeal"}
# the nouns of a condition: the happening they name is hypothetical ("in case of a strike", "in the event of
# an attack")
CONDITION_NOUNS = {"case", "event", "hypothesis", "eventuality"}
# the verbs by which a call is answered: what it called for was done ("ont répondu à l'appel")
HEEDING_VERBS = {"respond", "answer", "heed", "follow"}
# the prepositions that mark what a request asks for ("appel à la grève", "calls for a ceasefire")
REQUEST_PREPOSITIONS = {"for", "to", "of"}
# the nouns of one instance of a kind of happening, through which a word of trend counts them ("acts of
# vandalism rose", "cases of assault doubled")
INSTANCE_NOUNS = {"act", "case", "incident", "instance"}
# the prepositions that make a bare plural after a noun indefinite ("victims of massacres"; English marks
# the definite with its determiner)
INDEFINITE_CASES = {"of"}
# the nouns of a time or setting that a happening gives, after which a bare plural still tells happenings
# ("in the wake of protests", "on the sidelines of demonstrations", "in the course of clashes")
CIRCUMSTANCE_NOUNS = {"wake", "eve", "course", "sidelines", "aftermath", "day", "night", "scene", "toll"}
# the nouns of a work that tells a story: the happening it tells is no news ("a novel about the murder")
WORK_NOUNS = {"novel", "film", "movie", "book", "fiction", "documentary", "play", "thriller", "story", "song",
              "episode"}
# the endings of the nouns of an action a verb of stopping stops ("stop the distribution"), not someone
# arrested
ACTION_ENDINGS = ("tion", "sion", "ment")
# the nouns of things (weapons, vehicles, gear, places, skills) that a happening's kind only qualifies:
# "assault rifles", "a combat helicopter", "combat sports" name no happening
KIND_OF_THING_NOUNS = {"rifle", "weapon", "aircraft", "plane", "jet", "helicopter", "vehicle", "tank",
                       "ship", "vessel", "drone", "gear", "uniform", "vest", "helmet", "dog", "arena",
                       "sport", "art", "school", "training", "technique", "regiment", "unit", "brigade",
                       "name", "cry", "song", "game", "boot", "knife",
                       # a scene or picture of one is shown, not done: "combat scenes"
                       "scene", "image",
                       # a kind of mission, whose fighting is not told: "during a combat operation"
                       "operation", "mission", "exercise"}
# the adjectives of a domain of no violence and no street protest: "a diplomatic offensive", "an electoral
# battle", "sporting events"
PEACEFUL_DOMAINS = {"diplomatic", "electoral", "legal", "judicial", "commercial", "economic", "media",
                    "sporting", "cultural", "musical", "artistic", "festive", "presidential", "advertising",
                    "verbal", "parliamentary", "financial", "fiscal", "tourist", "culinary", "scientific",
                    "charitable", "rhetorical",
                    # a gathering among family or friends: "private gatherings"
                    "private", "friendly"}
# ... and for a word of fighting also politics ("a political offensive"; a political murder is a murder)
PEACEFUL_DOMAINS_OF_FIGHTING = {"political", "ideological", "legislative"}
# the verbs by which a happening of a peaceful domain becomes violence ("a verbal altercation turned
# violent"): its domain no longer holds
ESCALATION_VERBS = {"turn", "escalate", "degenerate", "spiral"}
# the verbs of blame that are a court's sentence when someone is sentenced ("condemned to death"), not blamed
# in words ("condemned the attack")
SENTENCE_WORDS = {"condemn"}
# the penalties a sentence gives, marked "to": "sentenced to ten years in jail"
PENALTY_NOUNS = {"prison", "jail", "life", "death", "year", "month", "fine", "imprisonment", "term"}
PENALTY_MARKS = {"to"}
# the things one blames in words, that a passive of blame may have for subject
BLAMED_THINGS = {"violence", "remark", "comment", "behaviour", "behavior", "decision", "attitude", "act",
                 "action", "statement", "tweet", "message", "policy"}
# the nouns of forces and their means that a verb of mobilizing moves: none, for English words of mobilizing
# ("set up a post", "cut off access", "joined") move many things that are no force; an empty set leaves
# them all events
FORCE_NOUNS: set[str] = set()
# the verbs of mobilizing whose object is the area covered, not what is moved ("patrolled the streets")
AREA_MOBILIZE_VERBS = {"patrol", "comb", "cordon", "blanket", "sweep"}
# the verbs of help that mean attending or witnessing when they take no object (none in English: "attend"
# is no verb of help)
ATTEND_VERBS: set[str] = set()
# the nouns of honouring the dead: the dead a participle describes under them ("a tribute to the soldiers
# killed in Mali") were killed in a happening told elsewhere, no deed of its own
COMMEMORATION_NOUNS = {"tribute", "honour", "honor", "memory", "memorial", "mourning", "vigil",
                       "commemoration", "silence", "ceremony", "funeral",
                       # where and with what the dead are honoured: "the monument to the soldiers killed"
                       "monument", "wreath", "flower"}
# the verbs of request whose bare participle with a complement names a guest (none in English, which says
# "a guest on the show")
GUEST_VERBS: set[str] = set()
GUEST_MARKS: set[str] = set()
