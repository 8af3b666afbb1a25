package annotate

import "testing"

func TestStem(t *testing.T) {
	cases := []struct{ in, want string }{
		{"sagte", "sagt"}, {"sagten", "sagt"}, {"erklärte", "erklart"}, {"Erklärung", "erklar"},
		{"Soldaten", "soldat"}, {"Soldat", "soldat"}, {"mutmaßlichen", "mutmass"}, {"berichten", "bericht"},
	}
	for _, c := range cases {
		if got := Stem(c.in); got != c.want {
			t.Errorf("Stem(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
