//go:build !linux && !darwin

package main

import "os"

// Peak memory is read from rusage, which only Linux and macOS give here.

func childMaxRSS(*os.ProcessState) (float64, bool) { return 0, false }

func selfMaxRSS() (float64, bool) { return 0, false }

func selfCPU() (float64, bool) { return 0, false }

func peakRSSOfThisImage() (float64, bool) { return 0, false }

func resetPeakRSS() bool { return false }
