# Helpers for Scripts/test-package (sourced): tool checks, one line per check, the failures at the end.

failures=()
started=$SECONDS

# need COMMAND DEBIAN-PACKAGE: stops with the apt-get hint when COMMAND is missing.
need() {
    command -v "$1" >/dev/null && return 0
    echo "test-package: $1 is missing; install it with: sudo apt-get install $2" >&2
    exit 1
}

# check DESCRIPTION COMMAND...: runs COMMAND quietly; prints ok or FAIL with DESCRIPTION.
check() {
    local description=$1
    shift
    if "$@" >/dev/null 2>&1; then
        echo "ok    $description"
    else
        echo "FAIL  $description"
        failures+=("$description")
    fi
}

# not COMMAND...: succeeds when COMMAND fails.
not() { ! "$@"; }

# The lintian warnings this package keeps, each with its reason (an extended regular expression of their tags).
lintian_explained() {
    local tags=(
        # The udev rule matches tablet makers' USB vendor ids; AppStream modalias "provides" would make software
        # centres offer Valise for every Samsung or Lenovo phone plugged in, which is not what it is for.
        appstream-metadata-missing-modalias-provide
        # Valise is not uploaded to Debian: there is no ITP bug for the first changelog entry to close.
        initial-upload-closes-no-bugs
        # prerm stops every running valise-station@ instance on removal (they drain first); deb-systemd-invoke
        # takes unit names, not every instance of a template.
        maintainer-script-calls-systemctl
    )
    local IFS='|'
    echo "(${tags[*]})"
}

# finish: the summary, and the exit status.
finish() {
    echo
    if ((${#failures[@]})); then
        echo "test-package: ${#failures[@]} check(s) failed in $((SECONDS - started)) s:"
        printf '  - %s\n' "${failures[@]}"
        exit 1
    fi
    echo "test-package: every check passed in $((SECONDS - started)) s."
}
