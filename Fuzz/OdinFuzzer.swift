import Odin

// Target odin: both sides of Samsung's Download-mode protocol. The device side (OdinRequestDecoder into
// OdinDeviceStateMachine, the decoder following the part size and sequence lengths it reads) and the host side
// (OdinResponseDecoder into OdinHostStateMachine for one of seven operations, and PIT(parsing:)).
//
// Input: [operation][flags][cut: u16][stream…]. flags bit 0: the device offers large parts; bit 1: the host's
// stream starts after the handshake. Whole and cut-in-two feedings of the device side must give the same messages;
// requests, responses and PITs must survive encode → parse.

private let pit = PIT(entries: [
    PITEntry(identifier: 5, partitionName: "BOOT", flashFileName: "boot.img"),
    PITEntry(binaryType: 1, identifier: 11, partitionName: "RADIO", flashFileName: "modem.bin"),
])
private let operations: [OdinHostStateMachine.Operation] = [
    .handshake, .beginSession, .totalBytes(1 << 20), .dumpPIT, .flash(pit.entries[0], byteCount: 300_000),
    .flash(pit.entries[1], byteCount: 5), .endSession,
]

private func deviceSide(_ chunks: [ArraySlice<UInt8>]) -> Fed<OdinHostMessage, OdinProtocolError> {
    var decoder = OdinRequestDecoder()
    return feed(chunks, append: { decoder.append($0) }) { _ throws(OdinProtocolError) in try decoder.next() }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    var input = FuzzInput(data, size)
    let operation = operations[Int(input.byte()) % operations.count]
    let flags = input.byte()
    let seed = input.uint16()
    let bytes = input.rest()
    let cut = FuzzInput.cut(bytes.count, seed: seed)

    let whole = deviceSide([bytes[...]])
    require(whole == deviceSide([bytes[..<cut], bytes[cut...]]), "cutting the host's stream at \(cut) changed the messages")
    var device = OdinDeviceStateMachine(pit: pit, offersLargeParts: flags & 1 != 0)
    for message in whole.items {
        if case .request(let request) = message {
            require((try? OdinRequest(parsing: request.encoded())) == request, "\(request) does not survive encode → parse")
        }
        for action in device.received(message) {
            if case .send(let reply) = action, reply.count == OdinWire.responseLength {
                require((try? OdinResponse(parsing: reply)) != nil, "the device sent an unreadable response")
            }
        }
    }

    if let parsed = try? PIT(parsing: bytes) {
        // Names are cut to 31 bytes and decoded as UTF-8, so only the shape must survive.
        require((try? PIT(parsing: parsed.encoded()))?.entries.count == parsed.entries.count,
                "a PIT does not survive parse → encode → parse")
    }

    var host = OdinHostStateMachine()
    if flags & 2 != 0 {
        _ = host.start(.handshake)
        _ = host.sent()
        _ = host.received(OdinWire.handshakeReply)
    }
    var action = host.start(operation)
    var stream = bytes[...]
    var steps = 0
    while steps < 100_000 {
        steps += 1
        switch action {
        case .send, .sendFile:
            action = host.sent()
        case .receive:
            guard !stream.isEmpty else { return 0 }
            let take = min(stream.count, 1 + Int(seed % 64))
            action = host.received(stream.prefix(take))
            stream = stream.dropFirst(take)
        case .finished, .failed:
            return 0
        }
    }
    require(false, "the host ran \(steps) steps on \(bytes.count) bytes")
    return 0
}
