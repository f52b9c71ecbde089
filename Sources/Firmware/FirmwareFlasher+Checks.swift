import ADB
import Devices
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
                throw FirmwareFlashError(.wrongBoard, tablet: name, summary: "Tablet \(name) is a \(value.isEmpty ? "board that does not say its name" : value), not a \(entry.board): the firmware was not flashed.",
                                         reason: "The catalog's \(entry.board) entry says \"\(requirement)\", and the tablet's bootloader reports product \(value.isEmpty ? "(none)" : value); firmware for another board can leave it unable to start. Nothing was written.",
                                         action: "Add an entry for \(value.isEmpty ? "this board" : value) to the catalog (or take this tablet out of the run), then run the command again.",
                                         helpTopic: "firmware-wrong-board")
            }
            // A retried flash may find the plan's own bootloader already written.
            if requirement.getVarName == "version-bootloader", value == entry.bootloader { continue }
            guard requirement.accepts(value) else {
                throw FirmwareFlashError(.requirementNotMet, tablet: name, summary: "Tablet \(name) does not meet the \(entry.board) firmware's requirements: nothing was written.",
                                         reason: "The plan says \"\(requirement)\", and the bootloader reports \(requirement.getVarName)=\(value.isEmpty ? "(nothing)" : value).",
                                         action: "Bring the tablet to a bootloader the plan accepts first (see the catalog's require: for \(entry.board)), or correct the catalog, then run the command again.",
                                         helpTopic: "firmware-requirements")
            }
        }
        let product: String
        do { product = try device.getVar(FastbootVariable.product) } catch { throw .fastboot(error, tablet: name) }
        for (step, fact) in zip(entry.steps, facts) {
            guard let board = fact.header?.board, board.lowercased() != product.lowercased() else { continue }
            throw FirmwareFlashError(.wrongBoard, tablet: name, summary: "Image \(step.path) is for a \(board) tablet, but tablet \(name) is a \(product): the firmware was not flashed.",
                                     reason: "Firmware built for another board can leave the tablet unable to start. Nothing was written.",
                                     action: "Put the \(product) images in the catalog's \(entry.board) entry, then run the command again.",
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
                        throw FirmwareFlashError(.wrongEndpoint, tablet: name, summary: "The fastboot endpoint \(device.transport.address) is tablet \(reported.isEmpty ? "(no serial)" : reported), not \(serial).",
                                                 reason: "The --fastboot-tcp addresses are paired with the --tcp addresses in the order given; this pair does not match.",
                                                 action: "Give --fastboot-tcp in the same order as --tcp (see docs/firmware.md), then run the command again.",
                                                 helpTopic: "firmware-fastboot-endpoint")
                    }
                }
                return device
            } catch let error as FirmwareFlashError {
                throw error
            } catch let error as FastbootError where error.isTransient && ContinuousClock.now < deadline {
                Thread.sleep(forTimeInterval: pollInterval.seconds)
            } catch let error as FastbootError {
                throw FirmwareFlashError(.unreachable, tablet: name, summary: "Tablet \(name) did not come up in fastboot mode.",
                                         reason: "Nothing answered fastboot at its endpoint within \(Int(bootTimeout.seconds)) s (\(error.summary)).",
                                         action: "Check that the tablet shows its fastboot screen and that --fastboot-tcp names its endpoint, then run the command again: Valise goes on from the partition that failed.",
                                         helpTopic: "firmware-fastboot-endpoint", detail: error.detail)
            } catch {
                throw .other(error, tablet: name, doing: "connecting to its bootloader")
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
        throw FirmwareFlashError(.unreachable, tablet: name, summary: "Tablet \(name) did not come back in Android after flashing.",
                                 reason: "ADB did not answer within \(Int(bootTimeout.seconds)) s\(last.map { " (\($0))" } ?? "").",
                                 action: "Wait for the tablet to finish starting (the first start after a flash is slow), then run `valise firmware check`.",
                                 helpTopic: "firmware-no-android")
    }
}

extension Duration {
    /// In seconds, for Thread.sleep.
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
