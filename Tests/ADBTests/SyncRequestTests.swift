import TestSupport
import Testing
@testable import ADB

/// Host-built sync requests (§4.3) and the tablet-side decoder that reads them back.
@Suite struct SyncRequestTests {
    static func le32(_ v: UInt32) -> [UInt8] { [UInt8(v & 0xFF), UInt8(v >> 8 & 0xFF), UInt8(v >> 16 & 0xFF), UInt8(v >> 24)] }

    static func isUnexpected(_ error: ADBProtocolError) -> Bool {
        if case .unexpected = error { return true }
        return false
    }

    @Test(arguments: [
        (SyncID.stat, "STAT"), (.stat2, "STA2"), (.lstat2, "LST2"), (.list, "LIST"), (.list2, "LIS2"),
        (.dent, "DENT"), (.dent2, "DNT2"), (.send, "SEND"), (.send2, "SND2"), (.recv, "RECV"), (.recv2, "RCV2"),
        (.data, "DATA"), (.done, "DONE"), (.okay, "OKAY"), (.fail, "FAIL"), (.quit, "QUIT"),
    ])
    func idsAreTheirLettersLittleEndian(id: SyncID, name: String) {
        #expect(Self.le32(id.rawValue) == Array(name.utf8))
        #expect(id.description == name)
    }

    @Test func statRequestLayout() throws {
        #expect(try SyncRequest.withPath(.stat, "/sdcard") == Array("STAT".utf8) + [7, 0, 0, 0] + Array("/sdcard".utf8))
        #expect(try SyncRequest.withPath(.list2, "") == Array("LIS2".utf8) + [0, 0, 0, 0])
    }

    @Test func sendUsesDecimalMode() throws {
        let bytes = try SyncRequest.send(path: "/sdcard/a.apk", mode: 0o100644)
        let payload = "/sdcard/a.apk,33188"
        #expect(bytes == Array("SEND".utf8) + Self.le32(UInt32(payload.utf8.count)) + Array(payload.utf8))
        let link = try SyncRequest.send(path: "/x", mode: 0o120777)
        #expect(String(decoding: link.dropFirst(8), as: UTF8.self) == "/x,41471")
    }

    @Test func send2Layout() throws {
        let bytes = try SyncRequest.send2(path: "/data/local/tmp/f", mode: 0o100755, flags: 0x8000_0000)
        let expected: [UInt8] = Array("SND2".utf8) + [17, 0, 0, 0] + Array("/data/local/tmp/f".utf8)
            + Array("SND2".utf8) + [0xED, 0x81, 0x00, 0x00] + [0x00, 0x00, 0x00, 0x80]
        #expect(bytes == expected)
        #expect(try SyncRequest.send2(path: "/f", mode: 1).suffix(4) == [0, 0, 0, 0])   // flags default to none
    }

    @Test func recv2Layout() throws {
        let bytes = try SyncRequest.recv2(path: "/sdcard/log.txt", flags: 4)
        let expected: [UInt8] = Array("RCV2".utf8) + [15, 0, 0, 0] + Array("/sdcard/log.txt".utf8)
            + Array("RCV2".utf8) + [4, 0, 0, 0]
        #expect(bytes == expected)
    }

    @Test func framesAndFail() {
        #expect(SyncRequest.frame(.done, 1_700_000_000) == Array("DONE".utf8) + [0x00, 0xF1, 0x53, 0x65])
        #expect(SyncRequest.frame(.quit) == Array("QUIT".utf8) + [0, 0, 0, 0])
        #expect(SyncRequest.fail("no") == Array("FAIL".utf8) + [2, 0, 0, 0] + Array("no".utf8))
        var out: [UInt8] = [0xAA]
        [UInt8]([1, 2, 3]).withUnsafeBytes { SyncRequest.appendData($0, to: &out) }
        #expect(out == [0xAA] + Array("DATA".utf8) + [3, 0, 0, 0, 1, 2, 3])
    }

    @Test func pathLimitIs1024Bytes() throws {
        let limit = String(repeating: "a", count: 1024)
        #expect(try SyncRequest.withPath(.stat2, limit).count == 8 + 1024)
        let over = String(repeating: "a", count: 1025)
        #expect(throws: ADBProtocolError.self) { try SyncRequest.withPath(.stat2, over) }
        // Bytes, not characters: 513 × "é" is 1026 bytes.
        #expect(throws: ADBProtocolError.self) { try SyncRequest.withPath(.list, String(repeating: "é", count: 513)) }
        #expect(throws: ADBProtocolError.self) { try SyncRequest.send2(path: over, mode: 0o100644) }
        #expect(throws: ADBProtocolError.self) { try SyncRequest.recv2(path: over) }
        // SEND counts ",mode" as part of the path adbd reads.
        #expect(throws: ADBProtocolError.self) { try SyncRequest.send(path: String(repeating: "a", count: 1020), mode: 33188) }
        let error = #expect(throws: ADBProtocolError.self) { try SyncRequest.withPath(.stat, over) }
        #expect(error.map(Self.isUnexpected) == true)
    }

    @Test func requestDecoderRoundTripsEveryRequest() throws {
        var transcript: [UInt8] = []
        transcript += try SyncRequest.withPath(.stat, "/a")
        transcript += try SyncRequest.withPath(.stat2, "/b")
        transcript += try SyncRequest.withPath(.lstat2, "/c")
        transcript += try SyncRequest.withPath(.list, "/sdcard")
        transcript += try SyncRequest.withPath(.list2, "/sdcard/Download")
        transcript += try SyncRequest.send(path: "/sdcard/x.bin", mode: 0o100600)
        let chunk = (0..<65536).map { UInt8(truncatingIfNeeded: $0 &* 13) }
        chunk.withUnsafeBytes { SyncRequest.appendData($0, to: &transcript) }
        [UInt8]().withUnsafeBytes { SyncRequest.appendData($0, to: &transcript) }
        transcript += SyncRequest.frame(.done, 0xFFFF_FFFE)
        transcript += try SyncRequest.send2(path: "/sdcard/y", mode: 0o100644, flags: 2)
        transcript += try SyncRequest.withPath(.recv, "/sdcard/z")
        transcript += try SyncRequest.recv2(path: "/sdcard/ünï", flags: 0x8000_0001)
        transcript += try SyncRequest.withPath(.stat, "")
        transcript += SyncRequest.frame(.quit)
        let expected: [SyncDeviceRequest] = [
            .stat("/a"), .stat2("/b"), .lstat2("/c"), .list("/sdcard"), .list2("/sdcard/Download"),
            .send(pathAndMode: "/sdcard/x.bin,33152"), .data(chunk), .data([]), .done(mtime: 0xFFFF_FFFE),
            .send2(path: "/sdcard/y", mode: 0o100644, flags: 2), .recv("/sdcard/z"),
            .recv2(path: "/sdcard/ünï", flags: 0x8000_0001), .stat(""), .quit,
        ]
        DecoderVerifier.verify({ SyncRequestDecoderUnderTest() }, transcript: transcript, expected: expected)
    }

    @Test func requestDecoderRefusesOversizedData() {
        let header = Array("DATA".utf8) + Self.le32(65537)
        DecoderVerifier.verifyFails({ SyncRequestDecoderUnderTest() }, transcript: header, matching: Self.isUnexpected)
    }

    @Test func requestDecoderRefusesLongPaths() {
        let header = Array("STAT".utf8) + Self.le32(1025)
        DecoderVerifier.verifyFails({ SyncRequestDecoderUnderTest() }, transcript: header, matching: Self.isUnexpected)
    }

    @Test func requestDecoderRefusesUnknownIDs() {
        let frame = SyncRequest.frame(.okay)   // a reply, not a request
        DecoderVerifier.verifyFails({ SyncRequestDecoderUnderTest() }, transcript: frame, matching: Self.isUnexpected)
        DecoderVerifier.verifyFails({ SyncRequestDecoderUnderTest() }, transcript: Array("XXXX".utf8) + [0, 0, 0, 0],
                                    matching: Self.isUnexpected)
    }

    @Test func requestDecoderRefusesMissingSetupBlocks() {
        let send2 = Array("SND2".utf8) + [2, 0, 0, 0] + Array("/f".utf8) + Array("SEND".utf8) + [0, 0, 0, 0, 0, 0, 0, 0]
        DecoderVerifier.verifyFails({ SyncRequestDecoderUnderTest() }, transcript: send2, matching: Self.isUnexpected)
        let recv2 = Array("RCV2".utf8) + [2, 0, 0, 0] + Array("/f".utf8) + Array("RECV".utf8) + [0, 0, 0, 0]
        DecoderVerifier.verifyFails({ SyncRequestDecoderUnderTest() }, transcript: recv2, matching: Self.isUnexpected)
    }
}

@Suite struct SyncDataFastPathTests {
    /// A push as the tablet reads it: DATA chunks handed over in place, whatever the packet boundaries.
    @Test(arguments: [1, 7, 65_544, 1 << 20])
    func dataChunksComeOutWholeAndInOrder(packetSize: Int) throws {
        let chunks: [[UInt8]] = [Array(repeating: 1, count: 65_536), Array(repeating: 2, count: 10), (0..<300).map { UInt8($0 % 251) }]
        var wire = try SyncRequest.send(path: "/sdcard/a.bin", mode: 0o100644)
        for chunk in chunks { chunk.withUnsafeBytes { SyncRequest.appendData($0, to: &wire) } }
        wire += SyncRequest.frame(.done, 1234)
        var decoder = SyncRequestDecoder()
        var received: [[UInt8]] = [], requests: [SyncDeviceRequest] = []
        var offset = 0
        while offset < wire.count {
            let end = min(wire.count, offset + packetSize)
            decoder.append(Array(wire[offset..<end]))
            offset = end
            while true {
                if try decoder.nextData({ received.append(Array($0)) }) { continue }
                guard let request = try decoder.next() else { break }
                requests.append(request)
            }
        }
        #expect(received == chunks)
        #expect(requests == [.send(pathAndMode: "/sdcard/a.bin,33188"), .done(mtime: 1234)])
        #expect(decoder.bufferedCount == 0)
    }
}
