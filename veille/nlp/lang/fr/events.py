"""French event cues: ACLED sub-event types by weighted patterns, PLOVER types by trigger lemmas.

Patterns are regular expressions over the lower-cased sentence; a sentence's ACLED sub-event type is
the one whose patterns weigh most (ties go to the earlier type). A long alternation is written as its
list of words, joined with "|" here.
"""

# the cues of a change to an armed group itself (recruits, a merger, a new leader), and of its forces moved
GROUP_CHANGE = "|".join(["recrut", "ralli", r"\bfusion (?:de|des|entre|avec)",
                         "nouveau (?:chef|dirigeant|commandant)", "création d'un (?:groupe|mouvement)",
                         "dissolution"])
FORCE_MOVEMENT = "|".join(["déploi", "déployé", r"renforts?", "patrouill"])
ACLED_CUES = {
    "Sexual violence": [(r"\bviol(?:s|ée?s?)?\b|violences? sexuelles?|agression sexuelle", 6)],
    "Chemical weapon": [(r"armes? chimiques?|attaque chimique|chlore|sarin", 6)],
    "Suicide bomb": [(r"kamikaze|attentat[- ]suicide|ceinture d'explosifs", 7)],
    "Disrupted weapons use": [(r"(?:désamorc|neutralis|démantel|saisi|découvert)\w* .{0,40}(?:"
                               + "|".join([r"engins? explosifs?", r"bombes?", r"\bmines?\b", "armes",
                                           "munitions", "explosifs", "cache d'armes"]) + ")", 6)],
    "Air/drone strike": [("|".join([r"frappes? aériennes?", r"raids? aériens?", r"bombardements? aériens?",
                                    r"frappes? de drones?",
                                    # an army's strikes, told with no weapon ("des frappes sur Gaza", "les
                                    # frappes turques"): from the air, unless a gun or a blow is named
                                    # (the noun after its determiner, not the verb: "la crise qui frappe")
                                    r"(?:\b(?:la|une|des|les|de|ces|cette|leurs|ses|sa|nouvelles?|plusieurs"
                                    r"|\d+) |\bd')frappes?\b(?! (?:de |d'|du |à )(?:missiles?|artillerie|"
                                    r"roquettes?|obus|mortiers?|balles?|pied|tête|poing|la main|canon))",
                                    # a drone or a jet that strikes, not one that flies ("un drone a survolé
                                    # le fort", "survolée par des avions de chasse", "six avions de chasse")
                                    r"(?:attaques?|tirs?|raids?) (?:\S+ ){0,2}"
                                    r"(?:de |d'un |par (?:un |des )?)(?:drones?|avions?|hélicoptères?)",
                                    r"(?:drones?|(?:avions?|hélicoptères?) de (?:combat|chasse)) "
                                    r"(?:\S+ ){0,4}(?:a|ont|avait|avaient) (?:\S+ )?"
                                    r"(?:frappé|bombardé|tiré|tué|visé|attaqué|largué|détruit|pilonné)"]),
                          6)],
    "Grenade": [(r"grenades?", 6)],
    "Remote explosive/landmine/IED": [("|".join([r"engins? explosifs?", r"mines? antipersonnel",
                                                 # not the verb "miner" ("le conflit qui mine le pays")
                                                 r"(?<!qui )\bmines?\b"
                                                 r"(?! (?:la|le|les|l'|leurs?|son|sa|ses)\b)",
                                                 "voiture piégée", "bombe artisanale",
                                                 r"\bexplosion", "attentat à la bombe", "a explosé",
                                                 "engin piégé"]), 5)],
    "Shelling/artillery/missile attack": [("|".join(["obus", r"tirs? d'artillerie", "artillerie",
                                                     r"mortiers?", r"missiles?", r"roquettes?", "pilonn",
                                                     "bombard(?!ier)"]), 5)],  # not "un bombardier d'eau"
    "Government regains territory": [(r"repris le contrôle|reconquis|repris la ville|"
                                      r"libér(?:é|ée|ation) (?:de )?(?:la ville|le village)", 6)],
    "Non-state actor overtakes territory": [(r"(?:pris|prise|capturé|capturée|conquis|tombée?) .{0,20}"
                                             r"(?:contrôle|la ville|aux mains)|(?:a|ont) pris le contrôle|"
                                             r"capturée? par les "
                                             r"(?:jihadistes|djihadistes|rebelles|insurgés)", 5)],
    "Abduction/forced disappearance": [(r"enlev|kidnapp|otages?|disparitions? forcées?|rapt", 6)],
    "Armed clash": [("|".join([r"affrontements?", r"accrochages?", r"combats?\b", "se sont affrontés",
                               r"échanges? de tirs", "embuscade", "offensive", "assaut",
                               r"ont attaqué (?:une? |la |le )?(?:base|camp|poste|position|caserne|convoi|"
                               r"patrouille)"]), 4)],
    "Attack": [(r"\b(?:" + "|".join([r"tu[ée]s?", r"abattus?", r"assassin\w*", r"poignard\w*", r"lynch\w*",
                                     r"exécut(?!i[fv])\w*", r"massacr\w*", r"tortur\w*", "ont ouvert le feu",
                                     r"tirés? sur", r"blessés?", r"attaqu\w*", "meurtre",
                                     "guet-apens", r"égorg\w*", r"décapit\w*", r"étrangl\w*",
                                     # a shooting: "a ouvert le feu", "une fusillade", "tuant trois personnes"
                                     r"(?:a|avait|aurait) ouvert le feu", r"fusillades?", r"tueries?",
                                     "tuant",
                                     r"(?:a|ont|avait|avaient) tiré sur", "par balles?"]) + r")\b", 3),
               ("|".join([r"civils?", "villageois", "habitants", "femmes", "enfants", "passants", "fidèles",
                          "journalistes", "agriculteurs"]), 1)],
    "Mob violence": [("|".join(["foule en colère", "lynch", "justice populaire", "bagarre", "rixe",
                                r"(?:affrontements?|heurts) (?:intercommunautaires?|entre (?:deux )?"
                                r"(?:groupes|bandes|familles|clans|communautés))"]), 4)],
    "Violent demonstration": [("|".join([r"(?<![-\w])émeut(?=[eiè])", "casseurs",  # not "anti-émeutes"
                                         r"jets? de (?:pierres|projectiles|pavés)",
                                         r"incendi(?:é|ée|és|ées|er|ent|aient|aires?)\b",
                                         r"incendies? criminels?", r"barricades?",
                                         "heurts avec (?:la police|les forces)",
                                         r"affrontements? avec (?:la police|les forces de l'ordre)",
                                         r"manifestations? violentes?", r"violentes? manifestations?",
                                         "violences urbaines", "échauffourées",
                                         "dégradations", "vandalis"]), 5)],
    "Excessive force against protesters": [(r"(?:tués?|abattus?|balles réelles).{0,60}manifestants|"
                                            r"manifestants.{0,40}(?:tués|abattus)", 7)],
    "Protest with intervention": [(r"gaz lacrymogènes?|canons? à eau|balles en caoutchouc|"
                                   r"(?:police|forces de l'ordre|gendarmes|policiers).{0,40}"
                                   r"(?:dispers|interpell|évacu|charg)", 4)],
    "Peaceful protest": [("|".join([r"manifest(?!ement)", r"rassemblements?",  # not "manifestement"
                                    r"(?:se|s'|sont|est) (?:\S+ )?rassembl",
                                    r"(?:re)?descend\w* dans (?:la |les )rues?",
                                    # marching, not a parade ("le défilé du 14 juillet", "défilé militaire")
                                    r"(?<!\ble )(?<!\bdu )(?<!\bau )(?<!\bun )"
                                    r"défil(?!és? (?:\w+ )?(?:militaires?|des (?:armées|troupes)|aériens?|"
                                    r"de mode|du 14))",
                                    # (a strike, not "grever", to burden: "ces taxes grèvent")
                                    "cortège", r"grèves?\b", "grévistes", "sit-in", "protest",
                                    # not a court's blocking of a site or an account ("une injonction
                                    # de blocage", "le blocage du compte")
                                    "gilets jaunes", r"(?<!injonction de )(?<!ordonnance de )(?<!mesure de )"
                                    r"blocages?(?! (?:de |d'|du |des )(?:l'|la |le |les |un |une |ce |son |"
                                    r"ses |leurs? )?(?:sites?|comptes?|pages?|contenus?|adresses?|"
                                    r"applications?|plateformes?|réseaux sociaux|messageries?)\b)",
                                    # (what is stuck "sur" a road or a track is no blockade: "le
                                    # train était bloqué sur la voie")
                                    r"bloqu\w* (?:(?!sur )\S+ ){0,3}(?:routes?|rues?|axes?|ponts?|accès|"
                                    r"carrefours?|ronds?-points?|autoroutes?|dépôts?|raffineries?|ports?|"
                                    r"voies?|lycées?|universités?|entrées?)"]), 3)],
    "Arrests": [("|".join([r"arrêt(?:é|ée|és|ées|er|ation|ations)", "interpell", "garde à vue",
                           r"placés? en détention", "écroué", "mis en examen", "incarcéré"]), 4)],
    "Looting/property destruction": [(r"\bpill|saccag|vandalis|(?:incendi|détrui|brûl)\w* .{0,30}(?:"
                                      + "|".join([r"maisons?", r"habitations?", r"magasins?", r"commerces?",
                                                  r"véhicules?", r"voitures?", r"bâtiments?", "récoltes",
                                                  r"églises?", r"mosquées?"]) + ")", 4)],
    # an agreement between the parties of a conflict, not a labour or trade deal ("un accord salarial")
    "Agreement": [(r"cessez-le-feu|trêve|(?:traité|accords?) (?:\S+ )?de paix", 4)],
    "Headquarters or base established": [(r"(?:install|établi)\w* (?:une |leur |son )?"
                                          r"(?:base|quartier général|camp)", 6)],
    "Non-violent transfer of territory": [(r"(?:se sont retirés|retrait) de|ont cédé|remis (?:aux|à)", 4)],
    "Change to group/activity": [(GROUP_CHANGE + "|" + FORCE_MOVEMENT, 3)],
    # (not diplomats expelled: diplomacy)
    # (nor someone expelled from an assembly, a party, a school or a game: "expulsé de la Chambre")
    "Other": [(r"expuls\w*\b(?! (?:\S+ ){0,4}(?:diplomat|ambassad|consul))"
               r"(?! (?:\S+ ){0,3}(?:de|du|des|d') ?(?:la |l')?(?:chambre|assemblée|hémicycle|parlement|"
               r"sénat|séance|parti|école|lycée|collège|université|classe|club|équipe|stade|terrain|match|tournoi|"
               r"compétition|plateau|émission))|déplacés|ont fui\b", 3),
              (r"menac", 2)],
}
# a funeral, a mass or a commemoration: people gathered for one, with none of the words of a claim, hold no
# protest
CEREMONY = (r"\b(?:obsèques|funérailles|enterrement|inhumation|messe|dernier hommage|cérémonie|recueillement|"
            r"veillée|commémor\w*|"
            r"minute de silence|"
            # ... nor do people gathered for a party, a concert or a campaign meeting
            r"fêtes?|festivals?|concerts?|meetings?|campagne électorale|équipe de campagne)")
PROTEST_CLAIMS = r"manifest(?!ement)|protest|revendi|réclam|dénonc|\bcontre\b|slogans?|pancartes?|banderoles?"
PEACEFUL_CONTEXT = r"manifest(?!ement)|rassembl|défil|cortège|grève|marche|gilets jaunes"
# the cues of a change to an armed group ("déploiement", "renforts", "recrutement") name one only in an
# article that names someone armed: news uses them of firemen, networks and firms too
GROUP_CHANGE_NEEDS_ARMED = True
# forces moved in an article that names no army, armed group or weapon of war (police sent to a summit, a
# patrol in a city) are a mobilization that ACLED does not code
MOVEMENT_NEEDS_WAR = True
# (soldiers who fight: not "les soldats du feu", firemen)
ARMED_ACTORS = "|".join([r"soldats(?! du feu)", "militaires", "armée", "jihadistes", "djihadistes",
                         "rebelles", "insurgés", "forces", "policiers", "hommes armés", "milice"])
# the armed actors of a war, not the police: where none is named, the mortars of a night of rioting are
# fireworks ("des tirs de mortiers contre les policiers")
MILITARY_ACTORS = r"\b(?:" + "|".join([r"soldats?(?! du feu)", "militaires?", "armée", "jihadistes?",
                                       "djihadistes?", "rebelles?", "insurgés?", "hommes armés", "milices?",
                                       "forces armées", "terroristes?", "artillerie", "combattants?",
                                       "roquettes?", "missiles?", "obus"]) + r")\b"
# the stems of violence done to someone: victims named with none of them are not attacked (the stems of
# every language are read together, see veille/extractors/events.py)
VIOLENCE_DONE = [r"tu[ée]", "abattu", "assassin", "poignard", "bless", "attaqu", "exécut(?!i[fv])", "meurtre",
                 r"tirés?", "décapit", "tortur", "lynch", "guet-apens", "tuant", "fusillad", "ouvert le feu",
                 "tiré sur", "par balle", "égorg", "étrangl"]

# the infinitive endings of trigger verbs whose present form the lemmatizer may leave as the lemma, with the
# form's ending ("il aide" lemmatised "aide": "aider")
VERB_FORM_LEMMAS = {"er": "e"}

PLOVER_TRIGGERS = {
    "ACCUSE": {"accuser", "reprocher", "dénoncer", "condamner", "critiquer", "blâmer", "incriminer",
               "fustiger", "déplorer", "regretter", "indigner", "épingler", "étriller", "vilipender",
               "stigmatiser", "pourfendre", "réagir", "soupçonner", "suspecter", "inculper",
               "ouvrir", "saisir", "viser",
               # a charge laid: "mis en examen pour meurtre"
               "mettre"},
    "REJECT": {"rejeter", "refuser", "démentir", "nier", "opposer", "récuser", "balayer"},
    "REQUEST": {"appeler", "réclamer", "demander", "exiger", "exhorter", "plaider", "solliciter", "inviter",
                # to urge, beg or enjoin someone: "presse le ministre d'agir", "implore l'aide de son pays"
                "presser", "implorer", "supplier", "enjoindre"},
    "CONSULT": {"rencontrer", "recevoir", "visiter", "discuter", "négocier", "consulter", "réunir"},
    "AGREE": {"signer", "approuver", "convenir", "conclure", "entériner"},
    "SUPPORT": {"soutenir", "saluer", "féliciter", "rendre", "honorer", "appuyer", "encourager", "louer",
                "remercier",
                # support voiced: "a exprimé sa solidarité", "présente ses condoléances"
                "exprimer", "apporter", "témoigner", "renouveler", "réaffirmer", "adresser", "présenter",
                "afficher"},
    "THREATEN": {"menacer", "avertir", "promettre"},
    "SANCTION": {"sanctionner", "expulser", "suspendre", "boycotter", "geler"},
    "CONCEDE": {"concéder", "céder", "démissionner", "libérer", "gracier", "assouplir", "lever", "créer",
                "accéder", "excuser"},
    "MOBILIZE": {"déployer", "mobiliser", "renforcer", "dépêcher", "masser", "envoyer", "quadriller"},
    # (not "évacuer": the wounded flown to hospital, a train or a square emptied, migrants moved are no aid)
    "AID": {"aider", "former", "assister", "fournir", "livrer", "secourir", "soigner", "financer"},
    "RETREAT": {"retirer", "replier", "quitter", "abandonner", "réduire"},
    "COOPERATE": {"coopérer", "collaborer", "allier", "associer"},
    "COERCE": {"arrêter", "interpeller", "détenir", "interdire", "perquisitionner", "imposer", "emprisonner",
               "incarcérer", "condamner", "censurer", "placer", "démettre", "limoger", "révoquer",
               # a measure decreed on people: "décrète le confinement", "a ordonné un couvre-feu"
               "décréter", "ordonner", "instaurer", "durcir", "prolonger", "proclamer"},
    "ASSAULT": {"attaquer", "agresser", "poignarder", "tuer", "abattre", "bombarder", "frapper", "pilonner",
                "affronter", "combattre",
                "capturer", "envahir", "assassiner", "enlever", "kidnapper", "massacrer", "exécuter",
                "torturer", "violer", "piller", "incendier", "mitrailler", "blesser", "asphyxier",
                "étrangler", "égorger", "décapiter", "lyncher", "tabasser", "molester", "brutaliser",
                "violenter", "matraquer", "fusiller", "lapider", "mutiler",
                "percuter", "faucher", "renverser"},
    "PROTEST": {"manifester", "protester", "défiler", "rassembler", "descendre", "débrayer"},
}
# adjectives that name an event of their subject: "le dirigeant s'est dit désolé", "navré"
EVENT_ADJECTIVES = {"désolé": "CONCEDE", "navré": "CONCEDE"}
# the verbs whose reflexive use is an event of another type (PLOVER, and ACLED's where the sentence reads
# none): people who "se mobilisent" to voice a claim protest (forces are mobilised; volunteers who "se
# mobilisent" to help do nothing ACLED codes)
REFLEXIVE_TYPES = {"mobiliser": ("PROTEST", "Peaceful protest")}
# a coup: the verbs that overthrow a ruler, and the rulers they overthrow ("des militaires ont renversé le
# président"): a force's coercion, no assault
OVERTHROW_VERBS = {"renverser"}
RULER_NOUNS = {"président", "présidente", "gouvernement", "régime", "pouvoir", "dirigeant", "dirigeante",
               "chef", "premier", "roi", "monarque", "junte"}
EVENT_NOUNS = {
    "manifestation": "PROTEST", "rassemblement": "PROTEST", "grève": "PROTEST", "émeute": "PROTEST",
    "offensive": "ASSAULT", "assaut": "ASSAULT", "attaque": "ASSAULT", "attentat": "ASSAULT",
    "frappe": "ASSAULT", "bombardement": "ASSAULT", "affrontement": "ASSAULT", "combat": "ASSAULT",
    "explosion": "ASSAULT", "arrestation": "COERCE", "interpellation": "COERCE", "déploiement": "MOBILIZE",
    "cessez-le-feu": "AGREE", "accord": "AGREE", "entretien": "CONSULT", "visite": "CONSULT",
    "pourparler": "CONSULT", "pourparlers": "CONSULT",
    "sanction": "SANCTION", "putsch": "ASSAULT", "coup": "ASSAULT", "agression": "ASSAULT",
    "fusillade": "ASSAULT", "tuerie": "ASSAULT", "meurtre": "ASSAULT", "assassinat": "ASSAULT",
    "enlèvement": "ASSAULT", "embuscade": "ASSAULT", "massacre": "ASSAULT", "lynchage": "ASSAULT",
    "guet-apens": "ASSAULT", "couvre-feu": "COERCE", "perquisition": "COERCE", "plainte": "ACCUSE",
    "accusation": "ACCUSE", "condamnation": "ACCUSE", "mise": "ACCUSE",
    # the doer of an attack is its trace ("l'assaillant a été maîtrisé"), not "l'attaquant" of a team
    "assaillant": "ASSAULT", "agresseur": "ASSAULT",
}
# a reflexive verb of violence is not an assault: "s'attaquer à un problème"
REFLEXIVE_CLITICS = {"s'", "se", "nous"}
# a verb by which one blows oneself up, with "se faire": "s'est fait exploser" (its subject dies)
SELF_BLAST_VERBS = {"exploser", "sauter"}
SELF_BLAST_CAUSATIVES = {"faire"}
# the word after which a dependent of the event names its agent: "attaqués par des rebelles"
AGENT_PREPOSITIONS = {"par"}
# the word after which a place names a party to the event, not where it was: "un affrontement avec la Chine"
PARTNER_PREPOSITIONS = {"avec"}
# the nouns of places of care: a place named as theirs is where the wounded were cared for
# ("l'hôpital de Clamart", "le CHU de Nantes")
# the posts and movements of armed men: an attack on one is a fight with them
# ("ont attaqué une position de l'armée", "un convoi militaire")
# the words by which armed men are off their post, whom an attack on is violence against civilians
# ("un ancien militaire", "un policier retraité")
OFF_DUTY_WORDS = {"ancien", "ancienne", "anciens", "anciennes", "ex", "retraité", "retraitée"}
# ... and, in a text, such men named: violence on them read as a clash is an attack on civilians
OFF_DUTY_VICTIMS = (r"\b(?:ancien|ancienne|anciens|ex-|retraités?|à la retraite|en civil|hors service)\s*"
                    r"(?:\S+\s+){0,2}(?:policiers?|gendarmes?|militaires?|soldats?|membres?|agents?)")
ARMED_SITES = {"position", "positions", "poste", "base", "camp", "caserne", "convoi", "patrouille",
               "commissariat", "gendarmerie", "checkpoint"}
CARE_NOUNS = {"hôpital", "hôpitaux", "chu", "clinique", "hosto"}
# ... and the verbs of dying or of care that say so ("décédé à l'hôpital", "transporté au CHU")
CARE_VERBS = {"décéder", "mourir", "succomber", "soigner", "transporter", "hospitaliser", "évacuer",
              "admettre", "opérer", "transférer", "conduire", "emmener", "amener", "traiter"}
# the words after which an event's noun names the event a deed was done in: "tué dans l'attaque du 2 mai"
DURING_PREPOSITIONS = {"dans", "lors", "pendant", "durant"}
# the words that open an infinitive of another deed, whose places are not the event's: "blessé au
# Mali à assister au match à Moscou"
OTHER_DEED_MARKS = {"à"}
# the determiners between a quotation mark and a word in scare quotes: "continuer « le combat »"
SCARE_QUOTE_DETERMINERS = ["le ", "la ", "les ", "l'", "un ", "une ", "des "]
NEGATIONS = {"pas", "jamais", "aucun", "aucune", "ni"}
# verbs of carrying, holding or hiding: a weapon they take is no attack ("transportaient des mortiers")
CARRY_VERBS = {"transporter", "porter", "détenir", "posséder", "cacher", "dissimuler", "stocker", "avoir",
               "munir", "trimballer", "convoyer"}
DENIALS = {"démentir", "nier", "réfuter"}
PLANNING = {"préparer", "prévoir", "planifier", "envisager", "vouloir", "compter", "menacer", "projeter",
            "promettre", "programmer",
            # the nouns of a happening announced or prepared: "des préavis de grève", "un projet d'attentat"
            "préavis", "projet", "préparatif", "préparation",
            # ready to do it: "se dit prêt à combattre"
            "prêt", "prête", "prêts", "prêtes"}
POSSIBILITY = {"pouvoir", "possible", "possiblement", "éventuel", "éventuellement", "risquer"}
HYPOTHETICAL = {"si"}
FUTURE_AUXILIARIES = {"aller"}
# the auxiliaries of the pluperfect ("avaient été assassinés", "le massacre avait choqué"): a deed told as
# done before the time of its clause, a happening told again
PAST_PERFECT_AUXILIARIES = {"avais", "avait", "avions", "aviez", "avaient", "étais", "était", "étions",
                            "étiez", "étaient"}
# prepositions that put the happening their noun names before the clause ("après l'assassinat de ...")
RETOLD_MARKS = {"après", "depuis"}
KILL_VERBS = {"tuer", "mourir", "abattre", "assassiner", "exécuter", "massacrer", "périr", "décéder",
              "succomber", "égorger", "décapiter", "fusiller"}
SINGULAR_VICTIM = r"\b(?:un|une)\b"
# routes barrées de pneus en feu: une manifestation violente même sans manifestants nommés
ROAD_BARRICADES = r"barricad\w* (?:\S+ ){0,4}(?:routes?|rues?|axes?)|pneus? (?:en feu|enflammés|brûlés)|" \
                  r"brûl\w* des pneus"
RIOT_CONTEXT = "|".join([r"émeutiers?", r"manifest(?!ement)", "foule", "habitants", "villageois", "communaut",
                         "partisans", "jeunes", "casseurs", "gilets jaunes"])
BEFORE = {"avant"}
ACCIDENT = r"\b(?:" + "|".join(["accident", r"accidentel(?:le)?s?", "accidentellement", "incident",
                                "bouteille de gaz", "fuite de gaz", "transformateur",
                                "explosion de gaz", "incendie accidentel",
                                # a machine that bursts: "l'explosion d'une chaudière"
                                r"explosion d(?:u |e la |e l'|'un |'une )(?:moteur|réacteur|chaudière|"
                                r"citerne|cuve|chauffe-eau|compresseur|pneu|batterie|cocotte)s?",
                                "collision", r"déraill\w*",
                                "crash", r"s'est (?:crashée?|écrasée?)", "naufrage",
                                "séisme", "tremblement de terre", r"inondations?", "tempête", "ouragan",
                                "cyclone", "glissement de terrain", r"crues?", "intempéries", "typhon",
                                "tornade", "tsunami", "foudre", "avalanche", "canicule", r"coulées? de boue",
                                "éboulement", r"pluies? (?:torrentielles?|diluviennes?|abondantes?)",
                                r"mégafeux",
                                # a reckless driver, a self-inflicted harm: no one's political violence
                                r"chauffards?", "délit de fuite", r"s'immoler", r"immolée?", "immolation",
                                r"(?:feux|incendies?) de (?:forêts?|végétation|broussailles)",
                                # a wildfire by its ground ("8.000 km2 incendiés", "le feu a ravagé")
                                r"(?:hectares|km2|km²|acres) (?:incendiés|brûlés|ravagés|partis en fumée)",
                                r"(?:le feu|les feux|les flammes|l'incendie) (?:a|ont) (?:ravagé|parcouru)",
                                r"lutte(?:nt)? contre (?:de nombreux |les |l')?(?:incendies|feux|flammes)",
                                # a building on fire, people fleeing the flames; a machine that bursts
                                # on trial
                                r"incendies? (?:d(?:'un|'une|u|e la|es) |de l')(?:immeubles?|maisons?|"
                                r"appartements?|logements?|pavillons?|bâtiments?|hôtels?|usines?|"
                                r"entrepôts?|fermes?|restaurants?|commerces?|tours?)",
                                r"échapper aux flammes",
                                r"lors d'(?:un|une) (?:test|essai|exercice)s?"]) + r")\b"
# the nouns that name an accident, in a headline the news itself ("accident de train", "la catastrophe
# ferroviaire", "une marée noire"), and the words that say someone died in one ("meurt dans un accident"):
# no one's deed
# the words that open the phrase of what a deed happened in ("tués dans la collision", "lors du crash")
CIRCUMSTANCE_PREPOSITIONS = {"dans", "lors"}
ACCIDENT_NOUNS = r"\b(?:" + "|".join([
    r"accidents? (?:de (?:la route|train|bus|car|avion|voiture|moto|chantier|travail)|d'(?:avion|autocar)|"
    r"ferroviaires?|aériens?|routiers?|industriels?|nucléaires?)",
    r"catastrophes? (?:ferroviaires?|aériennes?|industrielles?|minières?|nucléaires?|maritimes?)",
    r"marées? noires?", r"déraillements?", r"naufrages?", r"crash (?:d'un|de l'|du)",
    r"explosion d(?:u |e la |e l'|'un |'une )(?:moteur|réacteur|chaudière|citerne|cuve|pneu|batterie)s?",
    # a death or a wound the headline says is an accident's: "Un soldat français meurt dans un accident"
    r"(?:meurt|meurent|mort|morte|morts|mortes|tués?|tuées?|décède|décèdent|décédée?s?|blessée?s?) "
    r"(?:\S+ ){0,2}(?:dans|lors d') ?(?:un|l') ?accident"]) \
    + r")\b"
# the words of a game and its play: a word of fighting in their sentence is a move ("une frappe du milieu
# de terrain", "l'assaut final du champion")
SPORT_WORDS = r"\b(?:" + "|".join([
    "match", "matchs", "buteur", "ballon", "gardien de but", "milieu de terrain", "penalty",
    "coup franc", "corner", "football", "foot", "rugby", "tennis", "basket", "handball", "cyclisme", "boxe",
    "championnat", "ligue [12]", "tournoi", "mi-temps", "arbitre", "coéquipiers?", "entraîneur",
    "sélectionneur", r"surf\w*", r"kitesurf\w*", "glisse", "finale", "demi-finale", "score", "victoire \\d",
    "défaite \\d"]) + r")\b"
# the words of fighting that figure a move of play in a game ("une frappe", "l'assaut final"), nouns only:
# a verb may be done to someone ("a frappé l'arbitre")
SPORT_MOVES = {"frappe", "attaque", "assaut", "offensive", "tir", "contre-attaque", "combat", "bataille",
               "duel"}
# the parties whose fights are of words: political parties, teams, show business, media ("le chanteur attaque
# son producteur", "le club attaque la ligue")
FIGURE_PARTIES = {"parti", "club", "équipe", "chanteur", "chanteuse", "acteur", "actrice", "humoriste",
                  "animateur", "animatrice", "rappeur", "rappeuse", "comédien", "comédienne", "réalisateur",
                  "réalisatrice", "producteur", "productrice", "star", "vedette", "journal", "chaîne",
                  "magazine", "hebdomadaire", "quotidien", "présentateur", "présentatrice", "influenceur",
                  "influenceuse", "youtubeur", "écrivain", "romancier", "romancière"}
# "manifeste" as an adjective ("un soutien manifeste") or a noun ("un manifeste"): no protest
MANIFEST_FORMS = {"manifeste", "manifestes"}
# things shown, or a show, whose gatherings and parades are no protest where no claim is voiced ("quarante
# modèles du constructeur ont défilé", "un rassemblement de véhicules d'époque", "des défilés de mode", "des
# milliers de fans rassemblés"), and the words of a claim
SHOW_WORDS = r"\b(?:" + "|".join([
    r"véhicules?", r"voitures?", r"automobiles?", r"motos?", r"bolides?", r"constructeurs?", r"cabriolets?",
    "d'époque", "de collection", r"concours d'élégance", r"salons? de l'auto(?:mobile)?", r"expositions?",
    r"défilés? de mode", r"fashion weeks?", "haute couture", r"couturiers?", r"couturières?",
    r"mannequins?", r"collections? de mode", r"podiums?", r"carnavals?", r"pèlerinages?", r"pèlerins?",
    r"fans", r"circuits?", r"rallyes?"]) + r")\b"
SHOW_GATHERINGS = {"rassemblement", "rassembler", "défilé", "défiler", "manifestation", "parade", "cortège"}
CLAIM_WORDS = (r"revendi|réclam|dénonc|\bcontre\b|slogans?|pancartes?|banderoles?|colère|mécontent|"
               r"soutien|grève|grévistes|manifestants|protestataires|exig|opposant")
# what stands between two places of a list: a comma, "et" or "ou", with "encore", "mais aussi", a preposition
# or a region in parentheses besides ("à Paris, Lyon et à Marseille", "Grasse (Alpes-Maritimes), au Muret ou
# encore Foix"; not "de Liberty City à Miami")
PLACE_LIST_GAP = (r"(?:\s*\([^()]{1,40}\))?\s*(?:,|\bet\b|\bou\b)\s*"
                  r"(?:\b(?:encore|mais aussi|ainsi que)\b\s*)?"
                  r"(?:\b(?:à|au|aux|en|dans)\b\s*)?(?:\b(?:la|le|les)\b\s*|l['’]\s*)?")
# the prepositions of where things are, before a place of a list
WHERE_PREPOSITIONS = {"à", "au", "aux", "en", "dans"}
# the verbs of regret that also count the dead ("la région déplore trois morts"): no one accused
TOLL_KEEPING_VERBS = {"déplorer"}
# the nouns of a blow, the words that link it to its means, and the means of hurting by which "un coup de"
# something is a blow ("un coup de couteau", "des coups de feu", "un coup d'État"); any other is an idiom
# ("un coup de déprime", "le coup de grâce")
BLOW_NOUNS = {"coup"}
BLOW_LINKS = {"de", "d'"}
BLOW_MEANS = {"pied", "poing", "feu", "couteau", "crosse", "matraque", "tête", "bâton", "marteau",
              "batte", "béquille", "machette", "hache", "barre", "ceinture", "fouet", "canne", "genou",
              "sabre", "cutter", "fusil", "pistolet", "revolver", "arme", "pierre", "bouteille", "casque",
              "taser", "tonfa", "boule", "ciseau", "tournevis", "poignard", "lame", "état", "etat", "force",
              "semonce"}
# the verbs of backing whose participle, describing a noun, tells a standing bond ("soutenus par l'Iran")
BACKING_VERBS = {"soutenir", "appuyer", "aider", "épauler", "financer", "armer"}
# the verbs of a plea, a request only where they plead for something ("a plaidé pour une accélération des
# procédures", "en faveur d'un cessez-le-feu"; not "a plaidé le président", arguing, nor "avaient plaidé avoir
# été dupées", in court), and the words of what is pleaded for
PLEA_VERBS = {"plaider"}
PLEA_WORDS = {"pour", "faveur"}
# the words of a gathering or a march, a protest only where its sentence or the next voices a claim, it
# gathers for a purpose, its own phrases name a cause, or the article tells of protest ("300 danseurs se sont
# rassemblés sur la place", "les témoins défilaient devant les gendarmes" are none; "descendre dans la rue"
# says the protest itself); the words of such a claim; the words that tell of protest anywhere
GATHERING_WORDS = {"rassemblement", "rassembler", "défilé", "défiler", "cortège", "parade"}
GATHERING_CLAIMS = (r"revendi|réclam|dénonc|slogans?|pancartes?|banderoles?|colère|mécontent|soutien|grève|"
                    r"grévistes|manifest(?!ement)|protest|exig|opposant|hommage|militants?|syndica")
# the prepositions of a gathering's cause ("contre la réforme", "pour le climat")
CAUSE_CASES = {"contre", "pour"}
# the words that open the purpose of a gathering
PURPOSE_MARKS = {"pour", "afin"}
PROTEST_TALK = r"manifest(?!ement)|protest|slogans?|pancartes?|banderoles?|grévistes?|sit-in"
# the nouns of a strike, and the nouns that name it as a right ("le droit de grève", "l'exercice du droit
# de grève"): policy talk, no strike (a strike under a condition, "en cas de grève", is hypothetical)
STRIKE_NOUNS = {"grève", "grèves", "débrayage"}
# the nouns of a campaign of violence over days or years, no one datable happening: an event told only by
# them takes no ACLED type ("l'offensive turque", "la guerre civile"); its days' clashes are ACLED's events
CAMPAIGN_NOUNS = {"offensive", "offensives", "contre-offensive", "guerre", "guerres", "guérilla",
                  "insurrection", "campagne", "campagnes"}
STRIKE_FRAME_NOUNS = {"droit", "droits", "liberté", "exercice", "encadrement"}
# the words that take a strike to the street: a march, a rally, a picket, a blockade, an occupation ("les
# grévistes ont défilé"), and the strikes for the climate, which are rallies; a strike with none of them is a
# work stoppage, which ACLED does not code
STRIKE_DEMONSTRATION = r"manifest(?!ement)|défil|cortège|rassembl|blocage|bloqu|piquet|sit-in|occup|climat"
# whether violence in an article that names no military, political or organised group is ordinary crime
# (French news tells crime at home; ACLED's notes, read in English, tell only what it coded)
CRIME_NEEDS_NO_GROUP = True
# a state's armed forces ("les forces irakiennes", "les forces de sécurité"), not the police
# and its officers by their rank after an article ("le général", not "en général", "directeur général")
ARMED_FORCES = (r"\bforces\b(?! de l'ordre| de police)|"
                r"\b(?:le|du|au|un) (?:général|colonel|commandant|sergent|caporal|adjudant|amiral)\b")
# the weapons of war and terror: an explosion or a clash with one is no figure nor accident ("une bombe")
# the words of an accident that name no cause, which a lead naming bombs does not make an accident's
WEAK_ACCIDENT_WORDS = {"incident"}
WAR_WEAPONS = r"\b(?:bombes?|explosifs?|grenades?|piégée?s?|kamikazes?|kalachnikovs?|fusils? d'assaut)\b"
# the police by its officers: violence they suffer or do is no private crime ("un gendarme a été agressé")
POLICE = r"\b(?:policiers?|policières?|gendarmes?|crs|agents? de police)\b"
# a mine that is no explosive: one that is dug ("une mine d'or", "le secteur minier"; not "mineurs", minors
# too), a face ("faire mine de", "grise mine"), a school ("l'École des mines")
MINERALS = ["or", "cuivre", "charbon", "fer", "uranium", "diamants?", "cobalt", "lithium", "sel", "argent",
            "étain", "zinc", "nickel", "bauxite", "phosphates?", "coltan", "manganèse", "platine", "potasse"]
MINING = r"\bmines? (?:d'|de |du |des )(?:" + "|".join(MINERALS) + r")\b|\bmini(?:er|ère|ers|ères)\b|" \
    r"\bgisements?\b|\bminerais?\b|\bexploitation (?:des |de )?mines?\b|" \
    r"\b(?:fai\w*|font|grise|bonne|mauvaise|sale) mines?\b|\bmine de rien\b|\b[ée]coles? des mines\b"
# words of help after a disaster: troops sent there are relief, not a change to armed activity
RELIEF = r"\b(?:aider|secours|secourir|évacu\w*|sinistrés|victimes|sauvetage)\b"
# words before a date that make it a bound, not the day an event happened
TIME_BOUNDS = r"(?:\bjusqu'(?:au|à|en)|\bdepuis|\bavant|\baprès|\bdès|\bd['’]ici(?: à)?)\s+(?:le\s+)?$"
TIME_BOUNDS_INSIDE = r"(?:jusqu'|depuis|avant|après|dès|d['’]ici)"
# words that date a sentence by the time the sentence before it gives ("Son fils était alors blessé")
TIME_THEN = r"\b(?:alors(?!\s+qu)|à ce moment(?:-là)?|ce jour-là|cette nuit-là|ce soir-là|à cette heure-là)\b"
# a lapse before the event's noun phrase: "cinq jours après l'attaque"
TIME_AFTER = r"\s+(?:après|suite à)\s+"
# verbs of a state, not a happening: an article whose lead's main verb is one tells no happening ("Les
# Français sont les champions d'Europe des vacances", "il vaut mieux", "espère gagner")
STATE_VERBS = {"être", "avoir", "sembler", "paraître", "rester", "demeurer", "valoir", "exister",
               "représenter", "compter", "signifier", "constituer", "espérer", "souhaiter"}
# modal verbs: what they govern may be, is not told as done ("doit présenter jeudi")
MODAL_VERBS = {"devoir", "pouvoir", "falloir"}
# verbs that carry another's happening as done: "vient d'annoncer avoir été licencié", "a commencé à tirer"
LIGHT_VERBS = {"venir", "commencer", "continuer", "finir", "parvenir", "réussir"}
# verbs of killing whose subject is the dead ("trois soldats sont morts"), and those that may only wound
DYING_VERBS = {"mourir", "périr", "décéder", "succomber"}
MAY_WOUND_VERBS: set[str] = set()
DEAD_WORDS = {"mort", "morte", "morts", "mortes"}
# the nouns of a toll as such: "8 morts", "le bilan de 12 victimes" (not "trois soldats tués")
TOLL_NOUNS = {"morts", "mort", "tués", "décès", "victimes", "victime"}
# a toll raised to a figure: "portant à quatre le nombre de morts" (the word before the figure, the noun
# it counts)
TOLL_RAISED_TO = {"à"}
TOLL_COUNT_NOUNS = {"nombre", "bilan"}
# the nouns of the harmed, dead or alive: as many of them as the wounded
# counted are those ("deux blessés ... Les deux victimes")
VICTIM_NOUNS = {"victime", "victimes"}
# the words of a total that one happening may make its own: "le raid a tué 9 personnes au total"
TOTAL_WORDS = {"au total", "en tout"}
# words around a toll that make it the sum of many events, not one's: "100 000 morts depuis 2011", "à ce jour"
CUMULATIVE_TOLLS = r"\b(?:depuis|au total|en tout|au cours des|en \w+ ans|en \w+ mois|cumulé\w*|" \
    r"à ce jour|jusqu'(?:à présent|ici|alors)|(?:ces|les) (?:dernières|derniers) (?:années|mois|semaines)|" \
    r"(?:dans|à travers) le monde|dans le monde entier|au niveau mondial)\b"
# a verb that takes lives with a noun of life as its object: "a coûté la vie à quatre fonctionnaires"
LIFE_VERBS = {"coûter", "ôter", "enlever", "prendre"}
LIFE_NOUNS = {"vie", "vies"}
# verbs by which the news of an event is given or learnt: a date on one is the report's ("a-t-on appris
# samedi", "a annoncé vendredi le procureur"), taken last
# the nouns of the day after or before an event ("au lendemain des explosions", "à la veille du vote"), with
# the days from the date of their sentence to the event
DAY_SHIFT_NOUNS: dict[str, int] = {"lendemain": -1, "veille": 1}
REPORT_VERBS = {"apprendre", "annoncer", "indiquer", "rapporter", "préciser", "confirmer", "déclarer",
                "affirmer", "révéler", "signaler", "communiquer", "expliquer", "raconter"}
# the nouns of a long strife or scourge whose toll is no one event's: "un conflit qui a fait huit millions de
# victimes", "les morts de la Seconde Guerre mondiale"
WAR_NOUNS = {"guerre", "conflit", "guérilla", "insurrection", "rébellion", "génocide", "occupation",
             "dictature", "épidémie", "pandémie"}
# diseases, epidemics and natural causes: what they kill or hit ("le virus a tué", "frappé par la pandémie",
# "les morts de la grippe") is no event of violence
DISEASE_NOUNS = {"épidémie", "pandémie", "virus", "coronavirus", "covid", "covid-19", "grippe", "maladie",
                 "cancer", "canicule", "choléra", "paludisme", "rougeole", "tuberculose", "sida", "infection",
                 "contamination", "fièvre", "famine", "sécheresse", "chaleur", "froid", "variant", "sras"}
# verbs by which a disease hits a country ("le pays le plus touché"): in an article whose lead tells an
# epidemic, one of them with no one armed in its sentence is the epidemic's
HIT_VERBS = {"frapper", "toucher", "ravager", "endeuiller", "décimer", "affecter"}
# the subjects of a verb of violence that make it a figure of rise ("le prix a explosé", "les ventes ont
# explosé"): prices, numbers, figures, rates, sales, demand
FIGURE_SUBJECTS = {"prix", "tarif", "coût", "cours", "facture", "loyer", "nombre", "chiffre", "taux", "vente",
                   "demande", "consommation", "production", "cas", "contamination", "dette", "déficit",
                   "dépense", "budget", "recette", "bénéfice", "audience", "commande", "inscription",
                   "fréquentation", "bourse", "valeur", "inflation", "chômage", "indice", "record",
                   "marché", "statistique", "volume", "trafic", "besoin", "stock"}
# the verbs of bursting that such a subject makes a rise
RISE_VERBS = {"exploser", "flamber", "bondir", "détoner", "sauter", "envoler"}
# light verbs that name an event only with one of these words in their phrase: "rendre hommage", "placer en
# garde à vue", "appeler à"; a clitic ("se") asks for the reflexive use: "se rassembler"
# ... and the words that make these verbs support voiced or a measure decreed
SUPPORT_VOICED = {"soutien", "solidarité", "condoléances", "confiance", "admiration", "gratitude",
                  "sympathie", "compassion", "reconnaissance", "félicitations"}
MEASURES_DECREED = {"confinement", "confinements", "reconfinement", "couvre-feu", "urgence", "quarantaine",
                    "fermeture", "bouclage", "blocus", "interdiction"}
TRIGGER_COMPLEMENTS = {
    "rendre": {"hommage"},
    "mettre": {"examen"},
    "mise": {"examen"},
    **{verb: SUPPORT_VOICED for verb in ("exprimer", "apporter", "témoigner", "renouveler", "réaffirmer",
                                         "adresser", "présenter", "afficher")},
    **{verb: MEASURES_DECREED for verb in ("décréter", "ordonner", "instaurer", "durcir", "prolonger",
                                           "proclamer")},
    "placer": {"garde", "détention", "examen", "isolement", "résidence", "rétention"},
    "lever": {"sanction", "sanctions", "embargo", "blocus", "interdiction", "immunité", "couvre-feu", "siège",
              "restrictions", "restriction", "urgence"},
    "conclure": {"accord", "traité", "trêve", "cessez-le-feu", "pacte", "alliance", "paix"},
    "signer": {"accord", "traité", "trêve", "cessez-le-feu", "pacte", "alliance", "paix", "protocole",
               "convention", "armistice", "décret"},
    "promettre": {"représailles", "sanction", "sanctions", "riposte", "vengeance", "guerre", "poursuites",
                  "mort", "punition"},
    "appeler": {"à", "au", "aux"},
    "recevoir": {"visite", "délégation", "homologue", "président", "ministre", "chef", "ambassadeur"},
    "rencontrer": {"président", "ministre", "chef", "homologue", "délégation", "ambassadeur", "dirigeant",
                   "représentant", "responsable", "opposition"},
    "livrer": {"arme", "armes", "munitions", "aide", "vivres", "nourriture", "médicaments", "matériel",
               "missiles", "chars", "avions"},
    "fournir": {"arme", "armes", "munitions", "aide", "vivres", "nourriture", "médicaments", "matériel",
                "missiles", "chars", "avions", "soutien"},
    "imposer": {"couvre-feu", "confinement", "sanction", "sanctions", "restrictions", "urgence", "embargo",
                "blocus", "quarantaine", "amende"},
    "envoyer": {"troupe", "troupes", "soldat", "soldats", "militaires", "renfort", "renforts", "policiers",
                "gendarmes", "forces", "unités", "navires", "navire", "avions", "chars", "hommes"},
    "mobiliser": {"troupe", "troupes", "soldats", "militaires", "renforts", "policiers", "gendarmes",
                  "forces", "unités", "réservistes", "hommes"},
    # forces withdrawn in part: "réduire ses troupes", "réduire la présence militaire"
    "réduire": {"troupe", "troupes", "soldat", "soldats", "effectif", "effectifs", "contingent", "présence",
                "forces"},
    # "s'excuser", not "rien n'excuse ce geste"
    "excuser": {"se", "s'"},
    # to urge someone to do something: "presse le ministre d'agir" (not "presser le pas")
    "presser": {"de", "d'"},
    "rassembler": {"se", "s'"},
    # "sont descendus dans la rue": to take to the streets
    "descendre": {"rue", "rues"},
    "réunir": {"se", "s'", "sommet", "conseil", "ministres", "dirigeants", "chefs"},
    "créer": {"milice", "brigade", "commission", "comité", "fonds", "médiateur"},
    # "accéder aux revendications": to give in; "accéder au pouvoir" is no concession
    "accéder": {"revendication", "revendications", "demande", "demandes", "exigence", "exigences", "requête",
                "requêtes", "souhait"},
    # talks are held with someone: "l'entretien de l'ancien camp" is its upkeep, "lors d'un entretien" a
    # journalist's interview
    "entretien": {"avec", "entre"},
    # a vehicle driven into someone on purpose: "percuté volontairement par un fourgon" (not an accident)
    "percuter": {"volontairement", "délibérément", "sciemment", "intentionnellement", "bélier"},
    "faucher": {"volontairement", "délibérément", "sciemment", "intentionnellement", "bélier"},
    "renverser": {"volontairement", "délibérément", "sciemment", "intentionnellement", "bélier"},
    # the justice takes up a case: "une enquête a été ouverte", "le parquet a été saisi" (not "saisi des
    # armes", "ouvert le feu")
    "ouvrir": {"enquête", "enquêtes", "information", "instruction", "procédure", "poursuites"},
    "saisir": {"parquet", "justice", "juge", "juges", "procureur", "section", "pôle", "enquête", "dossier"},
    # "opposer un refus"; "qu'il oppose au geste du militaire" only contrasts
    # someone under investigation: "visé par une enquête", "visée par une plainte" (not "visé par des tirs")
    "viser": {"enquête", "enquêtes", "plainte", "plaintes", "information", "instruction", "procédure",
              "poursuites"},
    "opposer": {"refus", "veto", "véto", "démenti", "non-recevoir", "recevoir"},
}
# verbs of praise with another sense ("louer une voiture": to rent), which praise only an object of praise:
# someone, or one of these nouns ("a loué le travail des soldats")
PRAISE_ONLY_VERBS = {"louer"}
# verbs of thanks with another sense ("le club a remercié son entraîneur": dismissed), which thank only for
# something, after one of these words ("a remercié les pompiers pour leur engagement")
THANKS_ONLY_VERBS = {"remercier"}
THANKS_CASES = {"pour", "de", "d'", "d’"}
PRAISED_NOUNS = {"travail", "courage", "engagement", "action", "rôle", "mobilisation", "dévouement", "effort",
                 "qualité", "professionnalisme", "bravoure", "héroïsme", "sang-froid", "mérite", "esprit",
                 "sens", "talent", "bilan", "réactivité", "efficacité", "détermination", "générosité"}
# the verbs by which the justice takes up a case ("une enquête a été ouverte", "le parquet s'est saisi de
# l'enquête"): in one article they tell one case, its mentions one event
JUSTICE_VERBS = {"ouvrir", "saisir"}
# the verbs of suspicion: someone told as suspected by no one named is in a state, not accused by someone
SUSPICION_VERBS = {"soupçonner", "suspecter"}
# the words by which a noun governs an infinitive that it allows, asks or means ("la liberté de manifester",
# "des appels à manifester"), and the nouns of an aspect, through which the deed is told ("en train de
# négocier")
NOUN_INFINITIVE_MARKS = {"de", "d'", "à"}
ASPECT_NOUNS = {"train"}
# verbs whose reflexive use is no event: "s'appuyer sur", "se rendre sur place", "se féliciter", "se
# demander", "se manifester" (to show oneself)
REFLEXIVE_NOT_EVENT = {"appuyer", "rendre", "imposer", "placer", "lever", "attaquer", "frapper", "trouver",
                       "créer", "livrer", "opposer", "féliciter", "demander", "arrêter", "manifester"}
# what a word of violence aims at that makes it a figure of speech: "s'attaquer à la loi", "combat contre le
# racisme", "la crise frappe le secteur"
ABSTRACT_TARGETS = {"loi", "lois", "réforme", "projet", "texte", "problème", "question", "sujet", "section",
                    "article", "racisme", "antisémitisme", "discrimination", "homophobie", "sexisme",
                    "chômage", "pauvreté", "précarité", "misère",
                    "faim", "crise", "dette", "déficit", "inflation",
                    "corruption", "fraude", "évasion", "virus", "pandémie", "épidémie", "maladie", "cancer",
                    "réchauffement",
                    "climat", "record", "titre", "match", "championnat", "élection", "scrutin",
                    "prix", "secteur", "économie", "industrie", "emploi", "bourse", "tourisme", "inégalité",
                    "inégalités", "injustice", "obésité", "tabac", "idée", "idées", "réputation", "image",
                    "politique", "gouvernance", "système", "bureaucratie", "fake", "rumeur", "arrêt",
                    "difficulté", "difficultés", "défi", "défis", "épreuve", "épreuves",
                    # threats, spreads and situations faced: "affronter la menace", "une expansion du virus"
                    "menace", "menaces", "expansion", "propagation", "situation", "concurrence", "critique",
                    "critiques", "pression",
                    # rules and pacts broken: "violé le couvre-feu", "violer le cessez-le-feu"
                    "couvre-feu", "confinement", "quarantaine", "cessez-le-feu", "trêve", "embargo", "règle",
                    "règles", "règlement", "constitution", "accord", "accords", "traité", "interdiction",
                    "consigne", "consignes", "secret", "serment", "engagement", "engagements", "promesse",
                    "promesses", "résolution", "neutralité", "souveraineté"}
# pronouns that stand for a thing, not someone: "cela interpelle"
THING_PRONOUNS = {"cela", "ça", "ceci", "ce"}
# the verbs of an arrest that also mean calling out someone in words ("le député a interpellé le ministre"),
# and the words that mark the matter raised ("interpellé à propos de", "au sujet de")
ADDRESS_VERBS = {"interpeller"}
ADDRESS_TOPIC_MARKS = {"propos", "sujet"}
# the holders of an elected or government office: one of them called out ("un député interpelle la
# ministre", "le ministre interpellé par des grévistes") with no one armed doing it is no arrest
OFFICE_NOUNS = {"ministre", "député", "députée", "sénateur", "sénatrice", "secrétaire", "président",
                "présidente", "maire", "élu", "élue", "gouvernement", "parlementaire", "préfet", "préfète"}
# the noun of a verb of calling out, which calls out too in an article where the verb does
ADDRESS_NOUNS = {"interpellation"}
# the verbs of protest that, with an object, show a feeling ("a manifesté son inquiétude"), and the crowds
# whose showing it is a protest ("un groupe a manifesté sa colère")
SHOW_VERBS = {"manifester"}
CROWD_NOUNS = {"groupe", "foule", "centaine", "millier", "dizaine", "personne", "habitant", "citoyen",
               "salarié", "étudiant", "agriculteur", "soignant"}
# a decree, not an arrest ("le maire a pris un arrêté", "fixer par arrêté")
DECREE_NOUNS = {"arrêté"}
# the people and groups whose arrest ACLED codes, as political violence or its repression: protesters,
# opponents, the press, migrants, armed groups and forces, organised gangs; an arrest in an article that
# names none of them is one of ordinary crime
POLITICAL_GROUPS = r"\b(?:" + "|".join([
    r"manifest(?!ement)\w*", r"protest\w*", r"opposant\w*", "opposition", r"militant\w*", r"activist\w*",
    r"journalist\w*", r"dissident\w*", r"syndica\w*", r"grévistes?", r"migrants?", r"réfugiés?",
    r"jihad\w*", r"djihad\w*", r"terror\w*", r"islamist\w*", r"radicalisé\w*", r"attentats?",
    r"rebell?\w*", r"insurgé\w*", r"soldats?(?! du feu)", r"militaires?", "armée", r"combattants?",
    r"putsch\w*",
    r"milices?", "gilets jaunes", r"émeut\w*", r"gangs?", r"cartels?", r"séparatist\w*",
    # an organised group, not one offender: "une filière démantelée", "un réseau de passeurs"
    r"filières?", r"réseaux?(?! sociaux)", r"bandes? organisées?", r"démantel\w*",
    r"indépendantist\w*", "junte", "régime"]) + r")\b"
# ... and the preposition of the matter raised when someone unarmed does it ("le maire a interpellé le préfet
# sur la sécurité"; the police "interpellent sur les lieux")
ADDRESS_TOPIC_CASES = {"sur"}
# nouns of blocking: a protest only where the text tells of one ("une injonction de blocage" of a website)
BLOCKING_NOUNS = {"blocage"}
# nouns of a burst that a feeling or a figure makes a surge, no blast ("une explosion de colère", "l'explosion
# des cas")
RISE_NOUNS = {"explosion", "flambée", "envolée"}
# idioms in which a word of violence names no violence (read at the word)
FIGURATIVE_IDIOMS = r"|".join([
    r"coups? d'(?:arrêt|envoi|œil|oeil|éclat|essai|accélérateur|frein|bluff|poker|épée dans l'eau)",
    r"coups? de (?:pouce|gueule|théâtre|cœur|coeur|fil|main|foudre|maître|projecteur|com|génie|chance|"
    r"tonnerre|blues|bambou|balai|fatigue|stress|chaud|froid|massue|sang|boost|force médiatique|téléphone|"
    r"pelle|pioche|crayon|pinceau|klaxon|sifflet|volant|rame|baguette|ciseaux)",
    r"frapp\w* (?:les esprits|l'imagination|l'opinion|les imaginations)",
    r"coup double", r"mise?s? à exécution", r"au combat",  # "morts au combat": in battle, a manner
    r"à coups? de",  # the means of another deed ("affrontés à coups de barres de fer"), or a figure
    r"coup pour coup", r"forces? de frappe", r"(?:du|tout à|après|sur le|d'un seul|tout d'un) coup",
    r"d'un coup(?! de\b| d')",  # "d'un coup": all at once; not "d'un coup de couteau"
    r"coups? (?:dur|durs|bas|médiatique|politique|marketing)", r"attaques? (?:cardiaque|de panique|verbale)",
    r"frappes? (?:de balle|du (?:droit|gauche)|puissante|en lucarne|cadrée)",
    r"combats? (?:politiques?|électoraux|électoral|judiciaires?|juridiques?|féministes?|syndica(?:l|ux)|"
    r"écologistes?|idéologiques?|militants?|contre (?:le|la|les) (?:cancer|maladie|racisme))",
    r"bataille (?:électorale|politique|judiciaire|juridique|des chiffres|de l'opinion)",
])
# cue words that name people, not what they do: "les manifestants", "des gilets jaunes"
PEOPLE_NOUNS = {"manifestant", "manifestante", "gréviste", "émeutier", "casseur", "gilet", "protestataire",
                "militant", "recrue", "déplacé", "otage"}
PEOPLE_ENDINGS = ("ants", "antes", "istes", "eurs", "euses")
# animals: violence done to them is no ACLED event
ANIMALS = {"animal", "animaux", "chien", "chiens", "chat", "chats", "cheval", "chevaux", "poney", "poneys",
           "vache", "vaches", "mouton", "moutons", "chèvre", "chèvres", "loup", "loups", "ours", "oiseau",
           "oiseaux", "chihuahua", "molosse", "âne", "ânes", "jument", "juments", "taureau", "taureaux",
           "lion", "lions", "lionne", "singe", "singes", "macaque", "macaques", "primate", "primates",
           "babouin", "babouins", "gorille", "chimpanzé", "requin", "requins", "crocodile", "crocodiles",
           "alligator", "serpent", "serpents", "vipère", "éléphant", "éléphants", "sanglier", "sangliers",
           "frelon", "frelons", "abeille", "abeilles", "guêpe", "guêpes", "moustique", "moustiques", "rat",
           "rats", "pitbull", "pitbulls", "rottweiler", "chienne", "chiot", "chiots", "fauve", "fauves",
           "hyène", "hyènes", "léopard", "panthère", "hippopotame", "orque", "orques", "méduse", "méduses",
           "renard", "renards", "goéland", "goélands", "mouette", "mouettes", "bovin", "bovins", "phoque",
           "phoques", "panda", "pandas", "baleine", "baleines", "cétacé", "cétacés",
           "béluga", "bélugas"}
# plants: what is cut, felled or torn from them is no violence ("arbres et végétation décapités", "des arbres
# abattus"); not "plante" nor "branche" (of a party, an armed group), which name other things too
PLANTS = {"arbre", "arbres", "arbuste", "arbustes", "végétation", "palmier", "palmiers", "haie", "haies",
          "vigne", "vignes", "pin", "pins", "chêne", "chênes", "platane", "platanes"}
# nouns of a group, not one: "des bandes de singes", "des centaines de macaques", "un groupe armé"
GROUP_NOUNS = {"bande", "gang", "groupe", "horde", "meute", "troupeau", "troupe", "centaine", "dizaine",
               "millier", "essaim", "colonie", "nuée", "banc"}
# the pronouns of one person, as the agent of a deed ("il l'a frappé"): a lone offender
SINGULAR_PRONOUNS = {"il", "elle", "celui-ci", "celle-ci", "qui"}
# violence that no lone criminal does (hostages, a suicide bombing): an attack in an article naming one of
# them is no ordinary crime
ORGANISED_VIOLENCE = (r"\b(?:otages?|kamikazes?|commandos?|attentats?-suicides?|s'est fait exploser|"
                      r"se sont fait exploser)\b")
# victims taken at random in public, as terror takes them ("a attaqué des passants"): no ordinary crime
PUBLIC_VICTIMS = {"passant", "foule", "fidèle", "piéton", "badaud", "spectateur", "usager", "voyageur"}
# the words of violence that strikes many at once ("une fusillade dans une école", "la tuerie"): no private
# crime, whoever did it
MASS_VIOLENCE = {"fusillade", "tuerie", "massacre", "carnage"}
# nouns of a measure, a time or a record: what a verb of violence aims at in a figure ("abattre le 0 à 100
# km/h", "pulvériser le record")
MEASURE_NOUNS = {"kilomètre", "km", "mètre", "seconde", "minute", "chrono", "chronomètre", "record", "temps",
                 "kilo", "kg", "litre", "point", "pourcentage"}
# nouns of cause or frame whose complement names a happening only as the setting of other news ("en raison
# des manifestations", "dans le cadre des manifestations", "dans la foulée des émeutes"), the prepositions
# of the time since ("depuis la mort de"), and those of the time after, after a lapse of a month or more
# ("près de deux mois après l'explosion"; "cinq jours après l'attaque" tells the attack)
SETTING_FRAMES = {"raison", "cause", "cadre", "foulée", "sillage", "mémoire", "contexte", "faveur"}
SETTING_PREPOSITIONS = {"depuis"}
SETTING_AFTER_LAPSE = {"après"}
# the determiners that make an event noun a mention of one told before: "l'attaque", "cet attentat", "son
# arrestation" (a possessive: the happening of someone told)
ANAPHORIC_DETERMINERS = {"le", "la", "l'", "les", "ce", "cet", "cette", "ces", "son", "sa", "ses", "leur",
                         "leurs"}
# light verbs whose complement may also be someone the article names: "a rencontré Emmanuel Macron"
COMPLEMENT_ENTITY = {"recevoir", "rencontrer", "réunir"}
# the reflexive clitics of the third person: always reflexive, whatever the parse says ("qui s'attaquait")
THIRD_CLITICS = {"se", "s'"}
# nouns of fighting that figure other struggles: with no armed actor in the article and no one hurt around
# them they are figures of speech ("un combat partagé par des élus", "répondre à cette attaque")
FIGURATIVE_NOUNS = {"combat", "attaque", "offensive", "bataille", "lutte", "assaut", "frappe", "coup",
                    "guerre", "affrontement", "contre-attaque", "contre-offensive"}
# nouns of a killing whose complement counts the dead: "l'assassinat de huit personnes", "la mort de deux
# jeunes"
KILL_NOUNS = {"assassinat", "meurtre", "massacre", "exécution", "mort", "décès"}
# the words that make the figure after them a part of the one before: "huit morts, dont six Français"
DEAD_PART = r"\b(?:dont|parmi (?:eux|elles|lesquels|lesquelles))\s+$"
# the words between the two dates of a range: "d'octobre à fin mai", "entre janvier et mars"
RANGE_WORDS = {"à", "au", "et", "-", "–", "jusqu'à", "jusqu'au", "jusqu'en"}
# the words that make a happening named after them the time frame of a deed ("tués lors des émeutes de
# 2019", "blessés au cours des combats du 3 mars"): its date is the deed's
TIME_FRAME_WORDS = {"lors", "pendant", "durant", "cours"}
# the words before a lapse that make it the time the toll took: "en plus de quatre ans", "pendant trois mois"
LAPSE_WORDS = {"en", "pendant", "durant", "sur",
               # the first or last months of a period: "au cours des six premiers mois de l'année"
               "premiers", "premières", "derniers", "dernières"}
# the words of which a verb of killing is the aim, not the deed: "destinée à tuer", "pour tuer"
INTENT_WORDS = {"destiner", "destiné", "destinée", "destinés", "destinées", "vouloir", "chercher", "tenter",
                "viser", "essayer", "menacer", "projeter", "pour", "afin", "prêt", "prête"}
# the words of fear whose infinitive is no deed: "de peur d'être tués", "craignant d'être abattus"
FEAR_WORDS = {"peur", "crainte", "craindre", "redouter", "risquer", "risque", "menace"}
# the words that join one person to a figure of the dead: "un soldat ainsi que dix assaillants ont péri"
JOINED_DEAD_WORDS = {"et", "ainsi que"}
# the verbs whose infinitive is the aim of something, not a deed done: "une intervention visant à interpeller
# des suspects", "une loi destinée à sanctionner", "cherchant à le faire taire"
AIM_VERBS = {"viser", "destiner", "chercher"}
# the words that give the charge of a step of the justice: "placé en garde à vue pour assassinat"
CHARGE_MARKS = {"pour"}
# the nouns that name a charge: "ouverte des chefs de violences", "du chef d'assassinat"
CHARGE_NOUNS = {"chef", "chefs", "motif"}
# verbs of wounding, and the word of the wounded: "tués ou blessés" counts no dead
WOUND_VERBS = {"blesser", "blessé"}
# nouns that name any attack, whatever its kind ("l'assaut", "les assaillants"): two sentences that read
# one attack as two kinds of violence tell one happening
ATTACK_NOUNS = {"attaque", "assaut", "attentat", "assaillant", "attaquant"}
# the words that join the killed to the wounded in one count of casualties ("tués ou blessés", "6 tués et
# blessés")
CASUALTY_JOINS = {"ou", "et"}
# a toll over a year is the sum of many events: "4.000 morts en 2019", "l'an dernier"
YEAR_TOLLS = r"\b(?:en (?:19|20)\d\d|l'an (?:dernier|passé)|l'année (?:dernière|passée)|cette année|" \
    r"chaque année|par an)\b"
# the marks of an infinitive that is the aim of the event it hangs on: "rassemblés pour lui rendre hommage"
PURPOSE_MARKS = {"pour", "afin"}
# the manner that makes an arrest an assault: "interpellé violemment"
VIOLENT_MANNER = {"violemment", "brutalement", "sauvagement"}
# verbs of stopping or giving up: the deed they govern is not done ("cesser d'attaquer")
STOP_VERBS = {"cesser", "arrêter", "renoncer", "interrompre", "suspendre"}
# feelings: what they "strike" or "invade" is no one attacked ("la colère l'envahit")
FEELING_NOUNS = {"colère", "peur", "panique", "émotion", "tristesse", "joie", "doute", "angoisse",
                 "inquiétude", "rage", "désespoir", "stupeur", "fatigue", "nostalgie", "lassitude", "honte",
                 "envie"}
# the means of a fight waged with words or in court: "attaqué en justice", "a attaqué X dans un tweet"
MEANS_OF_WORDS = {"justice", "tribunal", "tribunaux", "tweet", "twitter", "message", "communiqué", "courrier",
                  "courriel", "mail", "vidéo",
                  "interview", "discours", "lettre", "tribune", "éditorial", "verbalement", "diffamation",
                  "publiquement", "antenne", "prud'hommes"}
# the prepositions that open such a means: "en justice", "dans un tweet", "devant les tribunaux"
MEANS_PREPOSITIONS = {"en", "dans", "sur", "devant"}
# the relative pronoun of a clause's object: "les crises que le pays aura à affronter"
RELATIVE_OBJECTS = {"que", "qu'"}
# adverbs of degree: a participle they grade is an adjective ("les plus demandés", "très soutenu")
DEGREE_ADVERBS = {"très", "particulièrement", "trop", "extrêmement", "tellement"}
# ... and those of the superlative, after a determiner ("les plus demandés")
SUPERLATIVE_ADVERBS = {"plus", "moins"}
# verbs of fighting that also figure a fight of words: between named people with no one armed or hurt
# around, they tell no violence ("Valls attaque Paris Match")
FIGURE_PRONE_VERBS = {"attaquer", "affronter", "combattre", "frapper", "tacler", "étriller"}
# what recurs ("chaque année", "tous les mois"): an event told as a habit is no one happening
HABITUAL = r"\b(?:chaque|tous les|toutes les) (?:année|années|an|ans|mois|semaine|semaines|jour|jours|été|" \
    r"hiver)\b"
# adverbs of frequency, when they modify the verb itself ("qui la bombardent fréquemment"; not "un village
# souvent visé")
HABITUAL_ADVERBS = {"fréquemment", "régulièrement", "souvent", "quotidiennement", "habituellement"}
# les noms d'un procès, dans un titre : la violence que l'article raconte est une affaire jugée ("Aux
# assises, ...")
TRIAL_WORDS = {"assises", "procès", "tribunal", "correctionnelle", "comparution", "jurés"}
# les mots de la justice dont une violence est l'objet ("accusé de viol", "une enquête pour agression
# sexuelle", "condamnés pour le meurtre") : une affaire de droit commun que la justice traite, pas une
# violence politique qu'ACLED code
JUDICIAL = {"accuser", "accusé", "accusation", "condamner", "condamné", "condamnation", "enquête", "plainte",
            "procès", "juger", "jugé", "jugement", "inculper", "inculpé", "inculpation", "poursuivre",
            "poursuite", "poursuites", "assises", "examen", "réclusion", "peine",
            # a guilt, a charge's name, a case: "reconnu coupable d'incendie criminel", "la qualification
            # d'assassinat", "dans deux affaires d'escroquerie"
            "coupable", "culpabilité", "qualification", "affaire", "dossier"}
# les proches, le conjoint (avec un possessif : "a tué son compagnon", "sa femme") : une violence faite à l'un
# des siens est un crime privé, pas une violence politique qu'ACLED code
RELATIVES = {"mari", "époux", "épouse", "femme", "compagnon", "compagne", "conjoint", "conjointe", "concubin",
             "concubine", "amant", "amante", "maîtresse", "fiancé", "fiancée", "copain", "copine", "ex",
             "ex-femme", "ex-mari", "ex-compagnon", "ex-compagne", "ex-conjoint", "ex-conjointe", "ex-épouse",
             "ex-époux", "fils", "fille", "enfant", "bébé", "nourrisson", "père", "mère", "parent", "frère",
             "sœur", "demi-frère", "demi-sœur", "grand-père", "grand-mère", "petit-fils", "petite-fille",
             "oncle", "tante", "neveu", "nièce", "cousin", "cousine", "beau-père", "belle-mère",
             "beau-frère", "belle-sœur", "gendre", "belle-fille", "beau-fils"}
# the words by which a happening is banned, prevented, foiled, called off or given up ("l'interdiction des
# rassemblements", "ont déjoué un attentat", "ont renoncé à organiser une manifestation"): it did not happen
BLOCKING_WORDS = {"interdire", "interdiction", "empêcher", "déjouer", "éviter", "prévenir", "prévention",
                  "renoncer", "annuler", "annulation", "bannir", "prohiber", "prohibition", "proscrire",
                  "contrecarrer", "déprogrammer", "abri", "protéger", "protection"}
# the verbs that only stage the happening their object names: "organiser une manifestation", "commettre un
# attentat"
STAGING_VERBS = {"organiser", "tenir", "mener", "commettre", "perpétrer", "lancer", "conduire", "déclencher",
                 "faire"}
# the words that name happenings as a class, counted, followed over time or feared ("la hausse des
# agressions", "le nombre de manifestations", "six mois de manifestations", "la menace d'attentat", "les
# attaques se multiplient"): no one happening
TREND_WORDS = {"augmentation", "hausse", "baisse", "recrudescence", "multiplication", "diminution", "recul",
               "progression", "record", "niveau", "taux", "moyenne", "statistique", "chiffre", "flambée",
               "envolée", "vague", "série", "risque", "menace", "crainte", "contexte", "climat", "lutte",
               "mois", "semaine", "année", "an", "décennie",
               # ... and the verbs of a trend they are subject or object of ("les agressions ont bondi")
               "multiplier", "augmenter", "doubler", "tripler", "diminuer", "baisser", "reculer", "bondir",
               "progresser", "chuter", "grimper", "croître"}
# ... and the nouns that count only with the definite article ("le nombre d'attaques", not "un grand nombre")
DEFINITE_COUNT_NOUNS = {"nombre", "total"}
# the adjectives of happenings that recur: "des attaques jihadistes récurrentes", "des agressions répétées"
RECURRENT_ADJECTIVES = {"récurrent", "récurrente", "récurrents", "récurrentes", "répété", "répétée",
                        "répétés", "répétées", "incessant", "incessante", "incessants", "incessantes",
                        "fréquent", "fréquente", "fréquents", "fréquentes", "régulier", "régulière",
                        "réguliers", "régulières", "innombrable", "innombrables", "quotidien", "quotidienne",
                        "quotidiens", "quotidiennes"}
# the nouns of a request: the happening they ask for has not happened ("les demandes d'un cessez-le-feu",
# "des appels à une prise de contrôle")
REQUEST_NOUNS = {"demande", "appel", "revendication", "exigence", "requête", "réclamation"}
# the nouns of a condition: the happening they name is hypothetical ("en cas de grève", "l'hypothèse d'une
# attaque")
CONDITION_NOUNS = {"cas", "hypothèse", "éventualité"}
# the verbs by which a call is answered: what it called for was done ("ont répondu à l'appel")
HEEDING_VERBS = {"répondre", "suivre", "entendre", "écouter"}
# the prepositions that mark what a request asks for ("appel à la grève", "calls for a ceasefire")
REQUEST_PREPOSITIONS = {"à", "au", "aux", "de", "d'", "des", "du"}
# the nouns of one instance of a kind of happening, through which a word of trend counts them ("les actes
# de vandalisme ont augmenté", "les cas d'agression ont doublé")
INSTANCE_NOUNS = {"acte", "cas", "incident", "fait", "épisode"}
# the prepositions that make a bare plural after a noun indefinite: "victimes de massacres", "auteur
# d'attentats" (not "des", "the" in "les victimes des massacres")
INDEFINITE_CASES = {"de", "d'"}
# the nouns of a time or setting that a happening gives, after which a bare plural still tells happenings
# ("au lendemain de manifestations", "en marge de manifestations", "au cours d'affrontements")
CIRCUMSTANCE_NOUNS = {"lendemain", "veille", "cours", "marge", "suite", "issue", "occasion", "moment",
                      "début", "fin", "cadre", "lieu", "théâtre", "bilan"}
# the nouns of a work that tells a story: the happening it tells is no news ("un roman, récit du meurtre de
# deux enfants", "un film sur l'attentat")
WORK_NOUNS = {"récit", "roman", "film", "livre", "fiction", "téléfilm", "documentaire", "pièce", "polar",
              "thriller", "scénario", "bande dessinée", "chanson", "épisode"}
# the endings of the nouns of an action a verb of stopping stops ("arrêter la distribution"), not someone
# arrested
ACTION_ENDINGS = ("tion", "sion", "ment", "age")
# the nouns of things (weapons, vehicles, gear, places, skills) that a bare complement of a happening's kind
# only qualifies: "des chars d'assaut", "un hélicoptère de combat", "les sports de combat" name no happening
KIND_OF_THING_NOUNS = {"char", "fusil", "arme", "avion", "hélicoptère", "véhicule", "engin", "navire",
                       "bâtiment", "blindé", "drone", "tenue", "uniforme", "gilet", "casque", "chien",
                       "arène", "sport", "art", "école", "entraînement", "technique", "régiment", "unité",
                       "brigade", "troupe", "nom", "hache", "cri", "chant", "jeu", "pistolet", "couteau",
                       # a scene or picture of one is shown, not done: "des scènes de combat"
                       "scène", "image",
                       # a kind of mission, whose fighting is not told: "lors d'une opération de combat"
                       "opération", "mission", "exercice"}
# the adjectives of a domain of no violence and no street protest: "l'offensive diplomatique", "une bataille
# électorale", "les manifestations sportives", "le cortège présidentiel" name no assault, no protest
PEACEFUL_DOMAINS = {"diplomatique", "électoral", "juridique", "judiciaire", "commercial", "économique",
                    "médiatique", "sportif", "culturel", "musical", "artistique", "festif", "présidentiel",
                    "publicitaire", "verbal", "parlementaire", "financier", "fiscal", "boursier",
                    "touristique", "gastronomique", "scientifique", "caritatif", "oratoire",
                    # a gathering among family or friends: "des rassemblements privés"
                    "privé", "amical"}
# ... and for a word of fighting also politics ("une offensive politique"; a political murder is a murder)
PEACEFUL_DOMAINS_OF_FIGHTING = {"politique", "idéologique", "législatif"}
# the verbs by which a happening of a peaceful domain becomes violence ("une altercation verbale a
# dégénéré"): its domain no longer holds
ESCALATION_VERBS = {"dégénérer", "tourner", "virer", "basculer"}
# the verbs and nouns of a court's sentence when someone is sentenced ("a été condamné", "condamné un colon à
# la prison à perpétuité"), not blamed in words ("a condamné l'attaque")
SENTENCE_WORDS = {"condamner", "condamnation"}
# the penalties a sentence gives, marked "à": "condamné à cinq ans de prison", "à une amende"
PENALTY_NOUNS = {"prison", "peine", "perpétuité", "réclusion", "amende", "mort", "an", "année", "mois",
                 "sursis", "détention", "emprisonnement", "travaux"}
PENALTY_MARKS = {"à"}
# the things one blames in words, that a passive of blame may have for subject ("les propos ont été
# condamnés")
BLAMED_THINGS = {"violence", "propos", "comportement", "décision", "attitude", "geste", "agissement",
                 "action", "acte", "parole", "tweet", "message", "déclaration", "initiative", "politique"}
# the nouns of forces and their means that a verb of mobilizing moves ("renforcé le dispositif", "déployé
# des navires"), beside the nouns of armed people: what else it moves is no force ("les soupçons ont été
# renforcés", "déployant ses talents", "un aigle aux ailes déployées")
FORCE_NOUNS = {"renfort", "effectif", "compagnie", "unité", "bataillon", "escadron", "brigade", "régiment",
               "contingent", "agent", "dispositif", "moyen", "mesure", "sécurité", "présence", "déploiement",
               "patrouille", "hélicoptère", "navire", "avion", "drone", "blindé", "véhicule", "arsenal",
               "arme", "missile", "batterie", "système", "bâtiment", "frégate", "sous-marin", "porte-avions",
               "garde", "équipe", "personnel", "réserviste", "volontaire", "pompier", "secouriste",
               "sauveteur", "camion", "homme", "membre", "élément", "colonne", "convoi", "flotte", "escorte",
               "tank", "milice", "force", "troupe", "combattant", "police", "gendarmerie", "contrôle",
               "surveillance", "vigilance", "frontière", "barrage", "défense", "position", "base", "garnison",
               "zone", "secteur", "périmètre", "quartier", "région", "site"}
# the verbs of mobilizing whose object is the area covered, not what is moved ("quadriller les secteurs")
AREA_MOBILIZE_VERBS = {"quadriller", "patrouiller", "sillonner", "boucler", "investir"}
# the verbs of help that mean attending or witnessing when they take no object ("assistent aux funérailles",
# "sont venues y assister"; "ont assisté les blessés" is help)
ATTEND_VERBS = {"assister"}
# the nouns of honouring the dead: the dead a participle describes under them ("hommage aux soldats tués au
# Mali", "en l'honneur des victimes tuées") were killed in a happening told elsewhere, no deed of its own
COMMEMORATION_NOUNS = {"hommage", "honneur", "mémoire", "souvenir", "deuil", "recueillement", "commémoration",
                       "silence", "cérémonie", "obsèques", "funérailles",
                       # where and with what the dead are honoured: "le monument aux soldats tués", "déposer
                       # des fleurs aux policiers tués"
                       "monument", "mémorial", "stèle", "gerbe", "fleur"}
# the verbs of request whose bare participle with a "de" complement names a guest ("Jean Dupont, invité de la
# matinale", "invité de l'émission du soir"), no request ("invités à contacter la police" is one)
GUEST_VERBS = {"inviter"}
GUEST_MARKS = {"de", "d'", "du", "des"}
