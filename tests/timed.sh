#!/usr/bin/env bash
# The shell of `make test` (see the Makefile's SHELL): runs each recipe line with bash as
# make would, then says how long it took, so a CI log shows where a fresh run's minutes
# go. Lines that take a second or more are printed as they end; every line is appended to
# $STEP_TIMES (target, start, milliseconds, make level, command), and `timed.sh summary`
# adds them up by make target at the end of the run, or where a line fails. The targets
# of a sub-make (`make setup`'s, which run at once) are indented under its line, and
# counted in the total only through it.
#
#   timed.sh step=<target> <bash options> -c <recipe line>   (make's shell)
#   timed.sh summary                                           (the totals)

set -u

summary() {
	[[ -s ${STEP_TIMES-} ]] || return 0
	sort -t $'\t' -k2,2n "$STEP_TIMES" | awk -F'\t' '
		!($1 in ms) { order[++n] = $1; level[$1] = $4 }
		{ ms[$1] += $3; at[NR] = $4; took[NR] = $3 }
		NR == 1 || $4 < top { top = $4 }
		function s(x) { return sprintf("%7.1f s", x / 1000) }
		END {
			for (i = 1; i <= NR; i++) if (at[i] == top) all += took[i]
			print "make test, step by step:"
			for (i = 1; i <= n; i++) {
				t = order[i]
				if (ms[t] >= 100) print s(ms[t]) (level[t] > top ? "      " : "  ") t
			}
			print s(all) "  in all (" sprintf("%.1f", all / 60000) " min)"
		}'
}

if [[ ${1-} == summary ]]; then
	summary
	exit 0
fi

step=${1#step=}
shift
# `$(shell …)` calls have no step: plain bash.
[[ -n $step && -n ${STEP_TIMES-} ]] || exec /bin/bash "$@"

now() {
	local t=${EPOCHREALTIME//[.,]/}
	echo $((t / 1000))
}
start=$(now)
status=0
/bin/bash "$@" || status=$?
ms=$(($(now) - start))
line=${*: -1}
line=${line%%$'\n'*}
printf '%s\t%d\t%d\t%d\t%s\n' "$step" "$start" "$ms" "${MAKELEVEL:-0}" "$line" >>"$STEP_TIMES"
if ((ms >= 1000)); then
	printf '⏱ %d.%d s  %s: %.90s\n' $((ms / 1000)) $((ms % 1000 / 100)) "$step" "$line" >&2
fi
if ((status != 0)) && ((${MAKELEVEL:-0} <= 1)); then
	echo "make test stopped in $step after:" >&2
	summary >&2
fi
exit "$status"
