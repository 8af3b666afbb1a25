package lexicon

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"testing/fstest"
)

// TestOverlayIsDir: a lexicon rebuilt with Overlay from the bytes of an
// override folder reads every file as Dir reads the folder, positions
// included.
func TestOverlayIsDir(t *testing.T) {
	dir := t.TempDir()
	override := map[string]string{"numbers-vague.txt": "# mine\nTausende\tnoun\n"}
	mem := fstest.MapFS{}
	for name, data := range override {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
		mem[name] = &fstest.MapFile{Data: []byte(data)}
	}
	fromDir, err := Dir(dir)
	if err != nil {
		t.Fatal(err)
	}
	fromBytes := Overlay(dir, mem)
	overridden := 0
	for _, name := range fromDir.Files() {
		want, werr := fromDir.Entries(name)
		got, gerr := fromBytes.Entries(name)
		if !reflect.DeepEqual(got, want) || (werr == nil) != (gerr == nil) {
			t.Errorf("%s: Overlay gives %v (%v), Dir %v (%v)", name, got, gerr, want, werr)
		}
		if len(want) > 0 && want[0].File == dir+"/"+name {
			overridden++
		}
	}
	if overridden != len(override) {
		t.Errorf("%d files read from the override folder, want %d", overridden, len(override))
	}
}
