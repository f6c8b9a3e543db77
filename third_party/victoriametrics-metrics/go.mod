module github.com/VictoriaMetrics/metrics

go 1.24.0

toolchain go1.25.5

require (
	github.com/valyala/histogram v1.2.0
	golang.org/x/sys v0.38.0
)

require github.com/valyala/fastrand v1.1.0 // indirect
