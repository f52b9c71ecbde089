import ADB
import Diagnostics
import Foundation
import Logging
import Transports

extension ADBSession {
    /// Performs the handshake on `transport` and starts reading.
    ///
    /// `onWaitingForUser` is called once if the tablet must show "Allow USB debugging?".
    public static func connect(
        transport: PacketTransport, authenticator: ADBAuthenticator, label: String? = nil,
        options: SessionOptions = SessionOptions(), logger: Logger = Logger(label: "valise.adb"),
        onWaitingForUser: (@Sendable () -> Void)? = nil
    ) throws -> ADBSession {
        let name = label ?? transport.address
        var machine = ADBHostConnectionStateMachine(keyCount: authenticator.keyCount)
        do {
            try transport.send(machine.start(), withChecksum: true, timeout: options.handshakeTimeout)
            var deadline = ContinuousClock.now + options.handshakeTimeout
            while true {
                let remaining = deadline - ContinuousClock.now
                let packet: ADBPacket
                do {
                    packet = try transport.receive(timeout: max(remaining, .milliseconds(1)))
                } catch TransportError.disconnected(let why) {
                    // A tablet that hangs up after being offered the key refused it (or the person tapped Deny).
                    if case .waitingForUser = machine.state { throw unauthorized(name, refused: true) }
                    throw TransportError.disconnected(why)
                } catch TransportError.timedOut {
                    if case .waitingForUser = machine.state { throw unauthorized(name, refused: false) }
                    throw DeviceError(.timedOut, tablet: name, summary: Say.tabletDidNotAnswerConnection(name),
                                      reason: Say.noADBGreeting, action: Say.checkUSBDebuggingFix,
                                      helpTopic: "tablet-not-answering")
                }
                switch machine.received(packet) {
                case .none:
                    continue
                case .send(let reply):
                    try transport.send(reply, withChecksum: true, timeout: options.handshakeTimeout)
                case .signToken(let token, let keyIndex):
                    let signature = try authenticator.sign(token: token, keyIndex: keyIndex)
                    try transport.send(machine.signed(signature), withChecksum: true, timeout: options.handshakeTimeout)
                    deadline = ContinuousClock.now + options.handshakeTimeout
                case .sendPublicKeyAndWaitForUser:
                    try transport.send(machine.publicKeyPacket(try authenticator.publicKeyText()), withChecksum: true,
                                       timeout: options.handshakeTimeout)
                    logger.debug("waiting for the user to allow USB debugging", metadata: ["tablet": "\(name)"])
                    onWaitingForUser?()
                    deadline = ContinuousClock.now + options.authorizationTimeout
                case .connected(let info):
                    transport.setMaxPayload(info.maxPayload)
                    let session = ADBSession(transport: transport, info: info, label: name, options: options, logger: logger)
                    session.start()
                    return session
                case .fail(let error):
                    throw TransportError.protocolViolation(error)
                }
            }
        } catch {
            transport.close()
            throw DeviceError.transport(error, tablet: name)
        }
    }

    static func unauthorized(_ name: String, refused: Bool) -> DeviceError {
        DeviceError(.unauthorized, tablet: name, summary: Say.tabletDidNotAllowComputer(name),
                    reason: refused ? Say.keyRefusedReason : Say.promptUnansweredReason,
                    action: Say.allowUSBDebuggingFix,
                    helpTopic: "usb-authorization")
    }

}
