import ADB
import Foundation
import TestSupport
import Testing
import Transports

/// `ADBSession`, the driver of the session machine, host against tablet over an in-memory transport: no socket,
/// the bytes framed by the same decoder, handed over in odd sizes.
@Suite struct SessionDriverTests {
    static func info(delayedAck: Bool, maxPayload: Int = 4096) -> ADBConnectionInfo {
        ADBConnectionInfo(version: ADBProtocol.versionSkipChecksum, maxPayload: maxPayload, banner: ADBBanner(parsing: Array("device::".utf8)),
                          sharedFeatures: delayedAck ? [ADBFeature.delayedAck] : [])
    }

    /// A host session and a tablet session serving `services` (nil handler: refused), both reading.
    static func connect(delayedAck: Bool = false, chunkSize: Int = 7, options: SessionOptions = SessionOptions(),
                        services: @escaping @Sendable (String) -> ADBSession.ServiceHandler?) -> (host: ADBSession, tablet: ADBSession) {
        let (hostEnd, tabletEnd) = MemoryPacketTransport.pair(chunkSize: chunkSize)
        for end in [hostEnd, tabletEnd] { end.setMaxPayload(4096) }
        let host = ADBSession(transport: hostEnd, info: info(delayedAck: delayedAck), label: "memory", options: options)
        let tablet = ADBSession(transport: tabletEnd, info: info(delayedAck: delayedAck), label: "host", incomingOpen: services)
        host.start()
        tablet.start()
        return (host, tablet)
    }

    /// A service that sends back what it reads until the host closes the stream.
    static let echo: ADBSession.ServiceHandler = { stream in
        while let chunk = try? stream.read(), !chunk.isEmpty { try? stream.write(chunk) }
    }

    @Test(arguments: [false, true])
    func bytesMakeTheRoundTripUnderFlowControl(delayedAck: Bool) throws {
        let (host, tablet) = Self.connect(delayedAck: delayedAck) { $0 == "echo:" ? Self.echo : nil }
        defer { host.close(); tablet.close() }
        let stream = try host.openStream("echo:")
        let sent = (0..<300_000).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 >> 9) }
        try stream.write(sent)
        var back: [UInt8] = []
        while back.count < sent.count, let chunk = try stream.read() { back += chunk }
        #expect(back == sent)
        stream.close()
    }

    @Test func aServiceThatAnswersAndClosesAtOnceIsReadWhole() throws {
        let (host, tablet) = Self.connect { service in
            { stream in try? stream.write(Array("answer to \(service)".utf8)) }
        }
        defer { host.close(); tablet.close() }
        for index in 0..<20 {
            let stream = try host.openStream("shell:\(index)")
            #expect(String(decoding: try stream.readAll(), as: UTF8.self) == "answer to shell:\(index)")
        }
    }

    @Test func anUnknownServiceIsRefusedByName() throws {
        let (host, tablet) = Self.connect { _ in nil }
        defer { host.close(); tablet.close() }
        let error = try #require(throws: DeviceError.self) { try host.openStream("nosuch:service") }
        #expect(error.kind == .serviceRefused)
        #expect(error.summary.contains("\"nosuch\""))
        #expect(host.isAlive)
    }

    /// The tablet restarts adbd and says CNXN again: the streams of the connection fail at once, not at their timeout.
    @Test func aTabletSendingItsBannerAgainEndsTheSession() throws {
        let (host, tablet) = Self.connect { _ in { stream in _ = try? stream.read() } }
        defer { host.close(); tablet.close() }
        let stream = try host.openStream("wait:")
        try tablet.transport.send(ADBPacket(.connect, ADBProtocol.versionSkipChecksum, 4096, Array("device::".utf8)),
                                  withChecksum: false, timeout: .seconds(5))
        let error = try #require(throws: DeviceError.self) { _ = try stream.read(timeout: .seconds(60)) }
        #expect(error.kind == .disconnected)
        #expect(error.detail?.contains("restarted its ADB connection") == true, "\(error)")
        #expect(!host.isAlive)
    }

    @Test func garbageFromTheTabletEndsTheSessionAsAProtocolViolation() throws {
        let (host, tablet) = Self.connect(chunkSize: 3) { _ in Self.echo }
        defer { host.close(); tablet.close() }
        let stream = try host.openStream("echo:")
        try (host.transport as! MemoryPacketTransport).inject(Array("HTTP/1.1 400 Bad Request\r\n\r\n".utf8))
        let error = try #require(throws: DeviceError.self) { while try stream.read() != nil {} }
        #expect(error.kind == .protocolViolation)
        #expect(!host.isAlive)
    }

    @Test func aPulledCableFailsAReadWaitingForData() throws {
        let (host, tablet) = Self.connect { _ in { stream in _ = try? stream.read() } }
        defer { host.close() }
        let stream = try host.openStream("wait:")
        tablet.transport.close()
        let error = try #require(throws: DeviceError.self) { _ = try stream.read(timeout: .seconds(300)) }
        #expect(error.kind == .disconnected)
    }
}
