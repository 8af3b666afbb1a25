package hedge

// ruleID names a context rule of the lexicon's "rule" column.
type ruleID uint8

// The context rules; doc.go describes each.
const (
	rAlways ruleID = iota
	rApprox
	rApproxQuant
	rApproxBound
	rApproxYear
	rPossible
	rParticle
	rModal
	rReportive
	rClaim
	rFirstPerson
	rFirstPersonParticle
	rEstimate
	rSeem
	rUnnamed
	rImpersonal
	nRules
)

var ruleNames = [nRules]string{
	rAlways:              "always",
	rApprox:              "approx",
	rApproxQuant:         "approx-quant",
	rApproxBound:         "approx-bound",
	rApproxYear:          "approx-year",
	rPossible:            "possible",
	rParticle:            "particle",
	rModal:               "modal",
	rReportive:           "reportive",
	rClaim:               "claim",
	rFirstPerson:         "first-person",
	rFirstPersonParticle: "first-person-particle",
	rEstimate:            "estimate",
	rSeem:                "seem",
	rUnnamed:             "unnamed",
	rImpersonal:          "impersonal",
}

// forWords reports whether the rule may stand in hedge-words.txt.
func (r ruleID) forWords() bool { return r != rUnnamed && r != rImpersonal }

// forPhrases reports whether the rule may stand in hedge-phrases.txt.
func (r ruleID) forPhrases() bool {
	switch r {
	case rAlways, rApprox, rApproxBound, rUnnamed, rImpersonal:
		return true
	}
	return false
}

// outcome is what a rule decided about one occurrence: oNone (no hedge) or
// the reason it is one, which goes into Span.Rule.
type outcome uint8

// Outcomes.
const (
	oNone          outcome = iota
	oYes                   // a plain lexicon match
	oNumber                // approximator before a number
	oFraction              // approximator before determiner + fraction
	oQuantifier            // approximator before a quantifier
	oIndefinite            // bound before an indefinite article
	oYear                  // „um“ before a year
	oPredicate             // „möglich“ said of an event or claim
	oParticle              // „wohl“ as a modal particle
	oEpistemic             // epistemic modal
	oPerfect               // reportive modal with a perfect infinitive
	oStative               // reportive „soll“ with a stative verb
	oClause                // belief or estimate verb with a content clause
	oParenthetical         // „…, glaube ich, …“
	oAmount                // estimate of an amount
	oSeem                  // „scheinen“ = seem
	oUnnamed               // phrase without a named source
	nOutcomes
)

var outcomeNames = [nOutcomes]string{
	oNone:          "none",
	oYes:           "yes",
	oNumber:        "number",
	oFraction:      "fraction",
	oQuantifier:    "quantifier",
	oIndefinite:    "indefinite",
	oYear:          "year",
	oPredicate:     "predicate",
	oParticle:      "particle",
	oEpistemic:     "epistemic",
	oPerfect:       "perfect-infinitive",
	oStative:       "stative",
	oClause:        "content-clause",
	oParenthetical: "parenthetical",
	oAmount:        "amount",
	oSeem:          "seem",
	oUnnamed:       "unnamed-source",
}

// class is a set of context classes (hedge-context.txt) a word belongs to.
type class uint64

// Context classes; hedge-context.txt describes each.
const (
	cQuantifier class = 1 << iota
	cDeterminer
	cIndefinite
	cUnit
	cApproxBlock
	cPerfectAux
	cPassiveAux
	cParticiple
	cStative
	cCounterfactual
	cErsatzAux
	cConditional
	cOpenQuestion
	cAbility
	cPolite
	cPossibleBlock
	cMake
	cParticleBlockBefore
	cParticleBlockAfter
	cNounMarker
	cFirstPerson
	cVerbParticle
	cBeliefBlock
	cContent
	cAmountPrep
	cLight
	cSourceAfter
	cSourceBefore
	cRelative
	cGenitive
	cPossessive
	cAnonymous
	cManner
	cMeaning
	cSeinPerfect
	cNegation
)

var classByName = map[string]class{
	"quantifier":            cQuantifier,
	"determiner":            cDeterminer,
	"indefinite":            cIndefinite,
	"unit":                  cUnit,
	"approx-block":          cApproxBlock,
	"perfect-aux":           cPerfectAux,
	"passive-aux":           cPassiveAux,
	"participle":            cParticiple,
	"stative":               cStative,
	"counterfactual":        cCounterfactual,
	"ersatz-aux":            cErsatzAux,
	"conditional":           cConditional,
	"open-question":         cOpenQuestion,
	"ability":               cAbility,
	"polite":                cPolite,
	"possible-block":        cPossibleBlock,
	"make":                  cMake,
	"particle-block-before": cParticleBlockBefore,
	"particle-block-after":  cParticleBlockAfter,
	"noun-marker":           cNounMarker,
	"first-person":          cFirstPerson,
	"verb-particle":         cVerbParticle,
	"belief-block":          cBeliefBlock,
	"content":               cContent,
	"amount-prep":           cAmountPrep,
	"light":                 cLight,
	"source-after":          cSourceAfter,
	"source-before":         cSourceBefore,
	"relative":              cRelative,
	"genitive":              cGenitive,
	"possessive":            cPossessive,
	"anonymous":             cAnonymous,
	"manner":                cManner,
	"meaning":               cMeaning,
	"sein-perfect":          cSeinPerfect,
	"negation":              cNegation,
}
