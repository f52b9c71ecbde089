import ADB
import Devices
import Diagnostics
import Fastboot
import Foundation

extension FirmwareFlasher {
    /// The plan's requirements against the bootloader's variables, and the images' boards: all before any write.
    func checkRequirements(_ device: FastbootDevice, entry: FirmwareEntry, facts: [PlanImages.Facts], name: String) throws(FirmwareFlashError) {
        for requirement in entry.requirements {
            let value: String
            do { value = try device.getVar(requirement.getVarName) } catch where error.kind == .refused { value = "" } catch {
                throw .fastboot(error, tablet: name)
            }
            if requirement.getVarName == "product", !requirement.accepts(value) {
                throw FirmwareFlashError(.wrongBoard, tablet: name, summary: Say.otherBoard(tablet: name, reported: value, board: entry.board),
                                         reason: Say.otherBoardReason(board: entry.board, requirement: "\(requirement)", reported: value),
                                         action: Say.otherBoardFix(reported: value),
                                         helpTopic: "firmware-wrong-board")
            }
            // A retried flash may find the plan's own bootloader already written.
            if requirement.getVarName == "version-bootloader", value == entry.bootloader { continue }
            guard requirement.accepts(value) else {
                throw FirmwareFlashError(.requirementNotMet, tablet: name, summary: Say.requirementNotMet(tablet: name, board: entry.board),
                                         reason: Say.requirementNotMetReason(requirement: "\(requirement)", variable: requirement.getVarName, value: value),
                                         action: Say.requirementNotMetFix(board: entry.board),
                                         helpTopic: "firmware-requirements")
            }
        }
        let product: String
        do { product = try device.getVar(FastbootVariable.product) } catch { throw .fastboot(error, tablet: name) }
        for (step, fact) in zip(entry.steps, facts) {
            guard let board = fact.header?.board, board.lowercased() != product.lowercased() else { continue }
            throw FirmwareFlashError(.wrongBoard, tablet: name, summary: Say.imageForOtherBoard(image: step.path, imageBoard: board, tablet: name, product: product),
                                     reason: Say.otherBoardFirmwareReason,
                                     action: Say.imageForOtherBoardFix(product: product, board: entry.board),
                                     helpTopic: "firmware-wrong-board")
        }
    }

    /// Connects to the tablet's bootloader, trying until `bootTimeout` (it may still be rebooting); checks its serial.
    func waitForFastboot(_ tablet: FlashTablet, serial: String?, name: String) throws(FirmwareFlashError) -> FastbootDevice {
        let deadline = ContinuousClock.now + bootTimeout
        while true {
            do {
                let device = try tablet.fastboot()
                if let serial {
                    let reported = (try? device.getVar(FastbootVariable.serialNumber)) ?? ""
                    guard reported == serial else {
                        device.close()
                        throw FirmwareFlashError(.wrongEndpoint, tablet: name, summary: Say.wrongFastbootEndpoint(address: "\(device.transport.address)", reported: reported, serial: serial),
                                                 reason: Say.wrongFastbootEndpointReason,
                                                 action: Say.wrongFastbootEndpointFix,
                                                 helpTopic: "firmware-fastboot-endpoint")
                    }
                }
                return device
            } catch let error as FirmwareFlashError {
                throw error
            } catch let error as FastbootError where error.isTransient && ContinuousClock.now < deadline {
                Thread.sleep(forTimeInterval: pollInterval.seconds)
            } catch let error as FastbootError {
                throw FirmwareFlashError(.unreachable, tablet: name, summary: Say.noFastboot(tablet: name),
                                         reason: Say.noFastbootReason(seconds: Int(bootTimeout.seconds), said: error.summary),
                                         action: Say.noFastbootFix,
                                         helpTopic: "firmware-fastboot-endpoint", detail: error.detail)
            } catch {
                throw .other(error, tablet: name, doing: Say.whileConnectingToBootloader)
            }
        }
    }

    /// Connects over ADB once the tablet is back in Android, and reads its build.
    func waitForAndroid(_ tablet: FlashTablet, name: String) throws(FirmwareFlashError) -> TabletBuild {
        let deadline = ContinuousClock.now + bootTimeout
        var last: (any Error)?
        while ContinuousClock.now < deadline {
            if let device = try? tablet.adb() {
                defer { device.close() }
                do { return try TabletBuild.read(device) } catch { last = error }
            }
            Thread.sleep(forTimeInterval: pollInterval.seconds)
        }
        throw FirmwareFlashError(.unreachable, tablet: name, summary: Say.noAndroidAfterFlash(tablet: name),
                                 reason: Say.noAndroidReason(seconds: Int(bootTimeout.seconds), last: last.map { "\($0)" }),
                                 action: Say.noAndroidFix,
                                 helpTopic: "firmware-no-android")
    }
}

extension Duration {
    /// In seconds, for Thread.sleep.
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
