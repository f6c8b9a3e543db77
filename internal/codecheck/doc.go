// Package codecheck holds tests over sosik's own source code, such as the
// limit on function length. It has no code of its own.
package codecheck
