package eval

import (
	"fmt"
	"slices"
	"strings"

	"github.com/quelle-nlp/quelle/annotate"
	"github.com/quelle-nlp/quelle/scheme"
)

// AllLabels returns the scheme's labels in report order.
func AllLabels() []string { return annotate.AllLabels() }

// ParseLabels parses a comma-separated label list such as "CUE,source"
// (case is ignored). An empty list means all labels. The result is in
// report order without duplicates.
func ParseLabels(s string) ([]string, error) {
	var labels []string
	for _, f := range strings.Split(s, ",") {
		if f = strings.TrimSpace(f); f != "" {
			labels = append(labels, strings.ToUpper(f))
		}
	}
	return normLabels(labels)
}

// normLabels checks labels and returns them in report order without
// duplicates; none means all.
func normLabels(labels []string) ([]string, error) {
	all := AllLabels()
	if len(labels) == 0 {
		return all, nil
	}
	for _, l := range labels {
		if !slices.Contains(all, l) {
			return nil, fmt.Errorf("%w %q (want %s)", scheme.ErrUnknownLabel, l, strings.Join(all, ", "))
		}
	}
	return slices.DeleteFunc(all, func(l string) bool { return !slices.Contains(labels, l) }), nil
}

// labelRank orders labels for reports; unknown labels go last.
func labelRank(label string) int {
	if i := slices.Index(AllLabels(), label); i >= 0 {
		return i
	}
	return len(AllLabels())
}
