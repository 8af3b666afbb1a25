// Command quelle annotates German news text with reported speech, hedges
// and numbers, and scores annotations against a gold set.
//
// Usage:
//
//	quelle annotate [flags] [PATH ...]
//	quelle eval --gold FILE|DIR [flags]
//	quelle agree A.jsonl B.jsonl
//	quelle convert --from FORMAT [--to FORMAT] [--original FILE] PATH
//	quelle version            (or quelle --version)
//	quelle help [COMMAND]
//
// Exit codes: 0 ok, 1 failure, 2 usage, 130 and 143 stopped by SIGINT
// (Ctrl-C) or SIGTERM.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"sort"
	"syscall"
)

// version is set at build time with -ldflags "-X main.version=…".
var version = "0.1.0-dev"

// env is what a command may touch: its streams and whether stderr is a
// terminal. Commands never call os.Exit.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	stderrIsTTY    bool
	// signals, if set, starts delivering SIGINT and SIGTERM to the returned
	// channel instead of ending the process; the function it returns
	// restores the default (a second Ctrl-C then ends the process at once).
	signals func() (<-chan os.Signal, func())
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
		"convert":  {"convert annotations between formats (brat, INCEpTION, Label Studio → JSONL)", runConvert},
		"version":  {"print the version", runVersion},
		"help":     {"show help for a command", runHelp},
	}
}

func main() {
	e := &env{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr, stderrIsTTY: isTerminal(os.Stderr), signals: notifySignals}
	os.Exit(run(os.Args[1:], e))
}

// notifySignals delivers SIGINT and SIGTERM to a channel until released.
func notifySignals() (<-chan os.Signal, func()) {
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, os.Interrupt, syscall.SIGTERM)
	return ch, func() { signal.Stop(ch) }
}

// sigName names a signal as users know it.
func sigName(s os.Signal) string {
	switch s {
	case os.Interrupt:
		return "SIGINT (Ctrl-C)"
	case syscall.SIGTERM:
		return "SIGTERM"
	}
	return s.String()
}

// sigExit is the conventional exit status after a signal: 128 + its number.
func sigExit(s os.Signal) int {
	if n, ok := s.(syscall.Signal); ok {
		return 128 + int(n)
	}
	return 1
}

// run dispatches to a subcommand and maps its error to an exit code.
func run(args []string, e *env) int {
	if len(args) == 0 {
		printUsage(e.stderr)
		return 2
	}
	cmd, ok := commands()[args[0]]
	if !ok {
		switch args[0] {
		case "-h", "--help":
			printUsage(e.stdout)
			return 0
		case "--version", "-version", "-V":
			return run(append([]string{"version"}, args[1:]...), e)
		}
		fmt.Fprintf(e.stderr, "quelle: unknown command %q\n", args[0])
		printUsage(e.stderr)
		return 2
	}
	err := cmd.run(args[1:], e)
	var ue usageError
	var intr interrupted
	var silent errSilent
	switch {
	case err == nil:
		return 0
	case errors.Is(err, errHelp):
		return 0
	case errors.As(err, &intr):
		if !errors.As(err, &silent) {
			fmt.Fprintf(e.stderr, "quelle %s: %v\n", args[0], err)
		}
		return sigExit(intr.sig)
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
	if len(args) == 1 && (args[0] == "-h" || args[0] == "--help") {
		fmt.Fprintln(e.stderr, "usage: quelle version   (or quelle --version)\n\nPrints the version of quelle.")
		return errHelp
	}
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
	if len(args) > 1 {
		return usagef("help takes one command name, not %d", len(args))
	}
	if args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		fmt.Fprintln(e.stdout, "usage: quelle help [COMMAND]\n\nShows the commands, or the flags of COMMAND.")
		return nil
	}
	cmd, ok := commands()[args[0]]
	if !ok {
		return usagef("unknown command %q: there is no help for it (see quelle help)", args[0])
	}
	err := cmd.run([]string{"--help"}, &env{stdin: e.stdin, stdout: e.stdout, stderr: e.stdout})
	if errors.Is(err, errHelp) {
		return nil
	}
	return err
}

func isTerminal(f *os.File) bool {
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}
