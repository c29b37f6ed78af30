#!/usr/bin/env bash
# Turns the content check's output into GitHub workflow annotations.
#
# Reads the check's output on stdin. Each "path:line: error: message" or "path:line: warning: message",
# with the "    hint: ..." lines under it, becomes one "::error file=path,line=line,title=...::message"
# (or "::warning ...") command on stdout, which GitHub shows on that line of the file in the pull
# request. Line 0 means the whole file, so it gets no line. Every other line is ignored.
# Escaping follows GitHub's workflow commands: % \r \n in the message; also : and , in properties.
set -euo pipefail

awk '
function esc_data(s) { gsub(/%/, "%25", s); gsub(/\r/, "%0D", s); gsub(/\n/, "%0A", s); return s }
function esc_prop(s) { s = esc_data(s); gsub(/:/, "%3A", s); gsub(/,/, "%2C", s); return s }
function flush() {
  if (kind == "") return
  props = "file=" esc_prop(file)
  if (line > 0) props = props ",line=" line
  props = props ",title=" esc_prop("Content check " kind)
  text = message
  if (hint != "") text = text "\nHint: " hint
  printf "::%s %s::%s\n", kind, props, esc_data(text)
  kind = ""; hint = ""
}
{
  sub(/\r$/, "")
  if (match($0, /^.+:[0-9]+: (error|warning): /)) {
    flush()
    head = substr($0, 1, RLENGTH)
    message = substr($0, RLENGTH + 1)
    kind = (head ~ /: error: $/) ? "error" : "warning"
    sub(/: (error|warning): $/, "", head)
    n = match(head, /:[0-9]+$/)
    file = substr(head, 1, n - 1)
    line = substr(head, n + 1) + 0
    next
  }
  if (kind != "" && $0 ~ /^    hint: /) { hint = substr($0, 11); next }
  if (kind != "" && hint != "" && $0 ~ /^          /) { l = substr($0, 11); hint = hint "\n" l; next }
  flush()
}
END { flush() }
'
