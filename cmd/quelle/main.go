// Command quelle annotates German news text with reported speech, hedges
// and numbers, and scores annotations against a gold set.
//
// Usage:
//
//	quelle annotate [flags] [PATH ...]
//	quelle eval --gold FILE|DIR [flags]
//	quelle agree A.jsonl B.jsonl
//	quelle version
//	quelle help [COMMAND]
//
// Exit codes: 0 ok, 1 failure, 2 usage.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
)

// version is set at build time with -ldflags "-X main.version=…".
var version = "0.1.0-dev"

// env is what a command may touch: its streams and whether stderr is a
// terminal. Commands never call os.Exit.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	stderrIsTTY    bool
}

// command is one subcommand: run parses its own flags from args.
type command struct {
	summary string
	run     func(args []string, e *env) error
}

// usageError marks a bad command line (exit 2).
type usageError struct{ msg string }

func (u usageError) Error() string { return u.msg }

func usagef(format string, args ...any) error { return usageError{fmt.Sprintf(format, args...)} }

// commands is the subcommand table.
func commands() map[string]command {
	return map[string]command{
		"annotate": {"annotate texts and write scheme JSONL", runAnnotate},
		"eval":     {"score predictions against gold annotations", runEval},
		"agree":    {"inter-annotator agreement between two JSONL files", runAgree},
		"version":  {"print the version", runVersion},
		"help":     {"show help for a command", runHelp},
	}
}

func main() {
	e := &env{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr, stderrIsTTY: isTerminal(os.Stderr)}
	os.Exit(run(os.Args[1:], e))
}

// run dispatches to a subcommand and maps its error to an exit code.
func run(args []string, e *env) int {
	if len(args) == 0 {
		printUsage(e.stderr)
		return 2
	}
	cmd, ok := commands()[args[0]]
	if !ok {
		if args[0] == "-h" || args[0] == "--help" {
			printUsage(e.stdout)
			return 0
		}
		fmt.Fprintf(e.stderr, "quelle: unknown command %q\n", args[0])
		printUsage(e.stderr)
		return 2
	}
	err := cmd.run(args[1:], e)
	var ue usageError
	switch {
	case err == nil:
		return 0
	case errors.Is(err, errHelp):
		return 0
	case errors.As(err, &ue):
		fmt.Fprintf(e.stderr, "quelle %s: %v\n", args[0], err)
		return 2
	default:
		fmt.Fprintf(e.stderr, "quelle %s: %v\n", args[0], err)
		return 1
	}
}

// errHelp is returned by a command that printed its help on request.
var errHelp = errors.New("help requested")

func printUsage(w io.Writer) {
	fmt.Fprintln(w, "usage: quelle COMMAND [flags] [args]")
	fmt.Fprintln(w, "\ncommands:")
	cmds := commands()
	names := make([]string, 0, len(cmds))
	for n := range cmds {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-9s %s\n", n, cmds[n].summary)
	}
	fmt.Fprintln(w, "\nRun 'quelle help COMMAND' for a command's flags.")
}

func runVersion(args []string, e *env) error {
	if len(args) > 0 {
		return usagef("version takes no arguments")
	}
	fmt.Fprintf(e.stdout, "quelle %s\n", version)
	return nil
}

func runHelp(args []string, e *env) error {
	if len(args) == 0 {
		printUsage(e.stdout)
		return nil
	}
	cmd, ok := commands()[args[0]]
	if !ok || args[0] == "help" {
		return usagef("no help for %q", args[0])
	}
	return cmd.run([]string{"--help"}, &env{stdin: e.stdin, stdout: e.stdout, stderr: e.stdout})
}

func isTerminal(f *os.File) bool {
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}
