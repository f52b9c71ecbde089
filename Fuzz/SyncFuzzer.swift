import ADB

// Target sync: the `sync:` stream read by both sides — SyncReplyDecoder (host) and SyncRequestDecoder (tablet).
//
// Input: [4 kind selectors][cut: u16][stream…]. The host asks for reply kinds in the order the selectors give
// (cycled). Each decoder must decode the same whether the stream arrives whole or cut in two, and every reply
// or request must survive encode → decode.

private let kinds: [SyncReplyKind] = [.statV1, .statV2, .listing(v2: false), .listing(v2: true), .fileData, .status]

private struct Outcome<Message: Equatable>: Equatable {
    var messages: [Message] = []
    var error: ADBProtocolError?
    var leftover = 0
}

private func decodeReplies(_ chunks: [ArraySlice<UInt8>], script: [SyncReplyKind]) -> Outcome<SyncReply> {
    var decoder = SyncReplyDecoder()
    let fed = feed(chunks, append: { decoder.append($0) }) { count throws(ADBProtocolError) in try decoder.next(script[count % script.count]) }
    var outcome = Outcome(messages: fed.items, error: fed.error)
    // After an error the stream is dropped: what was still buffered depends on how the bytes arrived.
    outcome.leftover = outcome.error == nil ? decoder.bufferedCount : 0
    return outcome
}

private func decodeRequests(_ chunks: [ArraySlice<UInt8>]) -> Outcome<SyncDeviceRequest> {
    var decoder = SyncRequestDecoder()
    let fed = feed(chunks, append: { decoder.append($0) }) { _ throws(ADBProtocolError) in try decoder.next() }
    var outcome = Outcome(messages: fed.items, error: fed.error)
    // After an error the stream is dropped: what was still buffered depends on how the bytes arrived.
    outcome.leftover = outcome.error == nil ? decoder.bufferedCount : 0
    return outcome
}

/// A reply as the tablet side writes it; nil where the builders cannot express it.
private func encode(_ reply: SyncReply, as kind: SyncReplyKind) -> [UInt8]? {
    switch (reply, kind) {
    case (.stat(let stat), .statV1): return stat.v1Reply
    case (.stat(let stat), .statV2): return stat.v2Reply(.stat2)
    case (.entry(let entry), .listing(let v2)): return v2 ? entry.v2Record : entry.v1Record
    case (.done, .listing(let v2)): return SyncDirectoryEntry.doneRecord(v2: v2)
    case (.done, .fileData): return SyncRequest.frame(.done)
    case (.data(let bytes), .fileData): return SyncRequest.frame(.data, UInt32(bytes.count)) + bytes
    case (.okay, .status): return SyncRequest.frame(.okay)
    case (.fail(let message), _): return SyncRequest.fail(message)
    default: return nil
    }
}

/// A request as the host writes it; nil where the builders refuse it (a path that grew past 1024 bytes).
private func encode(_ request: SyncDeviceRequest) -> [UInt8]? {
    switch request {
    case .stat(let path): return try? SyncRequest.withPath(.stat, path)
    case .stat2(let path): return try? SyncRequest.withPath(.stat2, path)
    case .lstat2(let path): return try? SyncRequest.withPath(.lstat2, path)
    case .list(let path): return try? SyncRequest.withPath(.list, path)
    case .list2(let path): return try? SyncRequest.withPath(.list2, path)
    case .send(let pathAndMode): return try? SyncRequest.withPath(.send, pathAndMode)
    case .send2(let path, let mode, let flags): return try? SyncRequest.send2(path: path, mode: mode, flags: flags)
    case .recv(let path): return try? SyncRequest.withPath(.recv, path)
    case .recv2(let path, let flags): return try? SyncRequest.recv2(path: path, flags: flags)
    case .data(let bytes): return SyncRequest.frame(.data, UInt32(bytes.count)) + bytes
    case .done(let mtime): return SyncRequest.frame(.done, mtime)
    case .quit: return SyncRequest.frame(.quit)
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    var input = FuzzInput(data, size)
    let script = (0..<4).map { _ in kinds[Int(input.byte()) % kinds.count] }
    let seed = input.uint16()
    let bytes = input.rest()
    let cut = FuzzInput.cut(bytes.count, seed: seed)

    let replies = decodeReplies([bytes[...]], script: script)
    require(replies == decodeReplies([bytes[..<cut], bytes[cut...]], script: script),
            "cutting the stream at \(cut) changed the sync replies")
    for (index, reply) in replies.messages.enumerated() {
        let kind = script[index % script.count]
        guard let encoded = encode(reply, as: kind) else {
            require(false, "reply \(reply) cannot be the answer to \(kind)")
            continue
        }
        var again = SyncReplyDecoder()
        again.append(encoded)
        // A name or message made longer by invalid UTF-8 turning into U+FFFD may now exceed a limit.
        guard let decoded = try? again.next(kind) else { continue }
        require(decoded == reply && again.bufferedCount == 0, "a sync reply does not survive encode → decode")
    }

    let requests = decodeRequests([bytes[...]])
    require(requests == decodeRequests([bytes[..<cut], bytes[cut...]]),
            "cutting the stream at \(cut) changed the sync requests")
    for request in requests.messages {
        guard let encoded = encode(request) else { continue }
        var again = SyncRequestDecoder()
        again.append(encoded)
        let decoded = try? again.next()
        require(decoded == request && again.bufferedCount == 0, "a sync request does not survive encode → decode")
    }
    return 0
}
