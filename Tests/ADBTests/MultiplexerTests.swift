import Testing
@testable import ADB

/// Streams over one connection (§3): ids, binding, closing, classic and delayed-ack flow control.
@Suite struct MultiplexerTests {
    /// Device-side ids, deliberately unlike the host's 1, 2, 3…
    static let deviceID: UInt32 = 0x4000_0017

    static func le32(_ value: Int32) -> [UInt8] {
        let u = UInt32(bitPattern: value)
        return [UInt8(u & 0xFF), UInt8(u >> 8 & 0xFF), UInt8(u >> 16 & 0xFF), UInt8(u >> 24)]
    }

    static func isUnexpected(_ body: () throws(ADBProtocolError) -> Void) -> Bool {
        do { try body() } catch { if case .unexpected = error { return true } }
        return false
    }

    /// A host multiplexer with one stream bound to `deviceID`.
    static func openStream(delayedAck: Bool, window: Int32 = 1 << 20) throws -> (ADBStreamMultiplexer, UInt32) {
        var mux = ADBStreamMultiplexer(delayedAck: delayedAck, maxPayload: 4096)
        let (id, _) = mux.open(service: "sync:")
        let okay = ADBPacket(.okay, deviceID, id, delayedAck ? le32(window) : [])
        #expect(try mux.received(okay, acceptsOpens: false) == [.opened(id)])
        return (mux, id)
    }

    @Test(arguments: [false, true])
    func openSendsNulTerminatedService(delayedAck: Bool) {
        var mux = ADBStreamMultiplexer(delayedAck: delayedAck, maxPayload: 4096)
        let (id, packet) = mux.open(service: "shell,v2,raw:getprop")
        #expect(id != 0)
        #expect(packet.command == .open)
        #expect(packet.arg0 == id)
        #expect(packet.arg1 == (delayedAck ? 32 * 1024 * 1024 : 0))
        #expect(Array(packet.payload) == Array("shell,v2,raw:getprop".utf8) + [0])
        #expect(!mux.isOpen(id))
        #expect(mux.sendCapacity(id) == 0)
        #expect(mux.write(id, [1]) == nil)              // no WRTE before the OKAY
        #expect(mux.acknowledge(id, consumed: 1) == nil)
    }

    @Test func okayBindsTheRemoteID() throws {
        var (mux, id) = try Self.openStream(delayedAck: false)
        #expect(mux.isOpen(id))
        let write = mux.write(id, [1, 2, 3])
        #expect(write == ADBPacket(.write, id, Self.deviceID, [1, 2, 3]))
        #expect(mux.acknowledge(id, consumed: 3) == ADBPacket(.okay, id, Self.deviceID, []))
        #expect(mux.close(id) == ADBPacket(.close, id, Self.deviceID))
    }

    @Test func okayWithRemoteZeroOnOpeningStreamThrows() {
        var mux = ADBStreamMultiplexer(delayedAck: false, maxPayload: 4096)
        let (id, _) = mux.open(service: "sync:")
        #expect(Self.isUnexpected { () throws(ADBProtocolError) in _ = try mux.received(ADBPacket(.okay, 0, id), acceptsOpens: false) })
    }

    @Test func classicFlowControlIsStopAndWait() throws {
        var (mux, id) = try Self.openStream(delayedAck: false)
        #expect(mux.sendCapacity(id) == 4096)
        #expect(mux.write(id, [UInt8](repeating: 1, count: 4096)) != nil)
        #expect(mux.sendCapacity(id) == 0)
        #expect(try mux.received(ADBPacket(.okay, Self.deviceID, id), acceptsOpens: false) == [.writable(id)])
        #expect(mux.sendCapacity(id) == 4096)
        #expect(mux.write(id, [UInt8](repeating: 1, count: 4097)) == nil)   // over maxPayload
    }

    @Test func classicOkayWithPayloadThrows() throws {
        var (mux, id) = try Self.openStream(delayedAck: false)
        _ = mux.write(id, [1])
        #expect(Self.isUnexpected { () throws(ADBProtocolError) in
            _ = try mux.received(ADBPacket(.okay, Self.deviceID, id, Self.le32(1)), acceptsOpens: false)
        })
    }

    @Test func okayFromAnotherRemoteIsIgnored() throws {
        var (mux, id) = try Self.openStream(delayedAck: false)
        _ = mux.write(id, [1])
        #expect(try mux.received(ADBPacket(.okay, Self.deviceID + 1, id), acceptsOpens: false) == [])
        #expect(mux.sendCapacity(id) == 0)
    }

    @Test(arguments: [0, 3, 5, 8])
    func delayedAckOkayMustCarryFourBytes(size: Int) {
        var mux = ADBStreamMultiplexer(delayedAck: true, maxPayload: 4096)
        let (id, _) = mux.open(service: "sync:")
        let okay = ADBPacket(.okay, Self.deviceID, id, [UInt8](repeating: 0, count: size))
        #expect(Self.isUnexpected { () throws(ADBProtocolError) in _ = try mux.received(okay, acceptsOpens: false) })
    }

    @Test func delayedAckCreditFollowsBytesWrittenAndAcknowledged() throws {
        var (mux, id) = try Self.openStream(delayedAck: true, window: 10_000)
        #expect(mux.sendCapacity(id) == 4096)
        #expect(mux.write(id, [UInt8](repeating: 0, count: 4096)) != nil)   // credit 5904
        #expect(mux.write(id, [UInt8](repeating: 0, count: 4096)) != nil)   // credit 1808
        #expect(mux.sendCapacity(id) > 0)
        #expect(mux.write(id, [UInt8](repeating: 0, count: 1808)) != nil)   // credit 0
        #expect(mux.sendCapacity(id) == 0)
        let ack = ADBPacket(.okay, Self.deviceID, id, Self.le32(1))
        #expect(try mux.received(ack, acceptsOpens: false) == [.writable(id)])  // credit 1
        #expect(mux.sendCapacity(id) > 0)
        #expect(mux.write(id, [UInt8](repeating: 0, count: 4096)) != nil)   // credit -4095
        #expect(mux.sendCapacity(id) == 0)
        _ = try mux.received(ADBPacket(.okay, Self.deviceID, id, Self.le32(4095)), acceptsOpens: false)
        #expect(mux.sendCapacity(id) == 0)                                     // credit 0
        _ = try mux.received(ADBPacket(.okay, Self.deviceID, id, Self.le32(2)), acceptsOpens: false)
        #expect(mux.sendCapacity(id) == 4096)                                  // credit 2
        _ = try mux.received(ADBPacket(.okay, Self.deviceID, id, Self.le32(-2)), acceptsOpens: false)
        #expect(mux.sendCapacity(id) == 0)                                     // a negative ack subtracts
    }

    @Test func delayedAckZeroInitialWindowCannotSend() throws {
        let (mux, id) = try Self.openStream(delayedAck: true, window: 0)
        #expect(mux.isOpen(id))
        #expect(mux.sendCapacity(id) == 0)
    }

    @Test func delayedAckAcknowledgeCarriesTheCount() throws {
        let (mux, id) = try Self.openStream(delayedAck: true)
        #expect(mux.acknowledge(id, consumed: 70_000) == ADBPacket(.okay, id, Self.deviceID, Self.le32(70_000)))
        #expect(mux.acknowledge(id, consumed: .max).map { Array($0.payload) } == Self.le32(.max))   // clamped
    }

    @Test func closeOfAnOpeningStreamIsARefusal() throws {
        var mux = ADBStreamMultiplexer(delayedAck: false, maxPayload: 4096)
        let (id, _) = mux.open(service: "no-such-service:")
        #expect(try mux.received(ADBPacket(.close, 0, id), acceptsOpens: false) == [.refused(id)])
        #expect(!mux.streamIDs.contains(id))
    }

    @Test func closeOfAnOpenStreamIsEchoed() throws {
        var (mux, id) = try Self.openStream(delayedAck: false)
        let events = try mux.received(ADBPacket(.close, Self.deviceID, id), acceptsOpens: false)
        #expect(events == [.closed(id), .send(ADBPacket(.close, id, Self.deviceID))])
        #expect(!mux.isOpen(id))
        #expect(mux.streamIDs.isEmpty)
        #expect(try mux.received(ADBPacket(.close, Self.deviceID, id), acceptsOpens: false) == [])  // already gone
    }

    @Test func closeFromAnotherRemoteIsIgnored() throws {
        var (mux, id) = try Self.openStream(delayedAck: false)
        #expect(try mux.received(ADBPacket(.close, Self.deviceID + 9, id), acceptsOpens: false) == [])
        #expect(mux.isOpen(id))
    }

    @Test func dataIsDeliveredOnlyForBoundStreams() throws {
        var (mux, id) = try Self.openStream(delayedAck: false)
        #expect(try mux.received(ADBPacket(.write, Self.deviceID, id, [7, 8]), acceptsOpens: false) == [.data(id, [7, 8])])
        #expect(try mux.received(ADBPacket(.write, Self.deviceID + 1, id, [7]), acceptsOpens: false) == [])
        // A stream that closed while data was in flight: ignored.
        _ = mux.close(id)
        #expect(try mux.received(ADBPacket(.write, Self.deviceID, id, [7]), acceptsOpens: false) == [])
        // A stream that was never opened: the tablet is lying or corrupt.
        #expect(throws: ADBProtocolError.self) {
            try mux.received(ADBPacket(.write, Self.deviceID, id + 100, [7]), acceptsOpens: false)
        }
    }

    @Test func okayForUnknownStreamIsAnsweredWithClose() throws {
        var mux = ADBStreamMultiplexer(delayedAck: false, maxPayload: 4096)
        let (id, _) = mux.open(service: "shell:true")
        _ = mux.close(id)
        let events = try mux.received(ADBPacket(.okay, Self.deviceID, id), acceptsOpens: false)
        #expect(events == [.send(ADBPacket(.close, id, Self.deviceID))])
        #expect(try mux.received(ADBPacket(.okay, 0, id), acceptsOpens: false) == [])
        #expect(throws: ADBProtocolError.self) { try mux.received(ADBPacket(.okay, Self.deviceID, 77), acceptsOpens: false) }
    }

    @Test func unsolicitedOpenOnHostIsRefused() throws {
        var mux = ADBStreamMultiplexer(delayedAck: false, maxPayload: 4096)
        let open = ADBPacket(.open, Self.deviceID, 0, Array("tcp:8080\0".utf8))
        #expect(try mux.received(open, acceptsOpens: false) == [.send(ADBPacket(.close, 0, Self.deviceID))])
        #expect(mux.streamIDs.isEmpty)
        #expect(mux.refuse(remoteID: Self.deviceID) == ADBPacket(.close, 0, Self.deviceID))
    }

    @Test(arguments: [false, true])
    func deviceRoleAcceptsOpens(delayedAck: Bool) throws {
        var device = ADBStreamMultiplexer(delayedAck: delayedAck, maxPayload: 4096, firstID: 0x100)
        let hostID: UInt32 = 3
        let window: UInt32 = delayedAck ? 32 << 20 : 0
        let events = try device.received(ADBPacket(.open, hostID, window, Array("shell,v2,raw:id\0\0".utf8)), acceptsOpens: true)
        #expect(events == [.incomingOpen(remoteID: hostID, window: window, service: "shell,v2,raw:id")])
        let (id, okay) = device.accept(remoteID: hostID, window: window)
        #expect(id == 0x100)
        #expect(okay.command == .okay && okay.arg0 == id && okay.arg1 == hostID)
        #expect(okay.payload == (delayedAck ? [0, 0, 0, 2] : []))   // 32 MiB = 0x02000000 LE
        #expect(device.isOpen(id))
        #expect(device.sendCapacity(id) == 4096)
        #expect(device.write(id, [1]) == ADBPacket(.write, id, hostID, [1]))
        #expect(try device.received(ADBPacket(.write, hostID, id, [9]), acceptsOpens: true) == [.data(id, [9])])
    }

    @Test func aWriteIsASliceOfTheCallersBytesAndAnOpenIsReadFromItsPayloadsStart() throws {
        var host = ADBStreamMultiplexer(delayedAck: false, maxPayload: 4096)
        let (id, _) = host.open(service: "sync:")
        _ = try host.received(ADBPacket(.okay, Self.deviceID, id), acceptsOpens: false)
        let bytes = [UInt8](repeating: 7, count: 100) + Array("shell:id\0\0".utf8)
        let written = host.write(id, bytes[100...])
        let packet = try #require(written)
        #expect(packet.payload.startIndex == 100 && Array(packet.payload) == Array("shell:id\0\0".utf8))
        // The same slice as a peer's OPEN: its service is read from the slice's own start, not from index 0.
        var device = ADBStreamMultiplexer(delayedAck: false, maxPayload: 4096)
        #expect(try device.received(ADBPacket(.open, 3, 0, bytes[100...]), acceptsOpens: true)
            == [.incomingOpen(remoteID: 3, window: 0, service: "shell:id")])
    }

    @Test func idsAreNeverZeroAndUnique() {
        var mux = ADBStreamMultiplexer(delayedAck: false, maxPayload: 4096, firstID: .max - 2)
        var ids: [UInt32] = []
        for _ in 0..<6 { ids.append(mux.open(service: "sync:").id) }
        #expect(!ids.contains(0))
        #expect(Set(ids).count == ids.count)
        #expect(ids == [.max - 2, .max - 1, .max, 1, 2, 3])
        #expect(ADBStreamMultiplexer(delayedAck: false, maxPayload: 1, firstID: 0).streamIDs.isEmpty)
        var zero = ADBStreamMultiplexer(delayedAck: false, maxPayload: 4096, firstID: 0)
        #expect(zero.open(service: "a").id == 1)
    }

    @Test func openAndAcceptShareOneIDSpace() {
        var mux = ADBStreamMultiplexer(delayedAck: false, maxPayload: 4096)
        let a = mux.open(service: "a").id
        let b = mux.accept(remoteID: 5, window: 0).id
        let c = mux.open(service: "c").id
        #expect(Set([a, b, c]).count == 3)
        #expect(Set(mux.streamIDs) == [a, b, c])
    }

    @Test func resetReturnsEveryID() throws {
        var (mux, bound) = try Self.openStream(delayedAck: false)
        let opening = mux.open(service: "shell:").id
        #expect(Set(mux.reset()) == [bound, opening])
        #expect(mux.streamIDs.isEmpty)
        #expect(!mux.isOpen(bound))
        #expect(mux.reset().isEmpty)
    }

    @Test func localCloseForgetsTheStream() throws {
        var mux = ADBStreamMultiplexer(delayedAck: false, maxPayload: 4096)
        let (id, _) = mux.open(service: "sync:")
        #expect(mux.close(id) == ADBPacket(.close, id, 0))
        #expect(mux.close(id) == nil)
        #expect(try mux.received(ADBPacket(.okay, Self.deviceID, id), acceptsOpens: false) == [.send(ADBPacket(.close, id, Self.deviceID))])
    }

    @Test func openWithAWindowThatDoesNotMatchTheAgreedModeIsRefused() throws {
        var classic = ADBStreamMultiplexer(delayedAck: false, maxPayload: 4096)
        #expect(try classic.received(ADBPacket(.open, 9, 1 << 20, Array("shell:\0".utf8)), acceptsOpens: true)
            == [.send(ADBPacket(.close, 0, 9))])
        var windowed = ADBStreamMultiplexer(delayedAck: true, maxPayload: 4096)
        #expect(try windowed.received(ADBPacket(.open, 9, 0, Array("shell:\0".utf8)), acceptsOpens: true)
            == [.send(ADBPacket(.close, 0, 9))])
        #expect(try windowed.received(ADBPacket(.open, 9, 1 << 20, Array("shell:\0".utf8)), acceptsOpens: true)
            == [.incomingOpen(remoteID: 9, window: 1 << 20, service: "shell:")])
    }
}
