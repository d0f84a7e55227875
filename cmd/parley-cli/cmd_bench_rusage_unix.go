//go:build linux || darwin

package main

import (
	"os"
	"runtime"
	"strconv"
	"strings"
	"syscall"
)

// maxRSSMB reads a peak resident set size: kilobytes on Linux, bytes on
// macOS.
func maxRSSMB(ru *syscall.Rusage) float64 {
	if runtime.GOOS == "darwin" {
		return float64(ru.Maxrss) / 1e6
	}
	return float64(ru.Maxrss) * 1024 / 1e6
}

func childMaxRSS(ps *os.ProcessState) (float64, bool) {
	ru, ok := ps.SysUsage().(*syscall.Rusage)
	if !ok || ru == nil {
		return 0, false
	}
	return maxRSSMB(ru), true
}

func selfMaxRSS() (float64, bool) {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0, false
	}
	return maxRSSMB(&ru), true
}

// selfCPU is the processor time this process has used, user and system.
func selfCPU() (float64, bool) {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0, false
	}
	return float64(ru.Utime.Nano()+ru.Stime.Nano()) / 1e9, true
}

// peakRSSOfThisImage is the peak resident memory since this program was
// started (exec'd), from /proc/self/status's VmHWM on Linux. rusage's
// maxrss is no use there: it keeps the parent's peak from before exec.
func peakRSSOfThisImage() (float64, bool) {
	status, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0, false
	}
	for _, l := range strings.Split(string(status), "\n") {
		if v, ok := strings.CutPrefix(l, "VmHWM:"); ok {
			kb, err := strconv.ParseFloat(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")), 64)
			if err != nil {
				return 0, false
			}
			return kb * 1024 / 1e6, true
		}
	}
	return 0, false
}

// resetPeakRSS starts a new peak for peakRSSOfThisImage (Linux 4.0 and
// later), so that each phase of a run has its own figure.
func resetPeakRSS() bool {
	return os.WriteFile("/proc/self/clear_refs", []byte("5"), 0) == nil
}
