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
        # The binary carries the Swift standard library and Foundation (statically linked: no Swift on the
        # workstation), so it is large and has no hardening-no-fortify-functions counterpart in Swift code.
        hardening-no-fortify-functions
        # Valise has no license statement yet: copyright says so (License: other).
        copyright-not-using-common-license-for-apache2
        # The station's unit and rule live in /lib on Debian 12 (merged-usr moratorium), as the issue asks.
        package-installs-into-obsolete-dir
        # The demo key-signed agent and the profiles ship as data in /usr/share/valise.
        unknown-file-in-python-module-directory
        # postinst/prerm call systemctl only to list the running stations (upgrade note) and stop them on removal;
        # deb-systemd-invoke has no wildcard for every instance of a template unit.
        maintainer-script-calls-systemctl
        # The unit is a template run per class on purpose: there is nothing to enable at install.
        systemd-service-file-missing-install-key
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
