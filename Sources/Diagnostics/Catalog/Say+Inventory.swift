/// The inventory's errors (the SQLite file of a station), and how a lease's holder is named.
extension Say {
    // MARK: What Valise was doing with the inventory ("… while <doing>")

    public static var inventoryOpening: String { pick(en: "opening it", fr: "son ouverture") }
    public static var inventoryReading: String { pick(en: "reading it", fr: "sa lecture") }
    public static var inventoryRecording: String { pick(en: "recording a change", fr: "l'enregistrement d'une modification") }
    public static var inventoryUsing: String { pick(en: "using it", fr: "son utilisation") }
    public static var inventorySavingToFile: String { pick(en: "saving it to its file", fr: "son enregistrement dans son fichier") }
    public static var inventoryWritingBackup: String { pick(en: "writing the backup", fr: "l'écriture de la sauvegarde") }
    public static var inventoryTakingLease: String { pick(en: "taking a tablet's lease", fr: "la prise de la réservation d'une tablette") }
    public static var inventoryTakingOrGivingLease: String {
        pick(en: "taking or giving back a tablet's lease", fr: "la prise ou la restitution de la réservation d'une tablette")
    }

    // MARK: Inventory errors

    public static func inventoryUnusable(_ path: String, doing: String) -> String {
        pick(en: "The inventory \(path) could not be used while \(doing).",
             fr: "L'inventaire \(path) n'a pas pu être utilisé pendant \(doing).")
    }

    public static func inventoryFileSystemRefused(_ words: String) -> String {
        pick(en: "The file system refused: \(words)", fr: "Le système de fichiers a refusé : \(words)")
    }

    public static func inventoryCheckDiskFix(folder: String) -> String {
        pick(en: "Check the disk and the folder \(folder), then run the command again.",
             fr: "Vérifiez le disque et le dossier \(folder), puis relancez la commande.")
    }

    public static func inventoryDiskFull(_ path: String) -> String {
        pick(en: "The inventory \(path) could not be written: the disk is full.",
             fr: "L'inventaire \(path) n'a pas pu être écrit : le disque est plein.")
    }

    public static func inventoryDiskFullWhy(doing: String) -> String {
        pick(en: "No space was left while \(doing); that last change was rolled back, everything before it is kept.",
             fr: "Il n'y avait plus de place pendant \(doing) ; cette dernière modification a été annulée, tout ce qui précède est conservé.")
    }

    public static func inventoryDiskFullFix(folder: String) -> String {
        pick(en: "Free space on the disk of \(folder) (see `df -h \(folder)`), then run the command again: finished steps are kept.",
             fr: "Libérez de la place sur le disque de \(folder) (voir `df -h \(folder)`), puis relancez la commande : les étapes terminées sont conservées.")
    }

    public static func inventoryDiskRefused(_ path: String) -> String {
        pick(en: "The inventory \(path) could not be written: the disk refused.",
             fr: "L'inventaire \(path) n'a pas pu être écrit : le disque a refusé.")
    }

    public static func inventoryDiskRefusedWhy(doing: String) -> String {
        pick(en: "Writing failed while \(doing): the disk is full, failing, or was removed; that last change was rolled back.",
             fr: "L'écriture a échoué pendant \(doing) : le disque est plein, défaillant, ou a été retiré ; cette dernière modification a été annulée.")
    }

    public static func inventoryDiskRefusedFix(folder: String) -> String {
        pick(en: "Check the disk of \(folder) (space with `df -h \(folder)`, and that it is still there), then run the command again.",
             fr: "Vérifiez le disque de \(folder) (la place avec `df -h \(folder)`, et qu'il est toujours là), puis relancez la commande.")
    }

    public static func inventoryReadOnly(_ path: String) -> String {
        pick(en: "The inventory \(path) cannot be written.", fr: "L'inventaire \(path) ne peut pas être écrit.")
    }

    public static func inventoryReadOnlyWhy(folder: String) -> String {
        pick(en: "The file or its folder \(folder) is read-only for this user (or on a read-only disk); "
                + "SQLite writes the file and its -wal and -shm companions beside it.",
             fr: "Le fichier ou son dossier \(folder) est en lecture seule pour cet utilisateur (ou sur un disque en lecture seule) ; "
                + "SQLite écrit le fichier et ses compagnons -wal et -shm à côté.")
    }

    public static func inventoryReadOnlyFix(folder: String) -> String {
        pick(en: "Give this user write access to \(folder) and the files in it (see `ls -l \(folder)`), or set VALISE_HOME "
                + "to a writable folder. `valise report` works on a read-only inventory.",
             fr: "Donnez à cet utilisateur le droit d'écrire dans \(folder) et ses fichiers (voir `ls -l \(folder)`), ou réglez VALISE_HOME "
                + "sur un dossier accessible en écriture. `valise report` fonctionne sur un inventaire en lecture seule.")
    }

    public static func inventoryDamaged(_ path: String) -> String {
        pick(en: "The inventory \(path) is damaged.", fr: "L'inventaire \(path) est endommagé.")
    }

    public static func inventoryDamagedWhy(doing: String) -> String {
        pick(en: "SQLite found broken pages in it while \(doing); Valise stopped before changing anything else.",
             fr: "SQLite y a trouvé des pages abîmées pendant \(doing) ; Valise s'est arrêtée avant de modifier quoi que ce soit d'autre.")
    }

    public static func inventoryDamagedFix(_ path: String) -> String {
        pick(en: "Move it away, copy your last backup (made by `valise inventory backup FILE`) to \(path), "
                + "then run the command again.",
             fr: "Mettez-le de côté, copiez votre dernière sauvegarde (faite par `valise inventory backup FILE`) vers \(path), "
                + "puis relancez la commande.")
    }

    public static func inventoryBusy(_ path: String) -> String {
        pick(en: "The inventory \(path) is in use by another valise command.",
             fr: "L'inventaire \(path) est utilisé par une autre commande valise.")
    }

    public static func inventoryBusyWhy(doing: String) -> String {
        pick(en: "Another command kept it locked for more than 10 seconds while this one was \(doing).",
             fr: "Une autre commande l'a gardé verrouillé plus de 10 secondes pendant \(doing) par celle-ci.")
    }

    public static var inventoryBusyFix: String {
        pick(en: "Let the other command (provision, watch, rentree) finish or stop it, then run this one again.",
             fr: "Laissez l'autre commande (provision, watch, rentree) se terminer ou arrêtez-la, puis relancez celle-ci.")
    }

    public static var inventorySQLiteRefused: String {
        pick(en: "SQLite refused (run with --verbose for its message).", fr: "SQLite a refusé (relancez avec --verbose pour voir son message).")
    }

    public static var inventoryKeepCopyFix: String {
        pick(en: "Run `valise inventory backup FILE` to keep a copy, then run the command again.",
             fr: "Lancez `valise inventory backup FILE` pour en garder une copie, puis relancez la commande.")
    }

    public static func notAnInventory(_ path: String, why: String) -> String {
        pick(en: "\(path) is not a Valise inventory: \(why).", fr: "\(path) n'est pas un inventaire Valise : \(why).")
    }

    public static var notAnInventoryWhy: String {
        pick(en: "Valise does not take it as a new, empty inventory: every tablet would look new and get every step again.",
             fr: "Valise ne le prend pas pour un nouvel inventaire vide : chaque tablette paraîtrait nouvelle et repasserait par toutes les étapes.")
    }

    public static func notAnInventoryFix(_ path: String) -> String {
        pick(en: "If it was this station's inventory, move it away and copy your last backup (`valise inventory backup FILE`) "
                + "to \(path); if it is not needed, move it away and Valise starts a new one. Check --inventory and VALISE_INVENTORY.",
             fr: "Si c'était l'inventaire de ce poste, mettez-le de côté et copiez votre dernière sauvegarde (`valise inventory backup FILE`) "
                + "vers \(path) ; s'il ne sert pas, mettez-le de côté et Valise en commence un nouveau. Vérifiez --inventory et VALISE_INVENTORY.")
    }

    /// Why a file is not an inventory.
    public static var notAnInventoryForeignTables: String {
        pick(en: "it is an SQLite database without Valise's tables", fr: "c'est une base SQLite sans les tables de Valise")
    }

    public static var notAnInventoryNoTables: String {
        pick(en: "it is an SQLite database with no tables (a copy made without its -wal file?)",
             fr: "c'est une base SQLite sans aucune table (une copie faite sans son fichier -wal ?)")
    }

    public static var notAnInventoryEmpty: String { pick(en: "it is empty (0 bytes)", fr: "il est vide (0 octet)") }

    public static var notAnInventoryNotSQLite: String { pick(en: "it is not an SQLite database", fr: "ce n'est pas une base SQLite") }

    public static func inventoryOlder(_ path: String) -> String {
        pick(en: "The inventory \(path) was made by an older Valise.", fr: "L'inventaire \(path) a été créé par une version plus ancienne de Valise.")
    }

    public static var inventoryOlderWhy: String {
        pick(en: "It must be updated to this version's tables, which a read-only command does not do.",
             fr: "Il doit être mis à jour vers les tables de cette version, ce que ne fait pas une commande en lecture seule.")
    }

    public static var inventoryOlderFix: String {
        pick(en: "Run any provisioning command once with write access to it (or `valise inventory backup FILE`).",
             fr: "Lancez une fois n'importe quelle commande de préparation avec le droit d'y écrire (ou `valise inventory backup FILE`).")
    }

    public static func backupExists(_ path: String) -> String {
        pick(en: "\(path) already exists: the backup did not replace it.", fr: "\(path) existe déjà : la sauvegarde ne l'a pas remplacé.")
    }

    public static var backupExistsWhy: String {
        pick(en: "A backup never replaces a file unless asked.", fr: "Une sauvegarde ne remplace jamais un fichier sans qu'on le demande.")
    }

    public static var backupExistsFix: String {
        pick(en: "Give another file name, or add --force to replace it.", fr: "Donnez un autre nom de fichier, ou ajoutez --force pour le remplacer.")
    }

    public static func backupNotWritten(_ file: String) -> String {
        pick(en: "The backup could not be written to \(file).", fr: "La sauvegarde n'a pas pu être écrite dans \(file).")
    }

    public static func backupCheckFolderFix(_ folder: String) -> String {
        pick(en: "Check that \(folder) exists and is writable, then run the command again.",
             fr: "Vérifiez que \(folder) existe et est accessible en écriture, puis relancez la commande.")
    }

    // MARK: Leases

    /// The run holding a tablet: "`valise provision` (PID 1234) since 14:02" (`host` when another computer's).
    public static func leaseHolder(command: String, pid: Int32, host: String?, since: String) -> String {
        pick(en: "`valise \(command)` (PID \(pid)\(host.map { " on \($0)" } ?? "")) since \(since)",
             fr: "`valise \(command)` (PID \(pid)\(host.map { " sur \($0)" } ?? "")) depuis \(since)")
    }
}
