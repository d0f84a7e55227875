// Command parley-cli is Parley without a window: import, list, show and
// search a library from scripts and tests. It builds with CGO_ENABLED=0.
//
// Exit codes: 0 success, 1 when any input was rejected or the command failed,
// 2 for usage errors.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"sort"
	"strings"

	"parley/app"
	"parley/assets"
	"parley/data"
)

// version is set at build time with -ldflags "-X main.version=…".
var version = "dev"

const (
	exitOK       = 0
	exitFailed   = 1
	exitUsage    = 2
	usageSummary = `Usage: parley-cli [--db FILE] COMMAND [options]

Commands:
  info                      the library's path, schema version and counts
  import PATH...            import files and folders (text, HTML, CSV)
  articles                  list the articles
  show ARTICLE              print an article (by id or source file name)
  search QUERY              full-text search, accent- and case-insensitive
  extract [ARTICLE...]      run the meeting extractor again (keeps review work)
  meetings                  list the meetings found (and added by hand)
  review MEETING ACTION     confirm, reject, mark planned or correct a meeting
  eval --gold F --texts D   score the extractor against labelled articles
  codes add|list|rename|move|merge|delete   the codebook (a tree of codes)
  codes frequencies|cooccurrence            count passages per code, and overlapping codes
  code --article A ...      code a passage (by offsets, by quote, or the whole article)
  uncode PASSAGE            remove a coding
  autocode --code C ...     code every match of a full-text query or a regular expression
  passages                  list coded passages, optionally with their sentence
  sessions start|end|list   annotation sessions
  memo add|list             memos on the library, an article, a code or a passage
  undo | redo | history     step through the changes to codes, passages and memos
  agreement --coders A,B    inter-coder agreement: percent, Cohen's kappa, Krippendorff's alpha
  bench --articles N        measure import, search, counts, charts and opening on N generated articles

Global options:
  --db FILE                 library file (default: $PARLEY_DB, else the user's library)
  --version                 print the version

Run 'parley-cli COMMAND --help' for a command's options.
`
)

// command is one subcommand: its flags are parsed by run before execute.
type command struct {
	name    string
	args    string // positional arguments, for the usage line
	summary string
	flags   func(*flag.FlagSet) // declares the command's flags
	execute func(e *env, fs *flag.FlagSet, args []string) int
	// extract: the command finds meetings, so the library loads the
	// gazetteer and people memory first.
	extract bool
	// noLibrary: the command opens no library (eval makes its own).
	noLibrary bool
	// subs are the subcommands of a group ("codes add"); a group has no
	// execute of its own.
	subs map[string]*command
}

// env is what a command runs with.
type env struct {
	ctx    context.Context
	stdout io.Writer
	stderr io.Writer
	dbPath string
	lib    *app.Library
}

var commands = map[string]*command{}

func register(c *command) { commands[c.name] = c }

// registerGroup registers a command made of subcommands, each named
// "group sub" so that its usage and errors say both words.
func registerGroup(name, summary string, subs ...*command) {
	g := &command{name: name, summary: summary, subs: map[string]*command{}}
	for _, c := range subs {
		g.subs[c.name] = c
		c.name = name + " " + c.name
	}
	register(g)
}

// pickSub resolves the subcommand of a group from the arguments.
func pickSub(g *command, args []string, stdout, stderr io.Writer) (*command, int) {
	names := make([]string, 0, len(g.subs))
	for n := range g.subs {
		names = append(names, n)
	}
	sort.Strings(names)
	if len(args) == 0 || strings.HasPrefix(args[0], "-") {
		out, code := stderr, exitUsage
		if len(args) > 0 && (args[0] == "-h" || args[0] == "--help" || args[0] == "-help") {
			out, code = stdout, exitOK
		}
		fmt.Fprintf(out, "Usage: parley-cli [--db FILE] %s %s ...\n\n%s\n", g.name, strings.Join(names, "|"), g.summary)
		return nil, code
	}
	c, ok := g.subs[args[0]]
	if !ok {
		fmt.Fprintf(stderr, "parley-cli %s: unknown subcommand %q (%s)\n", g.name, args[0], strings.Join(names, ", "))
		return nil, exitUsage
	}
	return c, exitOK
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	code := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// run is the whole program, callable from tests.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	global := flag.NewFlagSet("parley-cli", flag.ContinueOnError)
	global.SetOutput(stderr)
	global.Usage = func() { fmt.Fprint(stderr, usageSummary) }
	dbFlag := global.String("db", "", "library file")
	showVersion := global.Bool("version", false, "print the version")
	if err := global.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fmt.Fprint(stdout, usageSummary)
			return exitOK
		}
		return exitUsage
	}
	if *showVersion {
		fmt.Fprintln(stdout, "parley-cli", version)
		return exitOK
	}
	rest := global.Args()
	if len(rest) == 0 {
		fmt.Fprint(stderr, usageSummary)
		return exitUsage
	}
	if rest[0] == "help" {
		if len(rest) > 1 {
			if c, ok := commands[rest[1]]; ok {
				if c.subs != nil {
					if sub, ok := c.subs[strings.Join(rest[2:min(len(rest), 3)], "")]; ok {
						c = sub
					} else {
						_, code := pickSub(c, []string{"--help"}, stdout, stdout)
						return code
					}
				}
				newFlagSet(c, stdout).Usage()
				return exitOK
			}
		}
		fmt.Fprint(stdout, usageSummary)
		return exitOK
	}
	cmd, ok := commands[rest[0]]
	if !ok {
		fmt.Fprintf(stderr, "parley-cli: unknown command %q (commands: %s)\n", rest[0], strings.Join(commandNames(), ", "))
		return exitUsage
	}
	if cmd.subs != nil {
		sub, code := pickSub(cmd, rest[1:], stdout, stderr)
		if sub == nil {
			return code
		}
		cmd, rest = sub, rest[1:]
	}
	fs := newFlagSet(cmd, stderr)
	fs.StringVar(dbFlag, "db", *dbFlag, "library file (also accepted before the command)")
	positional, err := parseInterspersed(fs, rest[1:])
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fs.SetOutput(stdout)
			fs.Usage()
			return exitOK
		}
		return exitUsage
	}

	if cmd.noLibrary {
		return cmd.execute(&env{ctx: ctx, stdout: stdout, stderr: stderr}, fs, positional)
	}
	path := *dbFlag
	if path == "" {
		p, err := app.DefaultLibraryPath()
		if err != nil {
			fmt.Fprintln(stderr, "parley-cli:", err)
			return exitFailed
		}
		path = p
	}
	store, err := data.Open(path)
	if err != nil {
		fmt.Fprintln(stderr, "parley-cli:", err)
		return exitFailed
	}
	defer store.Close()
	e := &env{ctx: ctx, stdout: stdout, stderr: stderr, dbPath: path, lib: app.NewLibrary(store)}
	if cmd.extract {
		if err := e.lib.EnableExtraction(ctx, assets.Gazetteer()); err != nil {
			fmt.Fprintln(stderr, "parley-cli:", err)
			return exitFailed
		}
	}
	return cmd.execute(e, fs, positional)
}

func newFlagSet(c *command, out io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(c.name, flag.ContinueOnError)
	fs.SetOutput(out)
	if c.flags != nil {
		c.flags(fs)
	}
	fs.Usage = func() {
		w := fs.Output()
		fmt.Fprintf(w, "Usage: parley-cli [--db FILE] %s [options] %s\n\n%s\n", c.name, c.args, c.summary)
		hasFlags := false
		fs.VisitAll(func(*flag.Flag) { hasFlags = true })
		if hasFlags {
			fmt.Fprintln(w, "\nOptions:")
			fs.PrintDefaults()
		}
	}
	return fs
}

func commandNames() []string {
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// usageError prints a usage problem for a command and returns exit code 2.
func usageError(e *env, fs *flag.FlagSet, format string, a ...any) int {
	fmt.Fprintf(e.stderr, "parley-cli %s: %s\n", fs.Name(), fmt.Sprintf(format, a...))
	fmt.Fprintf(e.stderr, "Run 'parley-cli %s --help' for usage.\n", fs.Name())
	return exitUsage
}

// fail prints a runtime error and returns exit code 1.
func fail(e *env, err error) int {
	fmt.Fprintln(e.stderr, "parley-cli:", err)
	return exitFailed
}

// parseInterspersed parses flags wherever they stand among the positional
// arguments ("search Laos --limit 5" as well as "search --limit 5 Laos");
// everything after "--" is positional.
func parseInterspersed(fs *flag.FlagSet, args []string) ([]string, error) {
	var positional []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return positional, nil
		}
		if len(args) > len(rest) && args[len(args)-len(rest)-1] == "--" {
			return append(positional, rest...), nil
		}
		positional = append(positional, rest[0])
		args = rest[1:]
	}
}
