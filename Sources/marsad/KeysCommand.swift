import ArgumentParser
import Foundation
import MarsadStore

struct KeysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keys",
        abstract: "Manage API keys (stored hashed; a key is shown once, when created).",
        subcommands: [Create.self, List.self, Revoke.self]
    )

    struct Create: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Create a key and print it.")
        @Option(help: "reader, editor or admin.") var role: String = "reader"
        @Option(help: "A note saying whose key it is.") var label: String?
        @OptionGroup var store: StoreOptions

        func run() throws {
            guard let r = Role(rawValue: role) else { throw ValidationError("--role must be reader, editor or admin") }
            let (key, record) = try store.open().createKey(role: r, label: label)
            print(key)
            warn("created key \(record.id) (\(record.role.rawValue)\(label.map { ", \($0)" } ?? "")); it is not stored and cannot be shown again")
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List keys (prefix, role, label, created, revoked).")
        @OptionGroup var store: StoreOptions

        func run() throws {
            for k in try store.open().keys() {
                print([String(k.id), k.prefix + "…", k.role.rawValue, k.label ?? "-", k.createdAt, k.revokedAt.map { "revoked " + $0 } ?? "active"]
                    .joined(separator: "\t"))
            }
        }
    }

    struct Revoke: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Revoke a key by id.")
        @Argument(help: "The key's id (marsad keys list).") var id: Int64
        @OptionGroup var store: StoreOptions

        func run() throws {
            guard try store.open().revokeKey(id: id) else { throw ValidationError("no active key with id \(id)") }
            print("revoked key \(id)")
        }
    }
}
