"""Statement kinds: the reporting verb decides first, then the content ("ready to crush them" is
a threat even when the verb is "said"; "would be charged with terrorism", "will not escape
justice" threaten; "would investigate", "would be treated in line with" pledge; "is waging war
on", "had been beaten in custody" accuse). The cue lexicon is the list of reporting verbs."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

# lemma -> kind; STATEMENT verbs only report, the content may still make the statement a threat.
VERB_KINDS: dict[str, str] = {
    **dict.fromkeys(("accuse", "blame", "charge", "allege", "fault", "complain"), "ACCUSE"),
    **dict.fromkeys(("threaten", "warn"), "THREATEN"),
    **dict.fromkeys(("demand", "order", "ultimatum"), "DEMAND"),
    **dict.fromkeys(("urge", "appeal", "call", "ask", "plead", "implore", "request", "beg", "press",
                     "encourage", "exhort", "petition"), "APPEAL"),
    **dict.fromkeys(("deny", "reject", "dismiss", "refute", "rebuff", "disavow", "dispute", "contest",
                     "contradict", "repudiate"), "DENY"),
    **dict.fromkeys(("pledge", "vow", "promise", "swear", "commit", "guarantee", "assure", "offer", "propose"),
                    "PLEDGE"),
    # a refusal of what another side asks or offers ("refused to sign", "ruled out talks",
    # "turned down the plan", "would boycott the talks") answers it: a denial
    **dict.fromkeys(("refuse", "boycott", "rule out", "turn down"), "DENY"),
    **dict.fromkeys(("condemn", "denounce", "decry", "slam", "criticise", "criticize", "blast",
                     "deplore", "censure", "lambast", "rebuke", "castigate", "excoriate", "berate",
                     "chastise"), "CONDEMN"),
    **dict.fromkeys(("claim", "boast", "assert", "maintain"), "CLAIM"),
    **dict.fromkeys(("praise", "welcome", "hail", "commend", "thank", "applaud", "salute", "laud",
                     "congratulate"), "PRAISE"),
    **dict.fromkeys(("say", "tell", "state", "announce", "add", "write", "post", "tweet", "declare",
                     "report", "confirm", "note", "explain", "stress", "emphasise", "emphasize",
                     "argue", "acknowledge", "admit", "reveal", "disclose", "indicate", "predict",
                     "reiterate", "reply", "recall", "caution", "signal", "remark",
                     "underline", "suggest", "describe", "quote", "testify", "inform", "learn",
                     "brand", "label", "term", "insist"),
                    "STATEMENT"),
}
# Verbs that report speech only with a clause or quote, never with a bare object ("told the truth"
# is not a statement, "told reporters that ..." is).
NEEDS_CONTENT = {"say", "add", "note", "explain", "stress", "emphasise", "emphasize", "argue",
                 "acknowledge", "admit", "reveal", "disclose", "indicate", "predict", "reiterate",
                 "reply", "recall", "signal", "remark", "underline", "suggest", "tell",
                 "report", "confirm", "state", "write", "post", "learn", "maintain",
                 "assert", "describe", "quote", "testify", "inform", "announce", "declare",
                 "caution", "order", "ask", "request", "charge", "assure", "press", "encourage"}
# "pinned the blame on X", "laid the blame on X", "pointed the finger at X"
BLAME_VERBS = {"pin", "lay", "put", "place", "point", "shift"}
HUNTED_NOUNS = {"capture", "arrest", "head", "whereabouts"}  # what a price is put on
BOUNTY_VERBS = {"put", "place", "offer", "announce", "set", "issue", "post", "slap"}
# what a side is said to have done when an act is "attributed to" or "pinned on" it
ATTRIBUTED_ACTS = {"attack", "attacks", "strike", "killing", "killings", "raid", "bombing", "shelling", "massacre",
                   "assault", "ambush", "blast", "explosion", "kidnapping", "abduction", "assassination", "murder",
                   "violence", "fire", "arson", "shooting", "incursion"}
# "traded blame", "exchanged accusations": an act both sides do (``speech/mutual.py``)
TRADING_LEMMAS = {"trade", "exchange"}
TRADED_CHARGES = {"blame", "accusation", "charge", "threat", "barb", "recrimination", "insult"}
ENVOY_NOUNS = {"ambassador", "envoy", "chargé", "charge", "diplomat", "attaché"}
# Verbs that name what their object is ("called the raid a violation", "branded the group
# terrorists"): a statement only with the name given; what is named decides the kind.
NAMING_LEMMAS = {"call", "brand", "label", "term", "describe"}
# "voiced alarm at", "expressed outrage over": dismay said of an act condemns it
DISMAY_NOUNS = {"alarm", "concern", "outrage", "indignation", "dismay", "shock", "horror", "condemnation", "anger"}
# what a naming verb in a relative clause may name: "a claim the army called a fairy tale"
# what a party is called when the name is a charge: "called the attackers narco-terrorists",
# "describing them as Khawarij sent from across the border", "branded the rebels mercenaries"
ENEMY_LABEL = re.compile(
    r"\b(?:\w+-)?(?:terrorists?|khawarij|kharijites?|prox(?:y|ies)|mercenar(?:y|ies)|criminals?|bandits?|"
    r"gangsters?|thugs?|traitors?|puppets?|agents of|hirelings?|murderers?|killers?|executioners?|"
    r"provocateurs?|saboteurs?|invaders?|occupiers?|war criminals?|fascists?|nazis?|outlaws?|"
    r"butchers?|savages?|enem(?:y|ies) of|trojan horse|a front for|pawns?|stooges?|lackeys?|vassals?|henchm[ae]n|"
    r"(?:a |the )?tools? of)\b", re.I)
# what one side puts to another and the other may refuse ("rejected the truce", "ruled out talks")
PROPOSAL_NOUNS = {"offer", "demand", "proposal", "plan", "truce", "ceasefire", "cease-fire", "deadline", "call",
                  "ultimatum", "talk", "talks", "negotiation", "negotiations", "mediation", "settlement", "deal",
                  "draft", "initiative", "condition", "conditions", "request", "invitation", "overture",
                  "roadmap", "dialogue", "amnesty", "timetable", "idea", "suggestion", "peace"}
OFFERED_NOUNS = {"talks", "talk", "amnesty", "truce", "ceasefire", "mediation", "dialogue", "negotiations",
                 "support", "help", "assistance", "protection", "pardon", "guarantees", "troops", "asylum"}
# what a side refuses to do when it refuses a settlement
REFUSED_ACTS = {"negotiate", "talk", "sign", "disarm", "accept", "recognise", "recognize", "attend", "join",
                "sit", "return", "hand", "meet", "engage", "participate", "cooperate",
                "surrender", "release", "free", "abide", "implement", "comply"}
CLAIM_NOUNS = {"claim", "accusation", "allegation", "charge", "report", "assertion", "account", "version"}
# Verbs that appeal only when they say to do something ("pressed Israel to halt", "pressed for
# talks"); "pressed charges", "encouraged by the result" are no appeals.
APPEAL_NEEDS_ACT = {"press", "encourage", "exhort", "petition"}

CONTENT_CUES: tuple[tuple[str, re.Pattern[str]], ...] = (
    # "said the ambush was retaliation for the killing of ...": the reason given for an attack
    # the speaker's side made is a claim, though the words are those of threats
    ("CLAIM", re.compile(
        r"\b(?:was|were|is|are|as) (?:an? |in )?(?:act of )?(?:retaliation|revenge|reprisal|response|"
        r"punishment) (?:for|to|against)\b", re.I)),
    ("THREATEN", re.compile(
        r"\b(?:(?:will|would|shall|'ll) hold \w+(?: \w+)? (?:fully )?responsible|(?:would|will) (?:respond|retaliate|"
        r"strike|hit|target|attack|punish|avenge|hunt)|hunted down|(?:not )?go unpunished|"
        # force promised without a threat verb: "will be hit with the full force of the state",
        # "free our prisoners by other means", "the only language they will hear from us is force"
        r"(?:will|would|shall)(?: not|n't| never) lay down (?:our|their|its|his|the) (?:weapons|arms)|"
        r"(?:full|whole) (?:force|weight|might) of (?:the )?(?:state|law|army|republic)|by (?:other|military) means|"
        r"language (?:\w+ ){0,5}is (?:force|fire|war)|at any (?:cost|price)|"
        r"intensify (?:its |their |our |the )?(?:operations|attacks|strikes|offensive)|"
        r"(?:press|push) (?:on|ahead|forward|(?:\w+ )?(?:offensive|attacks?|operations?))(?: \w+){0,6} until|"
        r"(?:will|would) be (?:destroyed|crushed|eliminated|wiped out|punished)|crush\w*|retaliat\w*|pay (?:a|the) (?:very |heavy |high |dear |steep |terrible )*price|will (?:respond|"
        r"strike|hit|target|attack|destroy|burn|punish|avenge)|wipe (?:\w+ )?out|destroy (?:them|"
        r"you|it)|(?:will|would|shall) (?:\w+ )?regret|last mistake|within (?:the )?range of (?:our|its|their)|consequences|strike back|all options|will not hesitate|won't "
        r"hesitate|gates of hell|ready to (?:fight|strike|attack|crush|respond|confront|die)|"
        r"will be met with|no safe|legitimate targets?|revenge|avenge|annihilat\w*|"
        r"decisive(?:ly)? (?:response|respond)|(?:harsh|painful|crushing|severe) response|"
        r"(?:will|would|shall) (?:receive|get|meet|face|be met with) an? (?:appropriate|proportionate|firm|fitting|strong) response|"
        # the fate promised to adversaries: "will not escape justice", "would be hunted down"
        r"(?:will|would|shall) not (?:escape|go unanswered|go unpunished)|escape justice|no impunity for|"
        r"go unanswered|brought to justice|wherever they (?:are|may be|hide)|"
        r"face the (?:full )?(?:force|wrath|might|weight)|(?<!\bto )pay (?:dearly|for (?:this|it|every|their|the))|"
        r"nowhere to (?:hide|run)|(?:is|are) (?:a |legitimate )?targets?\b|exterminate\b|"
        r"answer for|reserv(?:e|es|ed|ing) the right to (?:strike|respond|retaliate|hit|target|defend)|"
        # the fates promised in wire quotes: "will leave it in coffins", "their days are numbered"
        r"will pay (?:a |an )?\w*fold|(?:days|hours)(?: \w+){0,4} (?:are|were) numbered|in (?:coffins|body bags|a box)\b|"
        r"find no (?:rest|peace|refuge|sanctuary|shelter|safe haven|hiding place|escape)|"
        # "no jungle in Colombia deep enough to hide him", "will find us on their path", "we will
        # clear every cave", "would be treated as a military target"
        r"no (?:jungle|mountain|cave|forest|hole|border|corner|place|bunker|tunnel|desert)(?: \w+){0,4} "
        r"(?:deep|far|high|remote|dark|big|safe|thick|wide) enough|find us (?:on|in|at|waiting)\b|"
        r"(?:we|our (?:forces|troops|men|soldiers|fighters)) will (?:clear|hunt|chase|pursue|track|catch|flush|reach) "
        r"(?:down |out )?(?:every|all|them|him|you|each|the last)\b|"
        r"(?:treated|considered|regarded|seen) as (?:an? |the )?(?:legitimate |military |enemy )?targets?\b|(?:will|would|shall) not go cheap|(?:get|receive) an? (?:answer|response)|"
        r"(?:will|would|shall) be answered|(?:will|would|shall) not (?:leave|get out|return) alive|"
        r"(?:the|our|my|their) (?:answer|response|reply) will come|(?:is|was) (?:only|just) the beginning|total war|"
        r"(?:attacks|strikes|operations|raids|fighting|war) (?:would|will) (?:continue|go on)|"
        r"not (?:stay|remain|be|keep) silent|patience (?:is|was) over|patience has (?:run out|ended)|"
        r"(?:will|would) be treated as (?:an? |the )?(?:terrorists?|enemy|enemies|criminals?|traitors?|combatants?)|"
        r"by (?:every|all) (?:means|possible means)|not leave a single|(?:will|would) not surrender|"
        r"next to burn|(?:will|would) not stand (?:by|idly)|sooner than (?:they|you) think|"
        r"(?:living|live|counting) (?:their|its|his) (?:last|final) days|no place to hide|know how to finish|"
        r"(?:will|would|shall) not (?:turn|make) (?:\w+ ){1,3}(?:into )?another\b|(?:will|would) not become another\b|"
        r"come for (?:them|you|him)\b|patience (?:is|was) not (?:infinite|endless|unlimited|limitless)|"
        r"(?:until|till) the last (?:terrorist|militant|rebel|gunman|fighter|one|base|hideout|enemy)|uproot|"
        r"(?:make|made|making) (?:\w+ ){1,3}pay\b|not hold (?:\w+ ){0,2}for long|"
        r"(?:should|must) not be (?:read|mistaken|taken|seen) as (?:a sign of )?weakness|"
        r"(?:will|would) be (?:retaken|recaptured|liberated|dismantled|wiped)|flush(?:ing)? out|"
        r"^(?:more|further|new|fresh) (?:attacks|strikes|operations)|"
        r"(?:keep|continue) (?:attacking|fighting|striking|targeting|shelling|hitting|bombing|firing|launching)|"
        r"no (?:refuge|hiding place|safe haven)|(?:will|would) be next\b|"
        # more fates: "nowhere left for them to hide", "the hunt continues", "signed their own
        # death warrant", "will not sleep in peace", "war is what it will get"
        r"nowhere (?:left )?(?:for \w+ |in \w+(?: \w+)? )?to (?:hide|run)|the hunt (?:continues|goes on|is on|has (?:only )?begun)|"
        r"(?:will|would|shall) (?:\w+ ){0,2}(?:hunt|track|pursue|chase) (?:down )?(?:the |every |all |those )?(?:perpetrators|attackers|"
        r"killers|culprits|assailants|terrorists)\b|rid (?:the|our) (?:country|region|nation|province|state) of\b|"
        r"signed (?:their|its|his) own death warrant|not sleep (?:in peace|soundly|easy|safely)|"
        r"(?:is|are) what (?:it|they|he|you) (?:will|shall) get|find us waiting|"
        r"take (?:this|the) (?:war|fight|battle) (?:to|into)|"
        # an adversary's future told as a fate: "these terrorists will never hold ... hostage",
        # "the Russians will keep burying their men", "every bandit who ... will find"
        r"\b(?:these|those|every|any) (?:\w+ ){0,6}?(?:terrorists?|criminals?|bandits?|militants?|rebels?|"
        r"gangs?|killers?|attackers?|invaders?|occupiers?|mercenar(?:y|ies)|responsible) (?:\w+ ){0,6}?"
        r"(?:will|shall) (?:never|not|keep|soon|all|be|fail)\b|"
        r"(?:will|would|shall) not (?:allow|tolerate|permit)|won't (?:allow|tolerate)|"
        # fates in plain words: "will not go unavenged", "will stay there for good", "the south
        # will be their grave", "will pay in blood", "would rot in prison", "would stand trial"
        r"(?:go|remain) unavenged|(?:will|would) (?:stay|remain) (?:there |here )?(?:for good|forever)|"
        r"(?:meet|face|share) (?:the same|their|a similar) (?:end|fate)|(?:be|become) (?:their|its|his) "
        r"(?:grave|graveyard|tomb)|only graves|pay in blood|blood (?:with|for) blood|playing with fire|"
        r"(?:will|would|shall) bear (?:the )?(?:full |sole )?responsibility|rot in (?:prison|jail|isolation|a cell|their cells)|"
        r"(?:spend|serve) the rest of (?:their|his|her) (?:lives|life)|"
        r"(?:will|would) (?:face|stand) (?:trial|a (?:military )?(?:court|tribunal)|(?:(?:the|a) )?(?:[\w'’]+ ){0,2}?(?:justice|prosecution))|"
        r"fac(?:e|es|ed|ing) (?:life|death|the death penalty|execution) (?:in prison|sentences?)?|"
        r"treat (?:them|it|him|they) as such|finish the job|cut off (?:every|any|the) hands?|"
        r"(?:have|show) no mercy|held to account|(?:not (?:one|a single) (?:\w+ ){0,4}(?:will|would|shall) (?:sleep|rest|escape))|"
        r"wherever (?:terror|terrorism|the enemy|they) (?:raises?|rears?|shows?|appears?)|"
        r"(?:offensive|operation|campaign|strikes?|attacks?) (?:would|will) (?:go on|continue)(?: \w+)* until|"
        # "would march on El Obeid", "will not stop until every rebel has laid down his weapon",
        # "the state will answer with all its force", "there will be no truce with those who ..."
        r"(?:will|would) march on|not stop until (?:every|all|the last)|came (?:here )?to die|"
        r"keep up (?:its|their|the|our) (?:strikes|attacks|offensive|operations|bombardment)|"
        r"(?:they|the enemy|the invaders|the occupiers) will keep (?:losing|dying|burying|paying)|"
        r"answer with (?:all |the full |full )?(?:(?:its|our|the|their) )?(?:full )?(?:force|might|strength)|"
        r"(?:treated|considered|regarded|viewed|seen) as (?:an? )?(?:act of (?:war|aggression)|declaration of war|"
        r"hostile act|legitimate targets?)|"
        # "will not rest until the last of these butchers is dragged out", "will find neither rest
        # nor refuge", "no hill high enough to hide behind", "patience has limits", "will reap
        # what they sow", "would not sit idle while", "will keep hunting them", "will one day stand
        # before an international court", "will be treated as one"
        r"not rest until (?:\w+ ){0,5}?(?:butchers?|terrorists?|bandits?|attackers?|killers?|perpetrators?|enemy|militants?|"
        r"rebels?|criminals?|culprits?|those responsible|gangs?)\b|find (?:neither|no) (?:rest|refuge|peace|shelter|hiding place)|(?:no|not a) \w+ (?:high|deep|far) enough to hide|"
        r"patience (?:has (?:its )?limits|is not (?:endless|infinite|unlimited|eternal)|(?:is )?running out)|wise not to test|"
        r"reap what (?:they|you|it|he|she) (?:sow|sowed|have sown|has sown)|not (?:sit|stand) idle|"
        r"(?:keep|continue|go on) (?:hunting|chasing|pursuing|tracking)|stand (?:trial )?before (?:a|an|the) (?:\w+ )?(?:court|tribunal|judge)|"
        r"(?:will|would) be treated as (?:one|such)|(?:will|would) take back (?:every|each|all)|"
        r"no truce with|(?:only|just) a warning|(?:a|the|our) (?:last|final) warning|fight on until|"
        # "will not sleep in peace", "will find their graves", "will not hide them for long",
        # "will pay for it", "will be treated as bandits": harm promised to the other side
        r"will not sleep (?:in peace|soundly|easy|safely)|find (?:their|your|its|his) (?:own )?graves?|"
        r"will not (?:hide|shelter|protect|save) (?:them|you|him)|(?:nowhere|no place) to hide|"
        r"(?:will|shall) pay (?:dearly |a heavy price |the price )?for (?:it|this|that|what|their|his|every|each|these|those)|"
        # "would pay 'several times over' for any attack"
        r"(?:will|would|shall) pay\b(?: [\w'’\"“”-]+){0,4} for (?:any|every|each)\b|"
        # "every drone operator will pay", "they will pay dearly": the price is the threat
        r"(?:will|shall|would) (?:all )?pay(?: dearly| (?:a|the) (?:heavy |high |steep )?price)?(?=\s*(?:[.,;!\"”’]|$))|"
        r"(?:will|would|shall) be treated as (?:an? )?(?:\w+ )?(?:bandits?|terrorists?|enem(?:y|ies)|combatants?|"
        r"fighters?|criminals?|targets?|traitors?|soldiers?|accomplices?|collaborators?|spies|agents?|intruders?|invaders?)|"
        # force promised to whoever crosses the speaker: "would use decisive force against anyone
        # who", "every lawful means against those who"; an advance or fight that goes on until the
        # other side yields; "will answer before justice"; "the time and the place of its answer"
        r"(?:use|employ|deploy) (?:\w+ ){0,3}(?:force|means|measures|weapons) against (?:anyone|anybody|whoever|those|any|all)|"
        r"(?:keep|continue|go on) (?:advancing|pushing|marching|fighting|moving) (?:\w+ ){0,4}until|"
        r"answer (?:before|to) (?:justice|the law|the courts?|a court)|(?:the )?time and (?:the )?place of (?:its|our|their|the) "
        r"(?:answer|response|retaliation|reply)|"
        r"\bthe (?:gangs?|terrorists?|rebels?|militias?|militants?|bandits?|criminals?|enemy|invaders?|occupiers?) "
        r"(?:will|shall) (?:never|not) (?:rule|control|hold|win|prevail|succeed|return|dictate|break|defeat|take|intimidate)|"
        r"(?:will|would|shall) be (?:\w+ )?(?:charged|prosecuted|tried|arrested|captured|killed|"
        r"found|pursued|hunted|dealt with|held (?:accountable|responsible)|punished|targeted|crushed|wiped out|"
        r"swept (?:out|away)|driven out|eliminated|annihilated|avenged|defeated|expelled))\b|"
        r"(?:not leave (?:one|a single one|any)|leave (?:none|not one|no one|nobody|not a single one)) (?:of them )?standing", re.I)),
    ("DENY", re.compile(
        r"\b(?:not involved|no involvement|no role|nothing to do with|no connection|baseless|(?:played|had) no part|"
        r"fabricat\w+|unfounded|false (?:claims?|reports?|allegations?|accusations?)|"
        r"categorically|no truth|lies and|never (?:attacked|targeted|used|carried out)|"
        # "said the claim was pure invention", "called the report disinformation", "a fairy tale"
        r"(?:pure|complete|total|utter|mere|cheap) (?:invention|fabrication|fiction|fantasy|propaganda|nonsense|lies?)|"
        r"fairy[- ]tale|(?:claims?|reports?|allegations?|accusations?|charges?) (?:was |were |is |are |as )?"
        r"(?:\w+ ){0,2}(?:disinformation|propaganda|invention|fiction|nonsense|untrue|false|lies?)|"
        r"did not (?:attack|target|carry out|fire|strike)|denied|"
        # a refusal: "would not negotiate with criminals", "does not negotiate with terrorists",
        # "there will be no truce", "our weapons are a red line"
        r"(?:will|would|shall|can|could)(?: not|n't| never) (?:\w+ )?(?:negotiate|talk|sign|disarm|accept|"
        r"recogni[sz]e|sit (?:down )?(?:at|with)|return to (?:the )?(?:talks|negotiations|table)|attend|"
        r"take part|hand over)|(?:does|do|did) not negotiate|(?:will|would) no longer (?:negotiate|talk)|never negotiate|"
        r"(?:there will be|there is) no (?:truce|ceasefire|negotiations?|talks|dialogue|deal)|"
        r"no (?:truce|ceasefire|negotiations?|talks|dialogue) with|red line|non-negotiable|not negotiable|"
        r"(?:is|are|was|were) not (?:being )?(?:used|involved|responsible|behind))\b", re.I)),
    ("CONDEMN", re.compile(
        r"\b(?:condemn\w*|denounc\w+|heinous|barbaric|cowardly|abhorrent|despicable|reprehensible|abominable|"
        r"vile|inhumane|senseless|outrage\w*|atrocit\w+|"
        r"unacceptable|deplor\w+|flagrant|blatant|violation of (?:\w+ )?sovereignty|horrified|appalled|"
        r"(?:deeply|gravely) (?:concerned|troubled|disturbed)|alarmed|has no place)\b", re.I)),
    ("ACCUSE", re.compile(
        r"\b(?:held \w+(?: \w+){0,3} (?:fully |directly |solely )?responsible|responsible for|behind (?:the|this|these|that) \w+|war crimes?|crimes? against|"
        r"massacre\w*|genocide|ethnic cleansing|(?:is|are|was|were) (?:deliberately )?"
        r"(?:targeting|killing|shelling|bombing|murdering|attacking|starving|terrori[sz]ing)|"
        r"waging (?:a )?war (?:on|against)|bears? (?:full |the |sole )?responsibility|"
        r"(?:are|is) (?:\w+ )?prox(?:y|ies)\b|(?:has|have) abandoned|(?:is|are) staging|"
        r"\b(?:they|he|she) (?:kill|attack|burn|loot|rape|kidnap|bomb|shell|abduct|torture)s? (?:us|our)\b|"
        r"(?:punish|kill|target|shell|bomb|attack|terrori[sz]e|loot|rape|torture|starve)(?:s|es)? "
        r"(?:civilians|innocent|our people|residents|villagers|the population)|murder(?:ing|ed)? (?:its|their|our|innocent|civilians)|"
        r"(?:deliberate|targeted|intentional|indiscriminate) (?:\w+ )?(?:attacks?|strikes?|shelling|bombing) on (?:\w+ )?(?:civilians|residential|homes|hospitals|schools|markets?)|"
        r"extermination|summarily executed|executed in cold blood|extrajudicial\w*|plan(?:ned)? attacks|without (?:any )?provocation|unprovoked|provoked by|"
        r"(?:had|has|have) been (?:massing|preparing|building up|amassing|deploying) (?:\w+ )?(?:troops|forces|fighters|weapons)|(?:plott|plann)(?:ing|ed) (?:\w+ ){0,3}(?:attacks?|bombings?|"
        r"assassinations?|a coup|sabotage|to (?:attack|bomb|kill|assassinate|blow))|bent on|"
        r"on (?:the )?orders (?:of|from)|with the complicity of|dirty work|"
        r"(?:had been|have been|has been|were|was) (?:\w+ )?(?:trained|armed|financed|funded|paid) "
        r"(?:and (?:armed|paid|trained|financed) )?(?:by|across|from)\b|(?:had|have|has) been (?:\w+ )?(?:beaten|tortured|"
        r"abused|mistreated|ill-treated|raped|summarily executed)|"
        r"violat\w+|breach\w* (?:of )?the|terroris[tm]s?\b|lie[sd]?\b|lying|"
        # whom the other side killed: "three of the dead were unarmed villagers"
        r"(?:dead|killed|victims)(?: \w+){0,2} (?:were|was|included|are) (?:\w+ ){0,2}(?:unarmed|civilians?|children|"
        r"women|villagers|farmers|herders|students|worshippers|fishermen|passengers|innocent|non-combatants|minors)\b)",
        re.I)),
    ("DEMAND", re.compile(
        r"\b(?:(?:must|should) (?:stop|withdraw|end|release|leave|immediately|be held|send|act|protect|pay|hand|"
        r"return|allow|open|lift|halt|cease|respect|investigate|arrest|punish|provide|deploy|intervene|"
        r"ensure|free|disarm|negotiate)|must be (?:released|freed|returned|charged|prosecuted|punished|"
        r"investigated|held|brought|stopped|withdrawn)|demand\w*|"
        r"should immediately|ultimatum|have to (?:stop|withdraw|leave))\b", re.I)),
    ("APPEAL", re.compile(
        r"\b(?:call(?:ed|s)? (?:on|upon|for)|urg(?:e|ed|es)|appeal\w*|we ask|plea)\b", re.I)),
    ("PLEDGE", re.compile(
        r"\b(?:we will (?:continue|not stop|keep|never|rebuild|protect|defend|stand)|"
        # an offer kept open: "the offer remains on the table", "the door to peace is not closed"
        r"(?:offer|door)(?: \w+){0,3} (?:remains?|stays?|is still|still (?:stands|stood)|stands) (?:open|on the table)|"
        r"(?:offer|proposal)(?: of \w+)? (?:still )?(?:stands|stood)|door (?:to (?:peace|dialogue|talks) )?(?:is|remains) not closed|"
        r"will continue to|committed to|st(?:and|ands|ood|anding) (?:\w+ )?(?:by|with) (?!us\b|me\b|during\b|while\b|as\b|when\b)(?=[\w\"“])|vow\w*|pledge\w*(?! allegiance)|promise\w*|will not (?:stop|abandon|"
        r"surrender|give up)|(?:will|would) (?:investigate|look into|compensate|rebuild|"
        r"be (?:investigated|sent|deployed|provided|delivered|treated|compensated|rebuilt|"
        r"restored|evacuated|protected|released|reopened)))\b", re.I)),
    ("CLAIM", re.compile(
        r"\b(?:claim\w* responsibility|(?:we|our (?:forces|fighters|units)) (?:killed|destroyed|"
        r"shot down|downed|captured|targeted|struck|hit|seized|took control))\b", re.I)),
    ("PRAISE", re.compile(r"\b(?:heroic|heroes|we thank|grateful|praise\w*|salute)\b", re.I)),
)


QUOTE_MARKS = re.compile(r"[\"“”]")


def cue_lemma(token: Token) -> str:
    lemma = token.lemma_.lower()
    if lemma == "tweet" or token.lower_.startswith("tweet"):
        return "tweet"
    if lemma in PHRASAL_REFUSALS and any(c.dep_ == "prt" and c.lower_ == PHRASAL_REFUSALS[lemma] for c in token.children):
        return f"{lemma} {PHRASAL_REFUSALS[lemma]}"  # "ruled out talks", "turned down the offer"
    return lemma


PHRASAL_REFUSALS = {"rule": "out", "turn": "down"}


def _opens_quote(token: Token) -> bool:
    """Whether a quotation mark opens just before the phrase the token heads."""
    start = token.left_edge.i
    return start > 0 and token.doc[start - 1].text in {'"', "“"} or token.doc[start].text in {'"', "“"}


def _calls_on(child: Token) -> bool:
    """ "called on X to", "called for talks"; not "called them militants on Tuesday"."""
    if child.lower_ == "for":
        return True
    if child.lower_ not in {"on", "upon"}:
        return False
    return not any(g.dep_ == "pobj" and g.ent_type_ in {"DATE", "TIME"} for g in child.children)


def traded_kind(cue: Token) -> str | None:
    """The kind of "traded blame" (ACCUSE) or "exchanged threats" (THREATEN), else None."""
    if cue.lemma_.lower() not in TRADING_LEMMAS:
        return None
    for child in cue.children:
        if child.dep_ == "dobj" and child.lemma_.lower() in TRADED_CHARGES:
            return "THREATEN" if child.lemma_.lower() == "threat" else "ACCUSE"
    return None


TIME_GIVEN = {"hour", "day", "week", "month", "deadline", "ultimatum"}


def _ultimatum(give: Token) -> bool:
    """ "gave the fighters 72 hours to surrender", "gave Lebanon until Dec. 31 to disarm Hezbollah":
    time given to do something is a demand."""
    time = [c for c in give.children if c.dep_ in {"dobj", "dative", "npadvmod"} and c.lemma_.lower() in TIME_GIVEN]
    time += [c for c in give.children if c.dep_ == "prep" and c.lower_ == "until"]
    return bool(time) and any(t.dep_ in {"xcomp", "advcl", "acl", "relcl"} and any(a.lower_ == "to" for a in t.children)
                              for c in (give, *time) for t in c.children)


def verb_kind(token: Token) -> str | None:
    """The kind a reporting verb names, or None when the verb does not report speech here."""
    lemma = cue_lemma(token)
    if lemma in BOUNTY_VERBS or lemma == "summon":  # (verb_kind runs on every token: test the lemma first)
        objects = {c.lemma_.lower() for c in token.children if c.dep_ == "dobj"}
        if lemma in BOUNTY_VERBS and objects & {"bounty", "reward"}:
            return "THREATEN"  # "put a bounty on the heads of the attackers", "announced a reward for"
        if lemma == "offer" and any(g.lemma_.lower() in HUNTED_NOUNS for holder in (token, *token.children)
                                    for p in holder.children if p.dep_ == "prep" and p.lower_ == "for"
                                    for g in p.children if g.dep_ == "pobj"):
            return "THREATEN"  # "offered 500 million pesos for the capture of 'Gato'"
        if lemma == "summon" and objects & ENVOY_NOUNS:
            return "CONDEMN"  # "summoned the Turkish ambassador in protest"
    if lemma == "give" and _ultimatum(token):
        return "DEMAND"  # "gave the army 48 hours to withdraw from El Obeid"
    traded = traded_kind(token)
    if traded is not None:
        return traded  # "traded blame", "exchanged threats"
    if lemma in BLAME_VERBS and any(c.dep_ == "dobj" and c.lemma_.lower() in {"blame", "finger"}
                                    for c in token.children):
        return "ACCUSE"  # "pinned the blame on X", "pointed the finger at X"
    if lemma == "hold" and any(t.lower_ == "responsible" for c in token.children
                               for t in (c, *(g for g in c.children if c.dep_ == "dobj"))):
        # "held Juba responsible for the bombing" blames; "will hold X responsible" threatens
        future = any(c.dep_ == "aux" and c.lower_ in {"will", "would", "shall", "'ll"} for c in token.children)
        return "THREATEN" if future else "ACCUSE"
    if lemma in {"attribute", "pin"}:
        # "an attack officials attributed to Los Lobos", "pinned the bombing on the BLA" (the parser
        # may hang "on X" on the act): a blame
        acts = [c for c in token.children if c.dep_ == "dobj" and c.tag_ not in {"WDT", "WP"}] or (
            [token.head] if token.dep_ == "relcl" else [])
        preposition = "to" if lemma == "attribute" else "on"
        if any(a.lemma_.lower() in ATTRIBUTED_ACTS for a in acts) and any(
                c.dep_ == "prep" and c.lower_ == preposition for t in (token, *acts) for c in t.children):
            return "ACCUSE"
    if lemma in {"take", "accept"} and any(c.dep_ == "dobj" and c.lower_ == "responsibility" and any(
            p.dep_ == "prep" and p.lower_ == "for" for p in c.children) for c in token.children):
        return "CLAIM"  # "took responsibility for the ambush": a claim of it, like "claimed the ambush"
    if lemma in {"voice", "express"} and any(c.dep_ == "dobj" and c.lemma_.lower() in DISMAY_NOUNS
                                             for c in token.children):
        return "CONDEMN"  # "voiced alarm at the use of explosive drones"
    kind = VERB_KINDS.get(lemma)
    if kind is None:
        return None
    if lemma in NAMING_LEMMAS and not (lemma == "call" and any(_calls_on(c) for c in token.children)):
        # "calling the raid a violation" says something of the raid; "called the strike" does not
        deps = {c.dep_ for c in token.children}
        if lemma != "call":  # "branded", "labelled" name something in news whatever the parse
            named_as = any(c.dep_ == "prep" and c.lower_ == "as" for c in token.children)
            return "STATEMENT" if deps & {"dobj", "dative", "ccomp", "oprd", "xcomp"} or named_as else None
        if token.dep_ == "relcl" and token.head.lemma_.lower() in CLAIM_NOUNS and deps & {"oprd", "xcomp", "attr", "dobj"}:
            return "STATEMENT"  # "an accusation the commander called 'pure propaganda'": what he called it decides
        if "dobj" in deps and deps & {"oprd", "xcomp", "ccomp", "attr"}:
            return "STATEMENT"
        # 'called the attackers "narco-terrorists who kill children"': the parser hangs a quoted
        # name on the object as an apposition
        # ('called the ambush "cowardly"': or on the verb, as an adverb)
        objects = [c for c in token.children if c.dep_ == "dobj"]
        if len(objects) > 1:
            return "STATEMENT"  # 'calling it "a crime against the people"': the name parsed as a second object
        named = [g for c in objects for g in c.children if g.dep_ == "appos"] + [
            g for g in token.children if g.dep_ in {"advmod", "acomp", "npadvmod"} and g.pos_ in {"ADJ", "ADV", "NOUN"}]
        if objects and any(g.i > objects[0].i and _opens_quote(g) for g in named):
            return "STATEMENT"
        # ('called the claim “disinformation”', parsed with the claim as a modifier of the name)
        return "STATEMENT" if any(o.i > 0 and o.doc[o.i - 1].text in {'"', "“"} and any(
            c.dep_ in {"nmod", "compound"} and c.i < o.i - 1 for c in o.children)
            for o in token.children if o.dep_ in {"dobj", "oprd"}) else None
    if lemma == "insist" and any(c.dep_ == "prep" and c.lower_ == "on" for c in token.children):
        return "DEMAND"  # "insisted on a withdrawal"; "insisted that ..." asserts
    if lemma in APPEAL_NEEDS_ACT and not any(
            c.dep_ in {"xcomp", "ccomp"} or c.dep_ == "prep" and c.lower_ == "for" for c in token.children):
        return None
    if lemma == "commit" and not any(c.lower_ == "to" or c.dep_ == "xcomp" for c in token.children):
        return None  # "committed war crimes"
    if lemma in {"pledge", "swear"} and any(c.dep_ == "dobj" and c.lemma_.lower() in {"allegiance", "loyalty"}
                                            for c in token.children):
        return None  # "a group that has pledged allegiance to Islamic State" is a tie, not a statement
    if lemma == "refuse" and not (any(c.dep_ == "dobj" and c.lemma_.lower() in PROPOSAL_NOUNS for c in token.children)
                                  or any(c.dep_ == "xcomp" and c.lemma_.lower() in REFUSED_ACTS for c in token.children)):
        return None  # "refused to sign", "refused the offer"; not "refused to comment"
    if lemma in {"boycott", "rule out", "turn down"} and not any(
            c.dep_ == "dobj" and c.lemma_.lower() in PROPOSAL_NOUNS for c in token.children):
        return None
    if lemma == "propose" and not any(c.dep_ == "dobj" and c.lemma_.lower() in OFFERED_NOUNS for c in token.children):
        return None  # "proposed a truce"
    if lemma == "offer" and not (any(c.dep_ == "xcomp" for c in token.children) or any(
            c.dep_ == "dobj" and c.lemma_.lower() in OFFERED_NOUNS for c in token.children)):
        return None  # "offered to mediate", "offered an amnesty"; not "offered prayers"
    if lemma == "claim" and any(c.dep_ == "dobj" and c.lemma_.lower() == "life" for c in token.children):
        return None  # "the blast claimed 12 lives"
    if lemma == "ask" and not any(c.dep_ in {"xcomp", "ccomp", "dobj"} for c in token.children):
        return None
    if lemma == "ask" and any(c.dep_ == "xcomp" and c.lemma_.lower() in {"name", "identify"}
                              for c in token.children):
        return None  # "a source who asked not to be named"
    return kind


def content_kind(text: str) -> str | None:
    text = QUOTE_MARKS.sub("", text)  # 'was “murdering its people”' reads as the words run
    for kind, pattern in CONTENT_CUES:
        if pattern.search(text):
            return kind
    return None


# what a vow to act against an adversary says: "vowed to hunt down the attackers", "pledged to
# crush the rebellion"
HOSTILE_VOW = re.compile(
    r"^(?:to|that \w+(?: \w+){0,3} (?:would|will))\s+(?:\w+ )?(?:hunt|track|crush|answer|destroy|eliminate|kill|"
    r"punish|avenge|retake|recapture|clear|wipe|defeat|expel|attack|strike|target|hit|exterminate|"
    r"dismantle|pursue|annihilate|bomb|flush|cleanse|rid|smash|root|neutrali[sz]e|liquidate|chase|"
    r"take back|push on|finish|drive (?:out|back)|teach|uproot|respond|retaliate|hit back|strike back|"
    # "vowed to take Dilling within days", "to purge our territory of these terrorists", "to drive
    # the mercenaries out", "to keep fighting until the regime falls", "to make them pay"
    r"take(?! (?:part|steps?|measures?|action|care|responsibility|note|place|over|into|up|in|a|all|every|further|necessary|the lead)\b)|"
    r"seize|storm|purge|liberate|besiege|overrun|march on|bury|fight(?:ing)?|"
    r"drive\b(?: [\w'’\"“”-]+){1,5} (?:out|back|away|from)|make\b(?: [\w'’\"“”-]+){1,4} pay|"
    # "vowed to bring those responsible to justice", "to clean the area of these criminals"
    r"bring\b(?: [\w'’\"“”-]+){1,7} to justice|clean\b(?: [\w'’\"“”-]+){1,4} of)\b", re.I)


# "offered to help bring the perpetrators to justice": help offered to another side is a pledge
HELPING = re.compile(r"\s*to (?:help|assist|support|work with|cooperate with)\b", re.I)


def statement_kind(verb_kind_: str, content: str, *, lemma: str = "") -> str:
    """The verb's kind, unless the verb only reports (or pledges) and the content says more."""
    if verb_kind_ == "PLEDGE" and not HELPING.match(content) and (content_kind(content) == "THREATEN" or HOSTILE_VOW.search(
            QUOTE_MARKS.sub("", content).strip())):
        return "THREATEN"  # "vowed that the army would respond", "vowed to hunt down the attackers"
    if verb_kind_ == "STATEMENT" or lemma == "warn":
        found = content_kind(content)
        if found is not None and not (lemma == "warn" and found == "PLEDGE"):
            return found  # a warning "that the vessels would be treated as intruders" is no pledge
        # "warned that it would ...", "warned the police to stay out of Cité Soleil": a threat;
        # "warned of food shortages" only reports
        return "THREATEN" if lemma == "warn" and re.search(r"\b(?:will|would)\b|^(?:not )?to\b", content.strip()) else (
            "STATEMENT" if lemma == "warn" else verb_kind_)
    return verb_kind_


# What a quotation with no act named in its words most often is in conflict news: a charge against
# another party ("the soldiers came with excuses", "this is not an election, it is a military
# operation"). Words about a third party or a denial of what others do make it an accusation;
# the speaker's own plans or feelings stay a plain statement.
THIRD_PARTY = re.compile(
    r"\b(?:they|them|their|the (?:army|soldiers|regime|government|police|junta|militia|rebels|gang|authorities|"
    r"militants|troops|enemy|occupation|occupiers)|kyiv|moscow|washington|israel|hamas)\b", re.I)
NEGATION = re.compile(r"\b(?:not|no|never|nothing|nobody|excuses?|lies?)\b", re.I)


def unclassified_quote_kind(quote: str) -> str:
    """ACCUSE for a quotation about another party or denying what it claims; else STATEMENT."""
    text = QUOTE_MARKS.sub("", quote)
    if re.match(r"\s*(?:we|our|i)\b", text, re.I) and not THIRD_PARTY.search(text):
        return "STATEMENT"
    return "ACCUSE" if THIRD_PARTY.search(text) or NEGATION.search(text) else "STATEMENT"


# Acts of violence told in a quotation: "They burned the tents and shot anyone who tried to
# flee" accuses whoever "they" are; "we" doing them is a claim.
QUOTED_ACTS = (r"burn(?:ed|t)|slaughtered|shot|killed|executed|raped|looted|massacred|tortured|"
               r"abducted|kidnapped|bombed|shelled|destroyed|murdered|beat|beaten|starved|razed")
QUOTED_OWN_ACT = re.compile(rf"\b(?:we|our (?:forces|fighters|units|men|soldiers|troops|heroes))"
                            rf"\s+(?:\w+\s+)?(?:{QUOTED_ACTS})\b", re.I)
QUOTED_ACT = re.compile(rf"\b(?:{QUOTED_ACTS})\b", re.I)


# a clause of a quotation that tells of another party's violence as it goes on or went on: "they
# attacked our checkpoints", "the militia and its masters are burning Sudan"
ACCUSING_CLAUSE = re.compile(
    r"\b(?:they|the (?:enemy|militia|militias|regime|junta|army|rebels|gangs?|occupiers?|occupation|militants|"
    r"soldiers|terrorists|invaders|mercenaries))\b(?: \w+){0,6}? (?:(?:is|are|was|were) )?"
    r"(?:attack|burn|kill|hunt|bomb|shell|target|loot|massacr|destroy|murder|starv|abduct|kidnap|terrori[sz]|"
    r"make war|made war|wag|slaughter|rape|torture|execut)\w*", re.I)


def quoted_act_kind(quote: str) -> str | None:
    """The kind of a quotation that names no act in words but tells of violence done."""
    if QUOTED_OWN_ACT.search(quote):
        return "CLAIM"
    return "ACCUSE" if QUOTED_ACT.search(quote) else None


HOSTILE_LEMMAS = {"respond", "retaliate", "strike", "attack", "target", "hit", "punish", "hold",
                  "avenge", "destroy", "crush", "fight", "eliminate", "hunt", "bomb", "shell",
                  "retake", "recapture", "capture", "kill", "arrest", "pursue", "expel", "drive"}
# a side that says it only answered fire blames the other for starting it
ANSWERING_LEMMAS = {"respond", "retaliate", "react"}
STOPPING_LEMMAS = {"halt", "stop", "cease", "end", "suspend", "pause", "lay"}
READY_WORDS = {"ready", "prepared", "determined", "willing", "set"}
FUTURE_AUX = {"will", "would", "'ll", "shall", "wo"}
ORDER_LEMMAS = {"order", "authorise", "authorize", "instruct", "direct", "command"}
FORCE_NOUNS = {"offensive", "operation", "attack", "strike", "assault", "crackdown", "counteroffensive",
               "campaign", "response", "retaliation"}


def _future(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in verb.children) or any(
        c.dep_ in {"acomp", "xcomp"} and c.lemma_.lower() in READY_WORDS for c in verb.children
    ) or verb.lemma_.lower() in {"plan", "intend", "continue"} and verb.tag_ in {"VBZ", "VBP"}


def _orders_force(verb: Token) -> bool:
    """ "he had ordered an offensive against the militia", "ordered the army to strike back"."""
    if verb.lemma_.lower() not in ORDER_LEMMAS:
        return False
    return any(t.lemma_.lower() in FORCE_NOUNS or t.pos_ == "VERB" and t.lemma_.lower() in HOSTILE_LEMMAS
               for t in verb.subtree if t is not verb)


def self_report_kind(root: Token) -> str:
    """What a speaker says of its own side ("it had carried out the strike", "its fighters would
    leave"): a CLAIM of what it did, a PLEDGE or THREATEN of what it will do ("it was aware of
    reports and would investigate": the joined verb counts), a DENY of what it did not do. An
    order to use force against an adversary is a threat."""
    verbs = [root, *(c for c in root.children if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"})]
    for verb in verbs:
        if _future(verb):
            if any(c.dep_ == "neg" for c in verb.children) and verb.lemma_.lower() in REFUSED_ACTS - {"surrender"} \
                    or verb.lemma_.lower() in {"boycott", "reject", "refuse"}:
                return "DENY"  # "it would not sign a treaty until ...", "would not disarm", "would boycott the talks"
            if any(c.dep_ == "neg" for c in verb.children) and verb.lemma_.lower() in STOPPING_LEMMAS:
                return "THREATEN"  # "it would not halt operations while the RSF holds El Fasher"
            return "THREATEN" if verb.lemma_.lower() in HOSTILE_LEMMAS else "PLEDGE"
    if root.lemma_.lower() in ANSWERING_LEMMAS:
        return "ACCUSE"  # "its units had only responded to the sources of fire": the other side began
    if _orders_force(root):
        return "THREATEN"
    negated = any(c.dep_ == "neg" for c in root.children)
    return "DENY" if negated else "CLAIM"


# -- threats told by the shape of the sentence -----------------------------------------------------
# A warning to whoever crosses the speaker ("Anyone who carries a gun against the state will be
# treated as an enemy", "Whoever raises a weapon will be neutralised") or a fate promised in the
# passive ("Every raid on our villages will be answered", "The blood of these martyrs will be
# avenged") threatens, whatever the verb; a passive future of what is done for people ("would be
# compensated") pledges.
UNIVERSAL_SUBJECTS = {"anyone", "anybody", "whoever", "whomever", "everyone", "everybody"}
CARED_FOR = {"family", "families", "civilian", "civilians", "people", "resident", "residents", "hostage",
             "hostages", "victim", "victims", "colleague", "colleagues", "detainee", "detainees", "child",
             "children", "student", "students", "displaced", "aid", "food", "wounded", "injured", "we", "i",
             "you", "soldier", "soldiers", "prisoner", "prisoners", "worker", "workers", "staff", "road",
             "roads", "school", "schools", "service", "services", "election", "elections", "vote", "talks"}
CARING_PASSIVES = {"compensate", "release", "rebuild", "restore", "evacuate", "protect", "reopen", "provide",
                   "deliver", "send", "deploy", "investigate", "hold", "free", "return", "treat", "help",
                   "care", "assist", "pay", "resume", "repair", "supply", "open", "extend", "postpone",
                   "announce", "discuss", "review", "examine", "give", "grant", "offer", "allow", "bury"}
SHAPED_THREATS = re.compile(
    r"\b(?:(?:will|shall) (?:have|find|know) no (?:rest|peace|refuge|sanctuary|mercy|shelter)|"
    r"(?:will be|is|there is) no (?:sanctuary|refuge|mercy|safe haven|hiding place|shelter) for|"
    r"(?:will|would|shall) never (?:again )?set foot|(?:will|would|shall) not be spared|"
    r"(?:will|would|shall) be treated as (?:an? |part of the |the )?(?:\w+ )?(?:aggressors?|hostile|enem(?:y|ies)|"
    r"(?:legitimate )?targets?|combatants|terrorists?|accomplices)\b|"
    r"no(?:body| one| [\w'’]+(?: [\w'’]+){0,5}) (?:is|will be) safe|(?:is|are|will be) not safe|"
    # "they will get war", "will face the full force", "will find our soldiers waiting for them"
    r"(?:will|shall) (?:get|face|feel|taste|meet|receive) (?:war|death|(?:the|our) (?:wrath|full force|fire|"
    r"consequences|response|answer))\b|(?:will|shall) find (?:us|our \w+) waiting|"
    r"reserves? (?:the|its|our|their) (?:full )?right to (?:respond|answer|retaliate|react|strike)|"
    r"the only language (?:it|they|he|she|these \w+) understands?|"
    r"(?:will be|is|there is) no (?:corner|place|hole|cave|inch|stone|forest)\b[^.]{0,60}?\b(?:hide|escape|shelter|safe)\b|"
    r"patience (?:of [\w\s'’]{1,40} )?(?:is not (?:a blank cheque|a blank check|unlimited|endless|infinite)|"
    r"has (?:run|worn) (?:out|thin))|"
    r"patience (?:has (?:its )?limits?|is running out|will run out|is wearing thin)|same fate|"
    r"(?:surrender|lay down (?:their|your) (?:arms|weapons)) or (?:\w+ )?(?:be|die|face)|"
    r"not (?:take|give) (?:a |one )?(?:single )?step back|take the (?:war|fight|battle) (?:to|into)|(?:will|would|shall) not let|"
    r"(?:go on|continue|keep going) until (?:the |every |all )?(?:\w+ )?(?:is|are) (?:cleared|cleansed|"
    r"liberated|freed|crushed|destroyed|defeated|eliminated))", re.I)


# what a side promises to do to its enemy ("we will dismantle", "our forces will crush")
PROMISED_BLOWS = {"strike", "attack", "target", "hit", "punish", "avenge", "destroy", "crush", "eliminate",
                  "hunt", "bomb", "shell", "retake", "recapture", "kill", "pursue", "expel", "dismantle",
                  "neutralise", "neutralize", "wipe", "smash", "annihilate", "chase", "flush", "bury",
                  "retaliate", "defeat", "exterminate", "liquidate", "uproot"}
OWN_FORCE_NOUNS = {"forces", "troops", "men", "fighters", "army", "soldiers", "units", "drones", "missiles"}
QUANTIFIERS = {"every", "any", "each", "all"}


def _our_side(subject: Token) -> bool:
    """ "we", "our forces", "our drones": the speaker's side as the doer."""
    return subject.lower_ == "we" or subject.lower_ in OWN_FORCE_NOUNS and any(
        c.dep_ == "poss" and c.lower_ == "our" for c in subject.children)


def _blow_promised(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    if lemma in PROMISED_BLOWS:
        return True
    # "we will go after them", "we will come for them"
    return lemma in {"go", "come"} and any(c.dep_ == "prep" and c.lower_ in {"after", "for"} for c in verb.children)


def _anyone_who(subject: Token) -> bool:
    """ "every militiaman who reaches its walls", "any vessel that violates our waters": whoever
    does something, told as a condition."""
    return any(c.lower_ in QUANTIFIERS and c.dep_ == "det" for c in subject.children) and any(
        c.dep_ == "relcl" for c in subject.children) and subject.lower_ not in CARED_FOR and \
        subject.lemma_.lower() not in CARED_FOR


def threat_by_shape(span: Span) -> bool:
    """Whether a quotation or clause threatens by its shape rather than by a threat verb."""
    if SHAPED_THREATS.search(QUOTE_MARKS.sub("", span.text)):
        return True
    for verb in span:
        if verb.pos_ not in {"VERB", "AUX"} or not any(
                c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in verb.children):
            continue
        subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "csubj", "csubjpass"}]
        for subject in subjects:
            lower = subject.left_edge.lower_  # "Whoever raises a weapon" is a clause
            if lower in UNIVERSAL_SUBJECTS or subject.lower_ in UNIVERSAL_SUBJECTS or (
                    subject.lower_ == "those" and any(c.dep_ == "relcl" for c in subject.children)):
                return True
            if _anyone_who(subject) and not any(c.dep_ == "neg" for c in verb.children) and (
                    verb.lemma_.lower() not in CARING_PASSIVES or verb.lemma_.lower() in {"treat", "bury"}):
                return True  # "every militiaman who reaches its walls will be buried beneath them"
            if _our_side(subject) and _blow_promised(verb):
                return True  # "we will dismantle every guerrilla front", "we will go after them"
        passive = any(c.dep_ == "auxpass" for c in verb.children)
        if passive and subjects and verb.lemma_.lower() not in CARING_PASSIVES and not any(
                s.lower_ in CARED_FOR or s.lemma_.lower() in CARED_FOR for s in subjects) and not any(
                c.dep_ == "neg" for c in verb.children):
            return True
    return False
