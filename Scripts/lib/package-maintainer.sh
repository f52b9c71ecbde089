# Scripts/test-package, sourced: the maintainer scripts run for real (adduser, folders) in a private mount
# namespace, where /etc is a copy and /var/lib and /run are empty: install, upgrade and remove keep what a station
# wrote in /var/lib/valise; purge says what it keeps and deletes only empty folders and the user it created.

scripts=$work/control
dpkg-deb -e "$deb" "$scripts"
states=$work/maintainer
mkdir -p "$states" "$work/etc"
cp -a /etc/. "$work/etc/"
unshare -m --propagation private env W="$work" S="$scripts" M="$states" bash -euo pipefail -c '
    mount --bind "$W/etc" /etc
    mount -t tmpfs valise-test /var/lib
    mount -t tmpfs valise-test /run
    data() { if [[ -d /var/lib/valise ]]; then (cd /var/lib/valise && find . -type f -exec sha256sum {} + | sort); fi; }
    "$S/postinst" configure > "$M/install.out" 2>&1
    id -nG valise > "$M/groups"
    stat -c "%U:%G %a" /var/lib/valise > "$M/home"
    [[ -d /etc/valise/profiles ]] && echo yes > "$M/profiles-folder"
    # What a station writes: its inventory, the parc keys, secrets.
    mkdir -m 700 /var/lib/valise/keys
    echo inventory > /var/lib/valise/inventory.sqlite
    echo key > /var/lib/valise/keys/signing.key
    echo "wifi: secret" > /var/lib/valise/secrets.yaml
    chown -R valise:valise /var/lib/valise
    data > "$M/data-before"
    "$S/prerm" upgrade 0.1-1
    "$S/postinst" configure 0.1-1 > "$M/upgrade.out" 2>&1
    data > "$M/data-upgraded"
    stat -c "%U:%G %a" /var/lib/valise > "$M/home-upgraded"
    "$S/prerm" remove
    "$S/postrm" remove > "$M/remove.out" 2>&1
    data > "$M/data-removed"
    "$S/postrm" purge > "$M/purge.out" 2>&1
    data > "$M/data-purged"
    getent passwd valise > "$M/user-purged" || true
    # Once the parc has taken its files away, purge deletes the empty folders and the user.
    rm -r /var/lib/valise/keys /var/lib/valise/inventory.sqlite /var/lib/valise/secrets.yaml
    "$S/postrm" purge > "$M/purge-empty.out" 2>&1
    [[ -e /var/lib/valise || -e /etc/valise ]] && echo left > "$M/left-after-purge"
    getent passwd valise > "$M/user-after-purge" || true
' > "$states/namespace.out" 2>&1 && maintainer_status=0 || maintainer_status=$?
check "the maintainer scripts ran (install, upgrade, remove, purge twice)" test "$maintainer_status" = 0
[[ $maintainer_status = 0 ]] || sed 's/^/  /' "$states/namespace.out"
check "postinst created the user valise in plugdev" grep -qw plugdev "$states/groups"
check "postinst created /var/lib/valise for valise only (0700)" grep -qx 'valise:valise 700' "$states/home"
check "postinst created /etc/valise/profiles" test -f "$states/profiles-folder"
check "an upgrade leaves /var/lib/valise's files as they were" cmp -s "$states/data-before" "$states/data-upgraded"
check "an upgrade leaves /var/lib/valise's owner and mode" cmp -s "$states/home" "$states/home-upgraded"
check "remove keeps the inventory, the keys and the secrets" cmp -s "$states/data-before" "$states/data-removed"
check "remove says it kept /var/lib/valise" grep -q 'kept /var/lib/valise' "$states/remove.out"
check "purge keeps the inventory, the keys and the secrets" cmp -s "$states/data-before" "$states/data-purged"
check "purge says it keeps the parc keys and how to delete them" grep -q 'parc keys.*rm -r /var/lib/valise' <(tr '\n' ' ' < "$states/purge.out")
check "purge keeps the user that owns the kept files" test -s "$states/user-purged"
check "purge deletes the empty folders it created and says so" grep -q 'deleted the empty folder /var/lib/valise' "$states/purge-empty.out"
check "nothing of valise is left after that purge" not test -e "$states/left-after-purge"
check "and the user valise is gone" not test -s "$states/user-after-purge"
