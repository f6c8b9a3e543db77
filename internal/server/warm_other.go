//go:build !linux

package server

// lowerThreadPriority does nothing here: only Linux sets a thread's own
// priority.
func lowerThreadPriority() {}
