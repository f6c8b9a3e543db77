package server

import "golang.org/x/sys/unix"

// lowerThreadPriority gives the calling thread (locked by the caller) the
// lowest CPU priority (nice 19); failing, it leaves it as it is.
func lowerThreadPriority() { _ = unix.Setpriority(unix.PRIO_PROCESS, unix.Gettid(), 19) }
