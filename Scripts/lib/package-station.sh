# Scripts/test-package, sourced: the station unit (systemd-analyze verify, its profile check) and the unpacked
# `valise watch` stopped as systemd stops it (SIGTERM: no new tablet, the tablet under way finishes).

unit=$root/lib/systemd/system/valise-station@.service
units=$work/units
mkdir -p "$units"
sed "s|/usr/bin/valise|$valise|g" "$unit" > "$units/valise-station@.service"
ln -s valise-station@.service "$units/valise-station@5A.service"
verify=$(MANPATH=$root/usr/share/man systemd-analyze verify "$units/valise-station@5A.service" 2>&1) && verified=0 || verified=$?
check "systemd-analyze verify accepts the unit, its commands and its man page${verify:+: $verify}" test "$verified" = 0
check "the unit runs valise watch with /etc/valise/profiles/%i.yaml as user valise in plugdev, VALISE_HOME=/var/lib/valise" \
    bash -c "grep -qx 'ExecStart=/usr/bin/valise watch --profile /etc/valise/profiles/%i.yaml' '$unit' && grep -qx 'User=valise' '$unit' \
        && grep -qx 'SupplementaryGroups=plugdev' '$unit' && grep -qx 'StateDirectory=valise' '$unit' && grep -q 'VALISE_HOME=/var/lib/valise' '$unit'"
check "the unit restarts on failure but not on bad input (64, 65)" \
    bash -c "grep -qx 'Restart=on-failure' '$unit' && grep -qx 'RestartPreventExitStatus=64 65' '$unit'"

# A station for a profile that does not exist: ExecStartPre fails with 65 (no restart) and the located error.
pre=$(sed -n 's/^ExecStartPre=//p' "$unit")
pre=${pre//%i/6B}
pre=${pre//\/usr\/bin\/valise/$valise}
pre_status=0
pre_out=$(run $pre 2>&1) || pre_status=$?
check "ExecStartPre for a missing profile exits 65 (in RestartPreventExitStatus; got $pre_status)" test "$pre_status" = 65
check "and the journal gets the profile's located error" grep -q '/etc/valise/profiles/6B.yaml' <<<"$pre_out"

# The station, as systemd runs it: no terminal, SIGTERM to stop. Two slow simulated tablets, one job at a time:
# the first is under way when SIGTERM comes and finishes; the second is not taken.
station=$work/station
mkdir -p "$station"
station_env=(VALISE_HOME="$station" VALISE_DEMO_WIFI_PSK=valise-demo-wifi)
run "${station_env[@]}" "$valise" keys init --organization "Test station" >/dev/null
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
# Started without the run function, so that $! is valise itself (env execs it).
env -i PATH=/usr/bin:/bin HOME="$work/home" "$valise" sim --count 2 --base-port "$port" --state-dir "$work/sim" --fault 0:slow=40ms --fault 1:slow=40ms \
    > "$work/sim.out" 2>&1 &
sim=$!
for _ in $(seq 100); do grep -q 'ready' "$work/sim.out" && break; sleep 0.1; done
env -i PATH=/usr/bin:/bin HOME="$work/home" "${station_env[@]}" "$valise" watch --profile "$root/usr/share/valise/Profiles/demo/5A.yaml" --jobs 1 --allow-unconfirmed \
    --tcp "127.0.0.1:$port-$((port + 1))" > "$work/watch.out" 2> "$work/watch.err" < /dev/null &
watch=$!
for _ in $(seq 600); do grep -q 'step:' "$work/watch.out" && break; sleep 0.1; done
kill -TERM "$watch" || true   # a watch that already ended is reported below
watch_status=0
wait "$watch" || watch_status=$?
kill "$sim" 2>/dev/null || true
wait "$sim" 2>/dev/null || true
check "valise watch stopped by SIGTERM exits 0 (got $watch_status)" test "$watch_status" = 0
[[ $watch_status = 0 ]] || sed 's/^/  watch: /' "$work/watch.out" "$work/watch.err"
check "it says it takes no new tablet and lets the one under way finish" grep -q 'Stopping (SIGTERM): no new tablet is taken' "$work/watch.err"
check "the tablet under way was provisioned; the other was not taken" grep -q '1 of 2 tablets provisioned' "$work/watch.out"
check "its log is plain lines (no terminal redrawing)" not grep -q $'\e\[' "$work/watch.out" "$work/watch.err"
