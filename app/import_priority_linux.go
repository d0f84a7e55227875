package app

import (
	"runtime"
	"syscall"
)

// On Linux every thread has its own nice value, set through setpriority
// with the thread id. A thread starts with its creator's value, so the
// import's threads are niced by backgroundNice from the process's own.
func lowerThreadPriority(by int) bool {
	runtime.LockOSThread()
	nice, ok := threadNice()
	if !ok {
		return false
	}
	return syscall.Setpriority(syscall.PRIO_PROCESS, syscall.Gettid(), min(nice+by, 19)) == nil
}

// threadNice is the calling thread's nice value.
func threadNice() (int, bool) {
	// The raw system call returns 20 - nice, to keep clear of -1 for errors.
	r, _, errno := syscall.Syscall(syscall.SYS_GETPRIORITY, syscall.PRIO_PROCESS, uintptr(syscall.Gettid()), 0)
	if errno != 0 {
		return 0, false
	}
	return 20 - int(r), true
}
