#!/usr/bin/env bash
# The shell of `make test` (see the Makefile's SHELL): runs each recipe line with bash as
# make would, then says how long it took, so a CI log shows where a fresh run's minutes
# go. Lines that take a second or more are printed as they end; every line is appended to
# $STEP_TIMES (target, milliseconds, command), and `timed.sh summary` adds them up by
# make target at the end of the run, or where a line fails.
#
#   timed.sh step=<target> <bash options> -c <recipe line>   (make's shell)
#   timed.sh summary                                           (the totals)

set -u

summary() {
	[[ -s ${STEP_TIMES-} ]] || return 0
	awk -F'\t' '
		!($1 in ms) { order[++n] = $1 }
		{ ms[$1] += $2; all += $2 }
		function s(x) { return sprintf("%7.1f s", x / 1000) }
		END {
			print "make test, step by step:"
			for (i = 1; i <= n; i++) if (ms[order[i]] >= 100) print s(ms[order[i]]) "  " order[i]
			print s(all) "  in all (" sprintf("%.1f", all / 60000) " min)"
		}' "$STEP_TIMES"
}

if [[ ${1-} == summary ]]; then
	summary
	exit 0
fi

step=${1#step=}
shift
# `$(shell …)` calls and runs without a log have no step: plain bash.
[[ -n $step && -n ${STEP_TIMES-} ]] || exec /bin/bash "$@"

now() { local t=${EPOCHREALTIME//[.,]/}; echo $((t / 1000)); }
start=$(now)
status=0
/bin/bash "$@" || status=$?
ms=$(($(now) - start))
line=${*: -1}
line=${line%%$'\n'*}
printf '%s\t%d\t%s\n' "$step" "$ms" "$line" >>"$STEP_TIMES"
if ((ms >= 1000)); then
	printf '⏱ %d.%d s  %s: %.90s\n' $((ms / 1000)) $((ms % 1000 / 100)) "$step" "$line" >&2
fi
if ((status != 0)); then
	echo "make test stopped in $step after:" >&2
	summary >&2
fi
exit "$status"
