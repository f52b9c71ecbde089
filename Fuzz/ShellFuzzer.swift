import ADB

// Target shell: the shell v2 packet stream (`shell,v2,…:`) through ShellPacketDecoder.
//
// Input: [limit selector][cut: u16][stream…]. Whole and cut-in-two feedings must agree, and every packet must
// survive encode → decode.

private struct Outcome: Equatable {
    var packets: [ShellPacket] = []
    var error: ADBProtocolError?
    var partial = false
}

private func decode(_ chunks: [ArraySlice<UInt8>], maxLength: Int) -> Outcome {
    var decoder = ShellPacketDecoder(maxLength: maxLength)
    let fed = feed(chunks, append: { decoder.append($0) }) { _ throws(ADBProtocolError) in try decoder.next() }
    var outcome = Outcome(packets: fed.items, error: fed.error)
    // After an error the stream is dropped: what was still buffered depends on how the bytes arrived.
    outcome.partial = outcome.error == nil && decoder.hasPartialPacket
    return outcome
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    var input = FuzzInput(data, size)
    let limits = [1 << 20, 0, 1, 64]
    let maxLength = limits[Int(input.byte()) % limits.count]
    let seed = input.uint16()
    let bytes = input.rest()
    let cut = FuzzInput.cut(bytes.count, seed: seed)

    let whole = decode([bytes[...]], maxLength: maxLength)
    require(whole == decode([bytes[..<cut], bytes[cut...]], maxLength: maxLength),
            "cutting the stream at \(cut) changed the packets")
    for packet in whole.packets {
        require(packet.data.count <= maxLength, "a packet of \(packet.data.count) bytes passed a \(maxLength) limit")
        require(packet.id != .exit || packet.data.count == 1, "an exit packet without exactly one status byte")
        var again = ShellPacketDecoder(maxLength: maxLength)
        again.append(packet.encoded)
        let decoded = try? again.next()
        require(decoded == packet && !again.hasPartialPacket, "a shell packet does not survive encode → decode")
    }
    return 0
}
