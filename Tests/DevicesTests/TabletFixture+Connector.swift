import Devices
import TestSupport
import Transports

/// The host side of a ``TabletFixture``: its address and a connector with the fixture's keyring.
extension TabletFixture {
    var address: TCPAddress { TCPAddress(host: "127.0.0.1", port: tablet.port) }

    func connector(authorization: Duration = .seconds(5), io: Duration = .seconds(10)) -> DeviceConnector {
        var options = SessionOptions()
        options.authorizationTimeout = authorization
        options.handshakeTimeout = .seconds(5)
        options.ioTimeout = io
        return DeviceConnector(authenticator: keyring, options: options)
    }

    func connect() throws -> ADBDevice { try connector().connect(address) }
}
