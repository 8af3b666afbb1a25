// Package speech is the reported-speech stage: it marks who (SOURCE)
// said, wrote or thought (CUE) what (QUOTE) in German news text, and links
// the spans of one act of reporting with an attribution id (annotation
// scheme §2, gold/GUIDELINES.md §1).
//
// # Data
//
// Everything a linguist may want to change is in lexicon/data (see its
// README): speech-verbs.txt (verbs of speech, writing and thought with the
// content they take), speech-phrases.txt (laut, zufolge, gemäß, demnach,
// wonach, heißt es, quotative so), speech-nouns.txt (nach Angaben and the
// other reporting nouns, documents for „in einer Erklärung hieß es“) and
// speech-roles.txt (roles and titles of speakers, labels such as „Fazit:“
// that are no speaker, and nouns of time: a Vorfeld „Wenige Stunden
// später“ is no speaker). Inflected forms are never written by hand:
// New asks the morph tables for every form of every verb (sagte, gesagt,
// sage, teilte … mit, mitteilte, mitzuteilen), and takes the closed word
// classes (articles, prepositions, subordinators, auxiliaries, modals)
// from closed-classes.txt. A separable verb whose split forms the tables
// lack is written with a bar („hinzu|fügen“: fügte … hinzu, hinzugefügt),
// and a weak verb in -ieren or with an inseparable prefix that they lack
// entirely gets its regular forms („insistierte“, „verlautbart“).
// Every CUE names its lexicon line in Span.Rule;
// SOURCE and QUOTE spans name the frame below.
//
// # Frames
//
// A cue is placed in one of these frames; the first that fits builds the
// attribution. The rule name is what SOURCE and QUOTE spans carry.
//
//	rule                 frame                                   SOURCE                     QUOTE
//	frame-vorfeld        X sagte(, dass …) / X sagte: „…“        the Vorfeld, or the        the dass/ob/w-clause, zu-infinitive,
//	                     Am Dienstag sagte X, …                  subject after the verb     V2 Konjunktiv clause, or quote after
//	                     X hat … gesagt, …                                                  the colon; none for noun-phrase content
//	frame-inverted       „…“, sagte X. / …, sagte X.             the NP after the verb      the quote before (direct), the clause
//	                     „A“, sagte X, „B“                                                  before (mode by Konjunktiv / marks);
//	                                                                                        both parts of an interrupted quote
//	frame-wie            Wie X mitteilte, … / …, wie X sagte.    X                          the host clause (indirect)
//	frame-subordinate    …, der darauf hinwies, dass …           the relative pronoun       the content after the clause
//	frame-prep           laut X …, X zufolge …, gemäß X …        X (or the author of a      the host clause minus the cue phrase
//	                                                             document: „der Uni“)       when that is contiguous, else all of it
//	frame-nach           nach Angaben der Polizei, nach eigenen  „der Polizei“, the         as frame-prep
//	                     Angaben, nach ihren Worten, nach        possessive, the compound
//	                     Polizeiangaben, eigenen Angaben nach
//	frame-demnach        Demnach …                               (continues the last        the host clause
//	                                                             report's attribution)
//	frame-wonach         die Meldung, wonach …                   the noun phrase            the clause after wonach
//	                     Gerüchte, nach denen … (after a report
//	                     or document noun only; also laut denen)
//	frame-heisst-es      …, heißt es (in einer Erklärung des X)  the document's author,     the clause before, or after a comma
//	                     Es heißt, … / Darin hieß es: …          „seitens X“, „Darin“       or colon; ist die Rede (von): none
//	                     …, wie es in DOC heißt / Medien, in     the document's author /    the host clause / the clause
//	                     denen es heißt, dass … (phrase final)   the noun before the comma  after the cue
//	frame-worte          schloss sich X mit den Worten an: „…“   the subject of the         the quote or clause after
//	                     (CUE the clause's verb, any verb)       clause's finite verb       „mit den Worten“
//	frame-meinung        X ist der Meinung, dass … (CUE the      the subject of sein        the content clause
//	                     noun phrase, lemma der Meinung sein)
//	frame-so             „…“, so Stoltenberg. / …, so der        the NP after so            as frame-inverted
//	                     Minister weiter. / … – so X –, …                                   between dashes: the host clause
//	                     („„…“, so urteilte X“ is frame-inverted)
//	frame-colon          Expertin: … / USA: … (no CUE)           the short NP before the    what follows the colon
//	                                                             colon, not a label, no     (with a finite verb or
//	                                                             date („7. März:“)          marks; a verbless headline
//	                                                                                        only after a name or role
//	                                                                                        and with more words than
//	                                                                                        numbers: no table rows)
//	frame-colon-verb     zeigte sich Hofer zuversichtlich: …     the subject (Vorfeld NP,   a quotation in marks after the
//	                     ließ Kickl nicht gelten: … (no CUE)     or a name/role after the   colon; without marks, a
//	                                                             verb)                      first-person clause
//	continuation-konj1   later sentences in Konjunktiv I (or     —                          the sentence, indirect, in the last
//	                     Konjunktiv II right after indirect                                 report's attribution (at most 8
//	                     speech)                                                            sentences on)
//	continuation-direct  a further quotation in marks, or a      —                          the quote or sentence, direct
//	                     first-person sentence up to two
//	                     sentences after a report (marks lost)
//
// Which verb may stand in which frame is its speech-verbs.txt line: clause
// (needs a content clause: thought verbs), quote (frames a quotation) and
// np (its noun-phrase object is the content: CUE + SOURCE, no QUOTE). A
// separable verb is a cue only with its particle closing the clause
// („teilte … mit“); a participle only with haben/sein/werden; an
// infinitive only with a modal or werden; a verb form after an article is
// an adjective („seine erklärten Ziele“, also after an extended attribute:
// „einer am Sonntag veröffentlichten Erklärung“), „meine“ before a noun a
// possessive; a noreflexive verb with „sich“ („zeigte sich X zuversichtlich:
// …“, „„…“, zeigte sich X verblüfft“) frames its quote without a CUE
// (GUIDELINES §1.6); a participle that is also an adjective (kind
// adjective: „bekannt“) after a form of werden reports only a
// dass/ob/w-clause or in a wie-frame („Es wurde bekannt, dass …“, not
// „als die Fälschung bekannt wurde“); „konnte … nicht bestätigen“ and
// generic „man darf … ausgehen“ are no reports. A participle needs haben,
// werden or worden: with sein alone it is a state („Die Ursache ist noch
// nicht bekannt“). A particle written apart before a clause-final verb
// joins the CUE („wie der Verband bekannt gab“ → „bekannt gab“); the
// particle of another verb of the same form rules the cue out („fand …
// statt“); a verb closing a bracketed aside reports nothing („(Wikinews
// berichtete)“).
//
// The Vorfeld is the speaker only when it can be a subject: an adverb
// („Dabei hofft die NASA“, „Sinngemäß“), a time phrase („Wenige Stunden
// später“, „Ende Januar“), an als/um phrase („Als Grund nannte X“) or a
// phrase in dative or genitive („Des Weiteren“) leaves the speaker after
// the verb. Between a cue and its content an apposition („gab der
// Leiter, Andreas Huber, bekannt, dass …“) and a lone particle are passed
// over; a name in quotation marks may stand in a speaker's noun phrase
// („die „Süddeutsche Zeitung““, „das „Space Telescope Science Institute“
// (STSI)“, „dem „Figaro“ zufolge“). Content clauses include zu-infinitives
// that run over commas („angekündigt, kurzfristig zurückzutreten als
// Chefin“) and V2 Konjunktiv clauses after a fronted phrase with commas
// („erklärte, in den Ländern, in denen …, sei die Zahl gestiegen“).
//
// A speaker's noun phrase (np.go) takes coordinated speakers („Die USA
// und Südkorea“, „Gerald Schneeweiß und Kollegen“), lower-case name
// particles („Staffan de Mistura“; a capitalised one starts a new name:
// „forderte Kickl Van der Bellen auf“), a genitive name before its role
// („Mitterlehners früherer Chef“), an appositive (title +) name also
// after the comma that ends the cue's clause („erklärte die Sprecherin
// des Ministeriums, Maria Sacharowa.“), a bracketed abbreviation (also
// lower case after an organisation: „(dpa)“), a web site („Wie
// tagesschau.de berichtete“) and the seat of an organisation („das
// Auswärtige Amt in Berlin“; after a person „in Berlin“ is where it was
// said), and the remit after an office or institution, also in the
// genitive („der EU-Kommissar für Energie“, „des Bundesministeriums für
// Bildung“; not „für die Zeitung“). It leaves out a dative medium after a bare name („sagte Coeure
// der französischen Zeitung Le Monde“: speech-roles.txt kind media) and
// a „von“ phrase with a quantity („sprachen die Freiheitlichen von 82
// … Wahlkarten“; a year stays: „der Weltmeister von 1998“). A Vorfeld is
// no speaker when it is a listed non-speaker word („Konkret“,
// „Unterdessen“: kind none), a year, a phrase closed by a postposition
// („Insidern zufolge fordern die Gläubiger …“) or a phrase whose comma
// only lists adjectives („Durch zellbiologische, molekulare … Methoden
// zeigten X …“); an inserted day („teilte heute, Freitag, die BWB …
// mit“) is passed over. For „nach eigenen Angaben“ after a quantity or
// an object in the Vorfeld the subject after the verb is the SOURCE
// („Zwei Millionen Euro hat die FPÖ nach eigenen Angaben …“; number
// words from numbers-words.txt and numbers-scales.txt).
//
// Eleventh round (GUIDELINES §4): a listed party in brackets („(ÖVP)“,
// speech-roles.txt kind party), an apposition without a name after a bare
// name, a number with its noun after the head („der Beobachtungsstelle 18
// Zivilisten“) and „der“ + a masculine noun („der Wissensstand“, morph
// gender and case) stay out of the SOURCE; a genitive with „aller“, a
// medium's title with its own article („die Zeitung Die Welt“), the
// prepositional phrases of a Vorfeld speaker („Bewohner am Standort der
// Fabrik …“), an adjective of origin in a nach-phrase („nach
// nordkoreanischen Angaben“), a genitive name before a document („in
// Zschäpes Erklärung“), the author of a compound document („In einem
// Positionspapier des X“) and a document's venue („im Fachblatt X“) are
// sources; the subject of two coordinated clauses, a „für“ phrase with a
// role before an impersonal cue, both names after a medium in active
// „zitieren“, a Vorfeld across a bracket with a comma and a subject after
// an object pronoun („charakterisierte ihn der …“) are found. A verb-final
// or Konjunktiv reported clause ends before the writer's main clause
// („und schloss …“, „, die Diakonie sprach …“, a dash after its last
// verb); unmarked direct speech extends back over first-person sentences
// that hold the speaker's own report; a Konjunktiv I report with a pronoun
// subject and a content clause right after a report continues it; words
// before an inverted cue followed by a colon, and the rest of a clause
// after an inserted so-frame, are QUOTEs too; a cue phrase in a relative
// clause or in another report's inverted frame takes that clause; a
// capitalised preposition after a word starts the sentence a headline runs
// into; „möchte“ continues no indirect speech.
//
// News articles without quotation marks (clauses.go, interview.go): a
// main clause before an inverted cue is reported words also when a
// subordinate clause closes it („…, da er …, sagte die Angeklagte“, „Seit
// dem Angriff können wir …, erklärte einer von ihnen“), while a noun with
// a relative clause is the Vorfeld („Auch Halal-Fleisch, das … ist,
// findet man …“). A "!word" in speech-verbs.txt rules a verb out in an
// idiom of another sense („schrieb Geschichte“, „zu … verurteilt“); an
// infinitive with „sich lassen“, with sein + zu, in an um/ohne/statt
// clause or without content after it attributes nothing („lässt sich
// erklären“, „ist zu begrüßen“, „Um herauszufinden, ob …“; not „ist zu
// hören, …“). A dateline („München – “) is no part of a clause; „laut
// eigenem Bekunden“ takes the clause's subject like „nach eigenen
// Angaben“; an agentless passive takes the document of its „in“ phrase
// („wurde in einer Studie behauptet“); „…, wie X, Apposition, ausführte“
// is a wie-frame; a Konjunktiv I sentence whose own report has
// noun-phrase content continues the last report. An interview (three
// colon turns, one speaker twice) gives each turn one direct QUOTE up to
// the next turn.
// Seventh round (GUIDELINES §4): „ließ … verlauten“ and the other
// "X lassen" lines put the CUE on „ließ“ (the infinitive is no cue of its
// own); a verb marked sein („ausgehen“) is a cue as a participle with
// sein; an „aus“ phrase gives the SOURCE of a clause without a speaking
// subject („Aus EU-Kreisen verlautete“, „Dies geht aus einer
// Pressemitteilung des Konzerns hervor“: „Das“/„Dies“ alone before a
// quote verb is pronoun content); the passive subject of a verb marked
// quoted („X wird mit den Worten zitiert“) is the speaker, also across an
// apposition between auxiliary and participle; a Vorfeld „Der … Zeitung“
// is a dative and „der Zeitung“ after role + name an addressee; a noun
// phrase with an accusative or dative article („den Vorwurf“) is never the
// speaker; a subject with a relative clause before an inverted cue is the
// Vorfeld, not a quote; the speaker ends before the word of its
// noun-phrase content („spricht die Polizei von …“); a wie-frame takes an
// appositive name („Wie die Mitarbeiterin, Arminda Thomas, mitteilte“).
// Quotative „so“ inside the host clause gives two QUOTE spans; a reported
// clause ends before „, so X“; mixed quotation may hold the finite verb
// inside the marks; a zu-infinitive after a clause-final participle is
// content without a comma; a list without a verb after a colon is none;
// for „nach eigenen Angaben“ as the Vorfeld or after an adverbial
// Vorfeld the subject after the finite verb is the SOURCE, and „Seit
// Jahren fordert X“ is a main clause.
// A Konjunktiv I form between a finite verb (or article) and a noun is an
// adjective („werden deutsche Regierungsnetze“), and a report made inside
// quotation marks is not the speaker later sentences continue. Before an
// inverted cue a main clause is the quote even with a dass-clause or a
// colon after the cue; an adverbial clause is the Vorfeld only when it
// opens the sentence; a relative clause after the speaker is no content;
// a reported clause ends before „, wie X mitteilte“ and „, so X“; a cue
// inside an um-zu clause or after „ist … zu“ reports nothing; "!word"
// not-words rule the verb out („zu … verurteilt“; one mechanism with the
// news round's, see above: otherSense, for every frame).
//
// Eighth round (cont.go, np8.go; GUIDELINES §4): a continuation needs a
// main clause in Konjunktiv. mainVerb finds the first finite verb outside
// dependent clauses (a subordinator, w-word or relative pronoun after a
// comma opens one; a verb opening the sentence opens a condition; a
// preterite or an adjective in -sch/-lich/-ig before a noun is passed
// over); an indicative main verb makes the sentence the writer's, unless a
// Konjunktiv I main clause follows the comma after its verb (then that
// clause is the continuation). A report whose cue stands inside another
// report's QUOTE span is nested: the outer report is continued; a report
// with noun-phrase content whose cue is the Konjunktiv I main verb (or its
// participle: „Sie habe ihm ein Auto versprochen“) is itself reported, and
// its sentence continues the last report. First-person
// continuations need a last report with a speaker of its own (not
// „ich“/„wir“, not „Behauptungen, wonach“). A „nach“-phrase takes a genitive
// after „eines/einer/dieser …“ or a bare adjective in -er („britischer
// Tageszeitungen“) as SOURCE and passes over a relative clause after it;
// nouns marked nach-named in speech-nouns.txt („nach Berichten“) are cues
// only with such a source or in a compound („nach Augenzeugenberichten“).
// Ninth round (GUIDELINES §4): a participle cue with a form of werden
// after it is a passive too („können … mitgeteilt werden“, „Details, die
// bestätigt wurden“, „wie der Senator genannt wurde“): its subject is no
// SOURCE, only a „von“ agent is (passiveCue, passiveAgent; in the Vorfeld
// a „von“ after an article and its noun belongs to the noun); a relative
// clause opened by a preposition takes the noun phrase after the pronoun
// („von der nun das Institut berichtet“); a wie-clause reaches over a name
// in marks („Wie „heise online“ berichtet“) and over phrases of place
// after an apposition; a subject follows an insertion between dashes; a
// Vorfeld with an accusative or dative possessive („Ihren Widersacher …“)
// is no SOURCE, a demonstrative „Dieser“/„Diese“ alone is one; the object
// of an active „zitieren“ is a second SOURCE; the second of two
// coordinated verbs takes the first one's subject (coordinatedSubject).
// Eleventh round (cues; GUIDELINES §4): a verb marked belief reports
// nothing with bare generic „man“ („Bisher habe man angenommen, dass …“),
// no verb does with „man“ and a modal, and an agentless passive with a
// modal and only noun-phrase content reports nothing („können der Welt
// mitgeteilt werden“); noreflexive also holds for „sich“ before a verb
// that closes its clause („Es hat sich herausgestellt, dass …“); a verb
// form that closes a main clause after its finite verb is a participle
// („scheint dies … begründet“), and an agentless naming passive with „als“
// in a relative clause names a term („die als Übergangsscheiben bezeichnet
// werden“, namingRelative); content after „und“ + a finite verb is the
// second verb's (coordinatedVerb), and a separable particle before „und“
// + a finite verb closes the first clause („weisen … zurück und sprechen
// von …“); the rest of a clause after an apposition („geht X, Y, davon
// aus, dass …“, particleRest; „warnte X, Y, die Politik in einem Brief:
// …“) joins the cue's clause; idioms and senses are lexicon lines
// („publik machen“, „Kritik üben“, „auf den Punkt bringen“, „(daraus)
// schließen“, „lauten“ with a quote; „warnen“ needs „vor“ for noun-phrase
// content, not the addressee alone; !word senses: „verteidigte das
// Trikot“, „wegen … angeklagt“, „sich zu Wort melden“); a nach-adjective makes a report noun a cue
// („nach ersten Berichten“); „mit den Worten“ (wordsFrame), verb-final
// „heißt“ (finalFrame), „ist der Meinung“ (opinionFrame) and „In dem
// Bericht steht, dass …“ / „hatte es geheißen: …“ (writtenFrame, rule
// frame-heisst-es) are phrase frames.
// After the merge of the two eleventh-round branches (GUIDELINES §4): the
// SOURCE of two coordinated verbs is one rule (coordVerb, firstSubject,
// the zu-infinitive case); „freute sich X“ frames a quote like „zeigte
// sich X“; adverbials of example are passed over before an inverted
// subject (exampleAdverb); a capitalised pronoun or „Aber“ after a word
// ends a headline (capStart); „der“ + a masculine noun after the verb is
// the subject (nominativeDer), and so is the noun phrase after a singular
// verb whose Vorfeld is plural (numberClash); a noun's „von“ before a
// later one is no agent; so-frames and inverted cues take the words after
// their colon, also a verbless phrase (soColon, phraseQuote); „Denn:“ /
// „Nur:“ continue the last report (colonLead); a dass-clause ends before
// „, und“ + a cue with its colon, which joins the first speaker
// (sentenceSpeaker); „Demnach“ skips reports inside a QUOTE
// (innerReport); a particle written apart joins a participle or
// infinitive („bekannt gegeben“, addApart, particleApart); an agentless
// modal passive reports nothing; „Das zeigt eine Studie“
// (docPronounContent) and „formulierte es X“ are reports; a noun's
// „darauf, dass …“ is no content (nounCorrelate); „Auch wenn …“ and
// „Damit sei …“ are read as an adverbial clause and a main clause
// (adverbV2); a comma listing nouns opens no Vorfeld (listTo); a
// relative pronoun is the speaker of „nach eigenen Angaben“; a lower-case
// agency („dpa“) is a name; a document's author is found in „wie aus …
// hervorgeht“.
//
// Twelfth round, cues (GUIDELINES §4): a cue closing a dass/ob-clause
// inside another report's content keeps CUE and SOURCE when its own
// content follows (dassClauseReport); „den Eindruck haben“ / „das Gefühl
// haben“ are opinion frames with haben; a cue's clause reaches back over
// an insertion between dashes (overDashes); an inverted speaker's noun
// phrase ends before a word of the cue's idiom („streute X Rosen“,
// withCut). No cue: a naming verb (flag naming) in a naming passive or
// with generic „man“ (namingPassive), a verb of learning (flag learn)
// without a named source (learnedFrom), a bare „wie berichtet“
// (backReference), a participle before „zu werden“/„zu sein“ without
// content, „zu“ + infinitive + sein; „sich“ after a preposition is no
// reflexive object.
//
// Twelfth round, quotes and sources (GUIDELINES §4): unmarked direct
// speech reaches back over a short plain sentence (plainShort) and over a
// cue word that built no report, and a first-person continuation right
// after it joins its QUOTE (extendDirect); continuations reach eight
// sentences (maxGap), skip a verbless label before a colon (labelLead), an
// aside between dashes (closingDash) and a fronted clause opened by
// „während“ + article; „Denn“/„Und“ of the writer stay out of a framed
// QUOTE (writersConnective), and so does a closing bracket of several
// words (trailingBracket) and an indicative „, was“-clause with a verb of
// speech (indicativeEnd); a cue phrase's host clause is the subordinate
// clause that holds it and leaves out a main clause before a comma and
// another report's wie-frame; „…, wird vermutet.“ after Konjunktiv I is
// a report without SOURCE (agentlessInverted); a verb-final wer-clause is
// a subject (freeRelative); an answer word before an inverted cue is a
// QUOTE (interjection). Sources: „zu“ + noun is no name particle, „der
// APA“ is an addressee, „man“ takes a place only with a speaker noun
// (speakerPlace), a thing in the Vorfeld before a name is the object
// (thingVorfeld, personAfter), „und“ + noun phrase + V2 cue opens a new
// subject (coordClause), a subject's relative clause may hold commas and
// „und“ (subjectWithRelative), „heißt es im/beim“ + institution, „im“ +
// group, „gegen“ + remit and „in“ + place after an abbreviation join the
// noun phrase, statements with a genitive author (doc nouns, also after
// „so“), „es“ and a partitive with apposition in wie-frames, adjectives of
// origin in „-ysch“.
//
// Twelfth round, second half, quotes (GUIDELINES §4): unmarked direct
// speech reaches back over a first-person sentence whatever cue word it
// holds (extendDirectBack); Konjunktiv II with only a first-person object
// is indirect (firstSpeaker); a sentence opened by the speaker's own
// first-person report continues their QUOTE, the inner report keeps CUE
// and SOURCE (firstPersonReport); the mode changes at a colon (or a dash
// before first-person words) inside a Konjunktiv continuation, an
// unmarked inverted quote and a so-frame's second part
// (directAfterColon); a first-person continuation starts after the
// writer's lead-in and colon (firstAfterColon); a cue phrase opening its
// host clause is the Vorfeld up to the finite verb (vorfeldEnd), its host
// ends at another report's inverted frame (which keeps the clause,
// hostRank) and at a second main clause, a Konjunktiv one being a second
// QUOTE; a closing ellipsis „...“ stays out (dots); „…, das hat er
// bekräftigt“ is an inverted frame (resumptiveDas); a noun phrase before
// „sagt er“ is the first part of an interrupted quote (interruptedNP); a
// clause-final verb cluster after a comma is no verb second, and „seit“
// before a bare noun opens a phrase (mainClause).
//
// Thirteenth round, cues (GUIDELINES §4): „niemand“ or „keiner“ as a noun
// phrase of its own anywhere in the cue's clause names nobody, so the
// clause attributes nothing (nobodySubjectAt; not before „als“: „niemand
// anderes als X“); a negated verb of confirming or disclosing
// (speech-verbs.txt flag negated: bestätigen, bekanntgeben, mitteilen,
// nennen) reports nothing (negated; for a verb of naming only a negation
// of the verb, not of its predicate: negatedNaming); an evidence verb
// (flag evidence: zeigen) reports only with a person, a document or data
// as its subject's head (evidenceSubject, speech-nouns.txt data); a
// verbal cue left with neither SOURCE nor content in a modal, negated or
// relative clause reports nothing (bareCue), nor does „heißt es“ near
// the sentence start without reported words (impersonalFrame). Such an
// attribution is built first and dropped afterwards; dropAtts gives its
// marks back so the other rules see the words as before (run.marked). A
// verb of belief or one that frames no quote takes no indicative words
// after a colon; an infinitive after um/ohne/statt … zu reports nothing;
// „verlautete … aus X“ names the speaker after an inverted cue
// (ausAfter). Cue recall (helper s7): speech-act verbs whose noun-phrase
// object names the content (flag npnoreflexive: not with „sich“,
// „äußerte Zweifel“ but not „äußerte sich besorgt“) and nested reports
// the guidelines count.
//
// Thirteenth round, sources and quotes (GUIDELINES §4): a report whose cue
// belongs to a Konjunktiv I main clause right after another report is
// reported whatever its subject (reportedClauseReport, clauseFinal); „Da“
// before the finite verb opens a main clause (adverbDa); circles
// („Sicherheitskreisen“) speak like a group, „In“ + group before „hieß es“
// and „aus“ + group in a nach-phrase name the speakers (ausSpeaker), a
// von-phrase of time or of a passive host clause's agent is no part of a
// speaker (agentCut); a speaker's noun phrase takes a sentence-initial
// adjective, a measure before its adjective, a number adjective, the
// genitive and abbreviation of a coordinated noun and „Forscher um X“
// (adjectiveAtStart, measureAdjective, numberAdjective); a time phrase
// after the verb and a leading „Unter anderem“ are passed over
// (timePhrase, leadAdverb); an apposition without its closing comma leaves
// the name as the speaker (openApposition); the host clause of a cue
// phrase leaves out a main clause before a comma or dash whatever opens
// the second clause (v2Opening); a Konjunktiv continuation ends before the
// writer's indicative clause (contEnd).
//
// # Steps
//
//  1. Per token: the word's closed classes, cue forms and phrase cues (one
//     map lookup), and its verb readings from morph (finite, Konjunktiv I/II).
//  2. Quotation marks are paired per paragraph in one pass (all styles:
//     „…“ "…" »…« «…» ‚…‘). A quote left open at a paragraph end continues
//     when the next paragraph opens with a mark; otherwise the mark is a
//     stray. A second opening mark makes the first a stray.
//  3. Cues are found and placed in their frames (above).
//  4. Continuations: sentences without spans of their own that go on
//     reporting the last speaker.
//  5. Spans of one label never overlap: the longer QUOTE wins (a report
//     inside a quote keeps its CUE and SOURCE only); two cues with the
//     same SOURCE span become one attribution. Ids follow the (start, end,
//     label) order of each attribution's first span.
//
// Quotation marks that are not speech (names, titles, scare quotes: „mit
// dem „Münchner Merkur““) only become a QUOTE when a frame claims them and
// they are not governed by an article or preposition, nor a name right
// after its noun (capitalised words and function words, no finite verb:
// „vor der Schlankheitspille „Reduce Weight““). „In DOC, der/die …, heißt
// es, …“ takes the content after the comma, not the relative clause.
//
// When a document pairs quotation marks around an utterance after its
// first sentence (not only around names and titles such as „Münchner
// Merkur“, and not only in the headline, which scraped texts often keep
// while the body lost its marks), an unmarked reported clause is
// indirect; in a document without any, an unmarked indicative clause
// before „…, sagte X“ is direct speech (GUIDELINES §1.4.5), earlier
// first-person sentences of the same paragraph join it, and first-person
// sentences up to two sentences after a report continue it. A Konjunktiv
// II clause without a first-person word is indirect („… könnten eine
// Lösung bringen, sagte X“). A verb form that is Konjunktiv I only in the
// third person is indicative next to „ich“ („Ich glaube, …“, „Das hoffe
// ich“; „ich sei“ stays Konjunktiv), and no report right after a
// comparative „als“ („als lege er eine Pause ein“). A reported clause
// ends before the inverted frame of another report („…, dass ich der
// Chef bin, antwortete er“).
//
// # Cost
//
// Every frame looks at a bounded window around its cue (maxClause,
// maxReach, maxNP tokens), so the stage is linear in the document size
// (TestLinearWork counts the tokens the helpers look at). BenchmarkSpeech against BenchmarkTokenize gives the
// stage's share of tokenizer time. Per token the stage does one map lookup
// (closed classes, cue forms, phrase cues and their precomputed verb
// classes) and, for other lower-case words, a morph lookup that a Bloom
// filter of the table's verb forms skips for most non-verbs; the map
// lookup itself is skipped by a second small filter (32 KB) of the
// lexicon's word forms, with the word hashed once for both, and
// one-byte punctuation is kept per token so that isPunct reads one byte.
// The verb
// flags of the looked-up words are kept in a cache (open addressing,
// words copied into one arena, at most 1<<16 slots) that lives in the
// pooled scratch state, so it warms up across the documents of a corpus
// without locks; the per-token slices come from the same sync.Pool.
//
// # Left out
//
// Coreference (a pronoun SOURCE is linked as it stands), speakers named
// only in an earlier sentence for a continuation (the continuation joins
// that attribution instead), indicative continuations of unmarked direct
// speech in the third person, the subject of „nach eigenen Angaben“
// beyond a subject before it or right after the finite verb,
// non-reporting colon frames whose unmarked content is not in the first
// person („ließ Kickl nicht gelten: Jetzt geht es …“), non-reporting
// frames without „sich“ before a comma („…, will X so nicht stehen
// lassen“), a dative after a speaker with a determiner or role („sagte
// der Minister der Zeitung Y“: the newspaper joins the SOURCE; only a
// bare name is cut) and interview layouts beyond „Name: …“. A person's
// party in brackets is left out of the SOURCE as GUIDELINES §1.3 says
// (speech-roles.txt kind party), although Wikinews keeps it.
package speech
