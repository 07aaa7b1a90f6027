package parse

import (
	"syscall"
	"time"
)

// cpuTime is the CPU time the process has used. On a shared machine wall
// time counts the other tenants' work; CPU time is what one core does
// when it is ours (benchmarks run with -cpu 1).
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
