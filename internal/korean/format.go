package korean

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
)

// WriteTokens prints tokens in the given format: "text" writes one token a
// line, "surface<TAB>POS<TAB>class<TAB>base<TAB>start-end" with "*" for an
// empty class; "json" writes the token list as one JSON array on a line.
func WriteTokens(w io.Writer, toks []Token, format string) error {
	switch format {
	case "json":
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		if toks == nil {
			toks = []Token{}
		}
		if err := enc.Encode(toks); err != nil {
			return fmt.Errorf("korean: writing tokens: %w", err)
		}
		return nil
	case "text", "":
		bw := bufio.NewWriter(w)
		var buf []byte
		for _, t := range toks {
			class := t.Class
			if class == "" {
				class = "*"
			}
			buf = buf[:0]
			buf = append(buf, t.Surface...)
			buf = append(buf, '\t')
			buf = append(buf, t.POS...)
			buf = append(buf, '\t')
			buf = append(buf, class...)
			buf = append(buf, '\t')
			buf = append(buf, t.Base...)
			buf = append(buf, '\t')
			buf = strconv.AppendInt(buf, int64(t.Start), 10)
			buf = append(buf, '-')
			buf = strconv.AppendInt(buf, int64(t.End), 10)
			buf = append(buf, '\n')
			if _, err := bw.Write(buf); err != nil {
				return fmt.Errorf("korean: writing tokens: %w", err)
			}
		}
		if err := bw.Flush(); err != nil {
			return fmt.Errorf("korean: writing tokens: %w", err)
		}
		return nil
	}
	return fmt.Errorf("korean: unknown token format %q (want text or json)", format)
}
