# Reads `go test -v` output and prints one line: how many tests skipped and
# each with the last message it logged (its t.Skip reason).
/^=== (RUN|CONT|NAME|PAUSE) / { cur = $3; next }
/^[ \t]+[^ \t]+_test\.go:[0-9]+: / { m = $0; sub(/^[ \t]+[^ \t]+_test\.go:[0-9]+: /, "", m); msg[cur] = m; next }
/^[ \t]*--- SKIP: / { n = $3; out = out sep n " (" (n in msg ? msg[n] : "no reason given") ")"; sep = "; "; c++ }
END { if (c) print c " tests skipped: " out; else print "no test skipped" }
