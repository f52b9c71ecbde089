import ADB

// Target adb-packet: ADBPacketDecoder over arbitrary bytes, all at once and cut at a point the input chooses.
//
// Input: [limit selector][cut: u16][stream…]. Both feedings must give the same packets, the same error and
// the same leftover; every packet must survive encode → decode unchanged.

/// What decoding a whole stream gave: the packets, then the error that stopped it, if any.
private struct Outcome: Equatable {
    var packets: [ADBPacket] = []
    var error: ADBProtocolError?
    var leftover = 0
}

/// Feeds `chunks` one after the other, draining the decoder after each, and stops at the first error.
private func decode(_ chunks: [ArraySlice<UInt8>], maxPayload: Int) -> Outcome {
    var decoder = ADBPacketDecoder(maxPayload: maxPayload)
    let fed = feed(chunks, append: { decoder.append($0) }) { _ throws(ADBProtocolError) in try decoder.next() }
    var outcome = Outcome(packets: fed.items, error: fed.error)
    // After an error the stream is dropped: what was still buffered depends on how the bytes arrived.
    outcome.leftover = outcome.error == nil ? decoder.bufferedCount : 0
    if outcome.error == nil {
        do {
            try decoder.checkFinished()
            require(decoder.bufferedCount == 0, "checkFinished accepted \(decoder.bufferedCount) leftover bytes")
        } catch {
            require(decoder.bufferedCount > 0, "checkFinished threw with nothing buffered")
        }
    }
    return outcome
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    var input = FuzzInput(data, size)
    let limits = [ADBProtocol.maxPayloadV1, 256, ADBProtocol.maxPayload, 0]
    let maxPayload = limits[Int(input.byte()) % limits.count]
    let seed = input.uint16()
    let bytes = input.rest()
    let cut = FuzzInput.cut(bytes.count, seed: seed)

    let whole = decode([bytes[...]], maxPayload: maxPayload)
    let split = decode([bytes[..<cut], bytes[cut...]], maxPayload: maxPayload)
    require(whole == split, "cutting the stream at \(cut) changed what was decoded")

    for packet in whole.packets {
        require(packet.payload.count <= maxPayload,
                "a packet of \(packet.payload.count) bytes passed a \(maxPayload) limit")
        for withChecksum in [false, true] {
            var again = ADBPacketDecoder(maxPayload: maxPayload)
            again.append(packet.encoded(withChecksum: withChecksum))
            let decoded = try? again.next()
            require(decoded == packet && again.bufferedCount == 0,
                    "a decoded packet does not survive encode → decode")
        }
    }
    return 0
}
