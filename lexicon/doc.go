// Package lexicon holds quelle's linguist-editable data: plain UTF-8 text
// files, one entry per line, fields separated by tabs, '#' starting a
// comment. The files under data/ are embedded in the binary; a directory
// given with --lexicon DIR overrides them file by file (a file present in
// DIR replaces the embedded file of the same name, the others stay; a file
// in DIR that has no embedded namesake is an error, see Dir).
//
// Errors in a file are reported as "file:line: message" and collected, so
// one run shows every broken line (see ErrorList).
//
// The file formats are documented in data/README.md.
package lexicon
