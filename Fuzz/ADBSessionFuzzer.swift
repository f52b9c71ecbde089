import ADB

// Target adb-session: the packets a tablet could send, decoded and fed to the host's handshake state machine,
// then to the session state machine the product runs (`ADBSessionMachine`: streams, buffers, flow control,
// back-pressure, incoming opens, CNXN reset), with reads and writes the way `ADBSession` drives it.
//
// Input: [flags][stream…]. flags bits 0–1: keys to try; bit 2: play the device side (accept OPENs, ids from
// 0x100); bit 3: skip the handshake; bit 4: delayed acks when skipping it; bits 5–7: streams opened at once.

/// The session machine and a reader/writer on each of its streams.
private struct StreamDriver {
    var machine: ADBSessionMachine
    var opened: [UInt32] = []

    init(delayedAck: Bool, maxPayload: Int, deviceSide: Bool, opening count: Int) {
        // A small high-water mark so that back-pressure is reached by short inputs.
        machine = ADBSessionMachine(delayedAck: delayedAck, maxPayload: maxPayload, acceptsOpens: deviceSide, highWaterBytes: 64)
        for index in 0..<count {
            let (id, packet) = machine.open(service: "shell,v2,raw:echo \(index)")
            require(packet.command == .open && packet.arg0 == id, "open(service:) built a wrong OPEN")
            require(machine.state(of: id) == .opening && machine.write(id, [1]) == .wait, "a stream is writable before its OKAY")
            opened.append(id)
        }
    }

    /// Handles one packet; false once the connection must be dropped.
    mutating func handle(_ packet: ADBPacket) -> Bool {
        let actions: [ADBSessionMachine.Action]
        do {
            actions = try machine.received(packet)
        } catch {
            return false
        }
        for action in actions {
            switch action {
            case .send(let reply):
                require(reply.payload.count <= machine.mux.maxPayload, "the machine built an oversized reply")
            case .offered(let remoteID, let window, let service):
                require(machine.acceptsOpens, "an OPEN was offered to the host side")
                if service.utf8.count % 2 == 0 {
                    let (id, reply) = machine.accept(remoteID: remoteID, window: window)
                    require(reply.command == .okay && machine.state(of: id) == .open, "accept(remoteID:window:) left the stream closed")
                    opened.append(id)
                } else {
                    require(machine.refuse(remoteID: remoteID).command == .close, "refuse(remoteID:) built no CLSE")
                }
            case .peerRestarted:
                require(opened.allSatisfy { machine.state(of: $0) != .opening }, "a stream still opening after the peer restarted")
                return false
            }
        }
        for id in opened { drive(id) }
        return true
    }

    /// Reads what stream `id` holds (closing it on a 0xCC byte), then writes if it may.
    private mutating func drive(_ id: UInt32) {
        guard machine.state(of: id) == .open else { return }
        reading: while true {
            switch machine.read(id) {
            case let .data(bytes, ack):
                if let ack { require(ack.command == .okay && ack.arg0 == id, "an acknowledgement for another stream") }
                if bytes.first == 0xCC {
                    _ = machine.close(id)
                    require(machine.state(of: id) == .refused && machine.read(id) == .ended, "stream \(id) still known after close")
                    return
                }
            case .wait, .ended, .lost:
                break reading
            }
        }
        let payload = [UInt8](repeating: 0x61, count: 16)
        switch machine.write(id, payload) {
        case let .send(wrte, count):
            require(wrte.command == .write && count > 0 && count <= min(16, machine.mux.maxPayload) && wrte.payload.count == count,
                    "a WRTE that does not carry what it says")
        case .wait, .closed:
            break
        }
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    var input = FuzzInput(data, size)
    let flags = input.byte()
    let keyCount = Int(flags & 0b11)
    let deviceSide = flags & 0b100 != 0
    let streamCount = Int(flags >> 5)
    var decoder = ADBPacketDecoder()
    decoder.append(input.rest())

    var machine = ADBHostConnectionStateMachine(keyCount: keyCount)
    let connect = machine.start()
    require(connect.command == .connect, "the handshake does not start with CNXN")
    var driver: StreamDriver?
    if flags & 0b1000 != 0 {
        driver = StreamDriver(delayedAck: flags & 0b1_0000 != 0, maxPayload: ADBProtocol.maxPayloadV1,
                              deviceSide: deviceSide, opening: streamCount)
    }
    var signatures = 0
    while true {
        let packet: ADBPacket
        do {
            guard let next = try decoder.next() else { break }
            packet = next
        } catch {
            break
        }
        if var current = driver {
            let alive = current.handle(packet)
            driver = current
            guard alive else { break }
            continue
        }
        switch machine.received(packet) {
        case .none, .send:
            continue
        case .signToken(let token, let keyIndex):
            require(token.count == 20 && keyIndex == signatures && keyIndex < keyCount, "signToken out of order")
            signatures += 1
            _ = machine.signed([UInt8](repeating: 0x5A, count: 256))
        case .sendPublicKeyAndWaitForUser:
            require(signatures == keyCount, "public key sent before every key was tried")
            _ = machine.publicKeyPacket("QAAAAFuzzKey= fuzz@valise")
        case .connected(let info):
            require(info.maxPayload >= 256 && info.maxPayload <= ADBProtocol.maxPayload,
                    "agreed max payload out of range")
            require(info.version <= ADBProtocol.versionSkipChecksum, "agreed version above ours")
            require(info.sharedFeatures.isSubset(of: ADBFeature.host), "a feature neither side offered")
            decoder.maxPayload = info.maxPayload
            driver = StreamDriver(delayedAck: info.supports(ADBFeature.delayedAck), maxPayload: info.maxPayload,
                                  deviceSide: deviceSide, opening: streamCount)
        case .fail:
            return 0
        }
    }
    if var driver {
        for id in driver.machine.streamIDs { _ = driver.machine.close(id) }
        require(driver.machine.streamIDs.isEmpty && driver.machine.mux.streamIDs.isEmpty, "close(_:) forgot or kept streams")
    }
    return 0
}
