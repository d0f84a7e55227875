package app

// An import started from the desktop app runs in the background: the
// analyst goes on reading, searching and charting while it writes. On two
// cores the import's parsing and storing threads would otherwise take as
// much processor time as the analyst's queries and make them wait (a
// search of 5 ms took 200 ms and more during an import). Library.Background
// asks the import to run its threads at a lower scheduling priority, so
// that a query gets a core when it needs one, while an idle machine still
// gives the import all it has. A command-line import is the analyst's
// foreground work and keeps the normal priority.

// backgroundNice is how much a background import's threads are niced
// (0 is normal, 19 the lowest): 10 steps lower, the scheduler gives a
// normal thread about ten times the share of one of them.
const backgroundNice = 10

// lowerPriority moves the calling goroutine to its own operating system
// thread and lowers that thread's priority by backgroundNice. The goroutine
// must end without unlocking, so that Go ends the thread with it instead of
// reusing a lowered thread for other work. It reports whether the priority
// changed; where the system has no per-thread priority it changes nothing.
func lowerPriority() bool { return lowerThreadPriority(backgroundNice) }
