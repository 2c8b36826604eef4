# Shared by tests/harness/run-golden and scripts/regen-golden: how a golden case is run and what
# of it is recorded (stdout -> NAME.out; exit status and last non-empty stderr line -> NAME.meta).

# run_recorded OUTDIR DIR CMD...: runs CMD from DIR with stdin </dev/null, PYTHONHASHSEED=0 and a
# 60 s timeout; writes OUTDIR/stdout, OUTDIR/stderr and OUTDIR/meta.
run_recorded() {
  local out=$1 dir=$2 status=0
  shift 2
  mkdir -p "$out" && out=$(cd "$out" && pwd)
  # PYTHONDONTWRITEBYTECODE: CPython would leave __pycache__ folders beside a case's modules.
  (cd "$dir" && PYTHONHASHSEED=0 PYTHONDONTWRITEBYTECODE=1 timeout 60 "$@" </dev/null >"$out/stdout" 2>"$out/stderr") ||
    status=$?
  printf 'exit=%s\nstderr_last=%s\n' "$status" \
    "$(awk 'NF { last = $0 } END { print last }' "$out/stderr")" >"$out/meta"
}

# same_record A B: true if two run_recorded outputs agree on stdout and meta.
same_record() {
  cmp -s "$1/stdout" "$2/stdout" && cmp -s "$1/meta" "$2/meta"
}
