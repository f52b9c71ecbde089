import ADB

// Target adb-session: the packets a tablet could send, decoded and fed to the host's handshake state machine,
// then to the stream multiplexer, driven the way ADBSession drives them.
//
// Input: [flags][stream…]. flags bits 0–1: keys to try; bit 2: play the device side (accept OPENs, ids from
// 0x100); bit 3: skip the handshake; bit 4: delayed acks when skipping it; bits 5–7: streams opened at once.

/// The multiplexer and what this side does with its events.
private struct StreamDriver {
    var mux: ADBStreamMultiplexer
    let acceptsOpens: Bool

    init(delayedAck: Bool, maxPayload: Int, deviceSide: Bool, opening count: Int) {
        mux = ADBStreamMultiplexer(delayedAck: delayedAck, maxPayload: maxPayload, firstID: deviceSide ? 0x100 : 1)
        acceptsOpens = deviceSide
        for index in 0..<count {
            let (id, packet) = mux.open(service: "shell,v2,raw:echo \(index)")
            require(packet.command == .open && packet.arg0 == id, "open(service:) built a wrong OPEN")
            require(!mux.isOpen(id) && mux.sendCapacity(id) == 0, "a stream is writable before its OKAY")
        }
    }

    /// Handles one packet; false once the connection must be dropped.
    mutating func handle(_ packet: ADBPacket) -> Bool {
        let events: [ADBStreamMultiplexer.Event]
        do {
            events = try mux.received(packet, acceptsOpens: acceptsOpens)
        } catch {
            return false
        }
        for event in events {
            switch event {
            case .opened(let id), .writable(let id):
                require(mux.isOpen(id), "stream \(id) reported writable but not open")
                writeIfPossible(id)
            case .data(let id, let bytes):
                require(mux.isOpen(id), "data delivered on stream \(id), which is not open")
                if bytes.first == 0xCC {
                    _ = mux.close(id)
                    require(!mux.isOpen(id), "stream \(id) still open after close")
                } else {
                    require(mux.acknowledge(id, consumed: bytes.count) != nil, "no OKAY for data on open stream \(id)")
                }
            case .closed(let id), .refused(let id):
                require(!mux.isOpen(id), "stream \(id) reported closed but still open")
            case .incomingOpen(let remoteID, let window, let service):
                require(acceptsOpens, "an OPEN was offered to the host side")
                if service.utf8.count % 2 == 0 {
                    let (id, reply) = mux.accept(remoteID: remoteID, window: window)
                    require(reply.command == .okay && mux.isOpen(id), "accept(remoteID:window:) left the stream closed")
                    writeIfPossible(id)
                } else {
                    _ = mux.refuse(remoteID: remoteID)
                }
            case .send(let reply):
                require(reply.payload.count <= mux.maxPayload, "the multiplexer built an oversized reply")
            }
        }
        return true
    }

    private mutating func writeIfPossible(_ id: UInt32) {
        let capacity = mux.sendCapacity(id)
        require(capacity >= 0 && capacity <= mux.maxPayload, "send capacity \(capacity) out of range")
        guard capacity > 0 else { return }
        let packet = mux.write(id, [UInt8](repeating: 0x61, count: min(capacity, 16)))
        require(packet != nil, "no WRTE although the stream had capacity")
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
        let known = Set(driver.mux.streamIDs)
        require(Set(driver.mux.reset()) == known && driver.mux.streamIDs.isEmpty, "reset() forgot or kept streams")
    }
    return 0
}
