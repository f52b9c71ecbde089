import Testing
@testable import ADB

/// One connection's streams as the product runs them (`ADBSessionMachine`): opening, reading what arrived with the
/// acknowledgements it owes, writing under flow control, back-pressure, incoming opens and the peer restarting.
@Suite struct SessionMachineTests {
    static let remote: UInt32 = 0x4000_0017

    /// A host machine with one stream to "shell:" accepted by the peer.
    static func openStream(delayedAck: Bool = false, highWater: Int = 1 << 20, window: Int32 = 1 << 20) throws -> (ADBSessionMachine, UInt32) {
        var machine = ADBSessionMachine(delayedAck: delayedAck, maxPayload: 4096, highWaterBytes: highWater)
        let (id, packet) = machine.open(service: "shell:")
        #expect(packet.command == .open && packet.arg0 == id)
        #expect(machine.state(of: id) == .opening)
        #expect(try machine.received(ADBPacket(.okay, remote, id, delayedAck ? MultiplexerTests.le32(window) : [])) == [])
        #expect(machine.state(of: id) == .open)
        return (machine, id)
    }

    @Test func dataIsReadInOrderAndEachChunkIsAcknowledged() throws {
        var (machine, id) = try Self.openStream()
        #expect(machine.read(id) == .wait)
        // Classic flow control: the OKAY for a WRTE goes out as soon as it is buffered below the high-water mark.
        #expect(try machine.received(ADBPacket(.write, Self.remote, id, [1, 2])) == [.send(ADBPacket(.okay, id, Self.remote))])
        #expect(try machine.received(ADBPacket(.write, Self.remote, id, [3])) == [.send(ADBPacket(.okay, id, Self.remote))])
        #expect(machine.read(id) == .data([1, 2], ack: nil))
        #expect(machine.read(id) == .data([3], ack: nil))
        #expect(machine.read(id) == .wait)
    }

    /// A fast command: accepted, answered and closed before the opener looks. The stream is open and its bytes are read.
    @Test func aStreamThatEndedBeforeTheOpenerLookedIsStillReadWhole() throws {
        var machine = ADBSessionMachine(delayedAck: false, maxPayload: 4096)
        let (id, _) = machine.open(service: "shell:echo hi")
        _ = try machine.received(ADBPacket(.okay, Self.remote, id))
        _ = try machine.received(ADBPacket(.write, Self.remote, id, Array("hi\n".utf8)))
        #expect(try machine.received(ADBPacket(.close, Self.remote, id)) == [.send(ADBPacket(.close, id, Self.remote))])
        #expect(machine.state(of: id) == .open)
        #expect(machine.read(id) == .data(Array("hi\n".utf8), ack: nil))
        #expect(machine.read(id) == .ended)
        #expect(machine.write(id, [1]) == .closed)
    }

    @Test func aRefusedOpenIsRefused() throws {
        var machine = ADBSessionMachine(delayedAck: false, maxPayload: 4096)
        let (id, _) = machine.open(service: "nope:")
        #expect(try machine.received(ADBPacket(.close, 0, id)) == [])
        #expect(machine.state(of: id) == .refused)
        #expect(machine.state(of: 999) == .refused)
    }

    /// Past the high-water mark the acknowledgement is held back, so the tablet stops sending; reading releases it.
    @Test(arguments: [false, true])
    func backPressureHoldsTheAcknowledgementUntilTheReaderCatchesUp(delayedAck: Bool) throws {
        var (machine, id) = try Self.openStream(delayedAck: delayedAck, highWater: 8)
        let ack: (Int) -> ADBPacket = { ADBPacket(.okay, id, Self.remote, delayedAck ? MultiplexerTests.le32(Int32($0)) : []) }
        #expect(try machine.received(ADBPacket(.write, Self.remote, id, [UInt8](repeating: 7, count: 6))) == [.send(ack(6))])
        #expect(try machine.received(ADBPacket(.write, Self.remote, id, [UInt8](repeating: 8, count: 6))) == [])
        #expect(try machine.received(ADBPacket(.write, Self.remote, id, [UInt8](repeating: 9, count: 6))) == [])
        // 12 bytes still held after this read: above half the mark (4), no acknowledgement yet.
        #expect(machine.read(id) == .data([UInt8](repeating: 7, count: 6), ack: nil))
        // 6 held, still above 4.
        #expect(machine.read(id) == .data([UInt8](repeating: 8, count: 6), ack: nil))
        // Drained: one acknowledgement for what was held back (delayed ack: both WRTEs' bytes).
        #expect(machine.read(id) == .data([UInt8](repeating: 9, count: 6), ack: ack(12)))
        #expect(machine.read(id) == .wait)
    }

    @Test func classicFlowControlSendsOneWriteAtATime() throws {
        var (machine, id) = try Self.openStream()
        let bytes = [UInt8](repeating: 5, count: 10_000)
        guard case let .send(first, count) = machine.write(id, bytes) else { Issue.record("no WRTE"); return }
        #expect(count == 4096 && Array(first.payload) == [UInt8](bytes[0..<4096]) && first.arg1 == Self.remote)
        #expect(machine.write(id, bytes, from: count) == .wait)
        _ = try machine.received(ADBPacket(.okay, Self.remote, id))
        guard case let .send(second, secondCount) = machine.write(id, bytes, from: count) else { Issue.record("no WRTE"); return }
        #expect(secondCount == 4096 && Array(second.payload) == [UInt8](bytes[4096..<8192]))
    }

    @Test func delayedAckWritesUntilTheWindowIsSpent() throws {
        var (machine, id) = try Self.openStream(delayedAck: true, window: 5000)
        let bytes = [UInt8](repeating: 1, count: 20_000)
        guard case .send(_, 4096) = machine.write(id, bytes) else { Issue.record("no first WRTE"); return }
        guard case .send(_, 4096) = machine.write(id, bytes, from: 4096) else { Issue.record("no second WRTE"); return }
        #expect(machine.write(id, bytes, from: 8192) == .wait)
        _ = try machine.received(ADBPacket(.okay, Self.remote, id, MultiplexerTests.le32(8192)))
        guard case .send(_, 4096) = machine.write(id, bytes, from: 8192) else { Issue.record("no WRTE after the window grew"); return }
    }

    @Test func theDeviceSideIsOfferedOpensAndAnswersThem() throws {
        var machine = ADBSessionMachine(delayedAck: false, maxPayload: 4096, acceptsOpens: true)
        #expect(try machine.received(ADBPacket(.open, 7, 0, Array("sync:".utf8) + [0])) == [.offered(remoteID: 7, window: 0, service: "sync:")])
        let (id, okay) = machine.accept(remoteID: 7, window: 0)
        #expect(id >= 0x100 && okay == ADBPacket(.okay, id, 7))
        #expect(machine.state(of: id) == .open)
        #expect(machine.refuse(remoteID: 8) == ADBPacket(.close, 0, 8))
        // The host side is never offered a stream.
        var host = ADBSessionMachine(delayedAck: false, maxPayload: 4096)
        #expect(try host.received(ADBPacket(.open, 7, 0, Array("sync:".utf8) + [0])) == [.send(ADBPacket(.close, 0, 7))])
    }

    @Test func aPeerThatSendsItsBannerAgainEndsEveryStream() throws {
        var (machine, open) = try Self.openStream()
        _ = try machine.received(ADBPacket(.write, Self.remote, open, [1]))
        let (opening, _) = machine.open(service: "sync:")
        #expect(try machine.received(ADBPacket(.connect, ADBProtocol.versionSkipChecksum, 4096, Array("device::".utf8))) == [.peerRestarted])
        #expect(machine.state(of: opening) == .refused)
        #expect(machine.read(open) == .data([1], ack: nil))
        #expect(machine.read(open) == .lost)
        #expect(machine.write(open, [1]) == .closed)
    }

    @Test func aClosedStreamIsForgottenAndItsLateDataIgnored() throws {
        var (machine, id) = try Self.openStream()
        #expect(machine.close(id) == ADBPacket(.close, id, Self.remote))
        #expect(machine.close(id) == nil)
        #expect(machine.streamIDs.isEmpty)
        #expect(try machine.received(ADBPacket(.write, Self.remote, id, [1])) == [])
        #expect(machine.read(id) == .ended)
    }
}
