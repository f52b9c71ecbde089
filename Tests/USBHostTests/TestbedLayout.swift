import Foundation

/// The emulated bus every testbed test uses: four tablets behind a hub at 1-1, a tablet in
/// fastboot at 1-2, a tablet held by "another program" (EBUSY) at 1-4, and a spare tablet that
/// is plugged in at 1-3 only when a test asks.
enum TestbedLayout {
    static let hubTablets = [("VALISE01", "1-1.1"), ("VALISE02", "1-1.2"), ("VALISE03", "1-1.3"), ("VALISE04", "1-1.4")]
    static let fastboot = ("VALISEFB", "1-2")
    static let busy = ("VALISEBZ", "1-4")
    static let spare = ("VALISE09", "1-3")

    /// Starts one echo peer per tablet and returns the testbed arguments (peers stay alive while retained).
    static func start() throws -> (peers: [EchoTablet], arguments: [String]) {
        var peers = [EchoTablet](), arguments = [String]()
        for (serial, place) in hubTablets + [busy] {
            let peer = try EchoTablet(serial: serial)
            peers.append(peer)
            arguments += ["--tablet", peer.spec(at: place)]
        }
        let fastbootPeer = try EchoTablet(serial: fastboot.0)
        let sparePeer = try EchoTablet(serial: spare.0)
        peers += [fastbootPeer, sparePeer]
        arguments += ["--tablet", fastbootPeer.spec(at: fastboot.1) + ",fastboot", "--spare", sparePeer.spec(at: spare.1),
                      "--busy", busy.0]
        return (peers, arguments)
    }
}
