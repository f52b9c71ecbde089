import Fastboot

// Target fastboot-response: what a bootloader sends back — the fastboot TCP framing (FastbootTCPFrameDecoder),
// response packets (FastbootResponse) and the host's per-command state machine (FastbootClientStateMachine).
//
// Input: [command selector][flags][cut: u16][stream…]. flags bit 0: the stream starts with the TCP handshake;
// bit 1: the host completes data phases. The stream is cut into frames; each frame is a response packet.
// Whole and cut-in-two feedings must give the same frames; every response must survive encode → parse.

private let commands: [FastbootCommand] = [
    .getVar("product"), .getVar("all"), .download(0x1000), .download(0), .upload, .flash("boot_a"), .erase("userdata"),
    .setActive("b"), .reboot, .rebootBootloader, .flashingGetUnlockAbility, .oem("device-info"),
]

private func frames(_ chunks: [ArraySlice<UInt8>], handshake: Bool) -> Fed<FastbootTCPFrameDecoder.Output, FastbootProtocolError> {
    var decoder = FastbootTCPFrameDecoder(maxFrameLength: 64 * 1024, expectHandshake: handshake)
    return feed(chunks, append: { decoder.append($0) }) { _ throws(FastbootProtocolError) in try decoder.next() }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    var input = FuzzInput(data, size)
    let command = commands[Int(input.byte()) % commands.count]
    let flags = input.byte()
    let seed = input.uint16()
    let bytes = input.rest()
    let cut = FuzzInput.cut(bytes.count, seed: seed)

    let whole = frames([bytes[...]], handshake: flags & 1 != 0)
    require(whole == frames([bytes[..<cut], bytes[cut...]], handshake: flags & 1 != 0),
            "cutting the stream at \(cut) changed the frames")

    var machine = FastbootClientStateMachine(command: command, maxCommandLength: FastbootCommand.modernMaxLength)
    guard case .sendCommand(let packet) = machine.start() else {
        require(false, "\(command) cannot be sent")
        return 0
    }
    require(FastbootCommand(parsing: packet) == command, "\(command) does not survive encode → parse")
    for output in whole.items {
        guard case .frame(let frame) = output else { continue }
        if let response = try? FastbootResponse(parsing: frame) {
            let encoded = response.encoded()
            if encoded.count < FastbootResponse.maxLength {
                require((try? FastbootResponse(parsing: encoded)) == response,
                        "\(response) does not survive encode → parse")
            }
        }
        switch machine.received(frame) {
        case .report, .readResponse:
            continue
        case .sendData(let count):
            require(command.dataPhase == .toDevice(count), "a data phase of \(count) bytes for \(command)")
            if flags & 2 != 0 { _ = machine.dataSent() }
        case .receiveData(let count):
            require(count >= 0 && command.dataPhase == .toHost, "an upload of \(count) bytes for \(command)")
            if flags & 2 != 0 { _ = machine.dataReceived() }
        case .finished, .failed, .sendCommand:
            return 0
        }
    }
    return 0
}
