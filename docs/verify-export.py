#!/usr/bin/env python3
"""Re-verifies a RegioNet event export (NDJSON, GET /api/audit/events) end to end, without RegioNet.

    python3 verify-export.py export.ndjson [--key export-key.json] [--checkpoint N=HASH ...]

Python 3.8 or later, standard library only. It checks what `java -jar regionet.jar verify` checks (docs/audit.md,
"Verifying an export"), written down a second time from the definitions in docs/audit.md so that an auditor
need not trust RegioNet's own code:

- the numbering of the lines and the line-hash chain (`previousLines`, the manifest's `linesHash`);
- every event's hash, version 1 or version 2 as the line's `hashVersion` says (absent: version 1);
- positions strictly increasing, and in a complete export every position from 0;
- each stream's chain of hashes and sequence numbers;
- in a complete export every checkpoint, recomputed, against the manifest's and the ones given with --checkpoint;
- the manifest's counts, first and last position, hash versions, and its signature (RS256, RSASSA-PKCS1-v1_5 with
  SHA-256, verified with pow(); against the pinned key when --key is given).

Like the Java verifier it keeps going after a bad line and counts each bad line once, with the first reason found.
Exit code 0 with "OK ..." when everything verifies; 1 with "FAILED at line N: ..." (the first bad line), how many
lines failed and the first 100 of them; 2 when the arguments or the file cannot be read.

RFC 8785 (JCS) for version 2: the hashed object holds only strings, null and two integers (position, sequence).
For such values json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False) is exactly JCS: strings
escape only '"', '\\' and the control characters below U+0020 (\\b \\f \\n \\r \\t, the others as \\u00xx in
lower-case hex), integers below 2**53 are written as JCS writes them, and the keys, all ASCII, sort the same by
code points as by UTF-16 code units. Text with a lone surrogate has no UTF-8 form: such an event fails.
"""

import base64
import hashlib
import json
import sys

LISTED_FAILURES = 100
GENESIS = ""
# DER prefix of a SHA-256 DigestInfo (RFC 8017, section 9.2, note 1)
SHA256_DIGEST_INFO = bytes.fromhex("3031300d060960864801650304020105000420")


def sha256_hex(data):
    return hashlib.sha256(data).hexdigest()


def utf16_length(text):
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def hash_v1(fields):
    """Version 1: <length>:<value> per field (absent: -1:), lengths in UTF-16 code units, as UTF-8 ('?' for a lone
    surrogate, as Java writes it)."""
    text = "".join("-1:" if value is None else "%d:%s" % (utf16_length(value), value) for value in (
        str(fields["position"]), fields["aggregateType"], fields["aggregateId"], str(fields["sequence"]),
        fields["eventId"], fields["timestamp"], fields["payloadType"], fields["payloadRevision"], fields["payload"],
        fields["metaData"], fields["previousHash"]))
    return sha256_hex(text.encode("utf-8", "replace"))


def canonical_v2(fields):
    """Version 2: the RFC 8785 canonical JSON of the hashed fields (see the module's note)."""
    return json.dumps(fields, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def hash_v2(fields):
    return sha256_hex(canonical_v2(fields).encode("utf-8"))  # raises for a lone surrogate


HASHES = {1: hash_v1, 2: hash_v2}


def line_chain(previous, line_bytes):
    return sha256_hex((previous + "\n").encode("utf-8") + line_bytes)


def range_hash(previous, first, entries):
    text = previous + "".join("\n%d:%s" % (first + i, entry) for i, entry in enumerate(entries))
    return sha256_hex(text.encode("utf-8"))


def is_int(value):
    return isinstance(value, int) and not isinstance(value, bool)


def b64url(text):
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def b64url_int(text):
    return int.from_bytes(b64url(text), "big")


def thumbprint(jwk):
    """RFC 7638: SHA-256 over the required members in lexicographic order, base64url without padding."""
    canonical = json.dumps({"e": jwk["e"], "kty": jwk["kty"], "n": jwk["n"]}, separators=(",", ":"),
                           sort_keys=True)
    return base64.urlsafe_b64encode(hashlib.sha256(canonical.encode("ascii")).digest()).decode("ascii").rstrip("=")


def rs256_valid(signing_input, signature, jwk):
    n, e = b64url_int(jwk["n"]), b64url_int(jwk["e"])
    size = (n.bit_length() + 7) // 8
    if len(signature) != size:
        return False
    encoded = pow(int.from_bytes(signature, "big"), e, n).to_bytes(size, "big")
    digest = SHA256_DIGEST_INFO + hashlib.sha256(signing_input).digest()
    expected = b"\x00\x01" + b"\xff" * (size - 3 - len(digest)) + b"\x00" + digest
    return encoded == expected


class Walk:
    """The line-by-line checks, resynchronised after a bad line as the Java verifier does (docs/audit.md)."""

    def __init__(self, manifest, expected):
        self.complete = manifest.get("complete") is True
        checkpoint = manifest.get("checkpoint")
        self.checkpoint = checkpoint if isinstance(checkpoint, dict) else None
        self.interval = 0
        if self.checkpoint is not None:
            self.interval = self.checkpoint.get("to", 0) - self.checkpoint.get("from", 0) + 1
        self.expected = expected
        self.streams = {}
        self.range = []
        self.range_versions = set()
        self.versions = set()
        self.recomputed = {}
        self.failures = []
        self.failed = 0
        self.last_failed_line = 0
        self.chain = GENESIS
        self.checkpoint_hash = GENESIS
        self.previous_number = 0
        self.previous_position = -1
        self.first_position = None
        self.events = 0
        self.voids = 0

    def fail(self, line, reason):
        if line == self.last_failed_line:
            return
        self.last_failed_line = line
        self.failed += 1
        if len(self.failures) < LISTED_FAILURES:
            self.failures.append((line, reason))

    def line(self, number, raw):
        try:
            text = raw.decode("utf-8")
            line = json.loads(text) if text.strip() else None
        except ValueError:
            line = None
        if not isinstance(line, dict):
            self.fail(number, "an empty line" if not raw.strip() else "not a JSON object")
            self.chain = line_chain(self.chain, raw)
            self.previous_number += 1
            return
        recorded = line.get("previousLines")
        recorded = recorded if isinstance(recorded, str) else ""
        numbered = line.get("line")
        if not is_int(numbered) or numbered != self.previous_number + 1:
            self.fail(number, "it is numbered %s after %d: a line was removed, added or moved before it"
                      % (numbered, self.previous_number))
        elif self.chain != recorded:
            self.fail(number - 1, "the line was altered: it does not hash to what line %d records" % number)
        # a line moved back (numbered below its predecessor) does not renumber the lines after it
        self.previous_number = max(self.previous_number, numbered if is_int(numbered) else -1)
        self.chain = line_chain(recorded, raw)
        if "manifest" in line:
            self.fail(number, "a manifest before the end of the export")
            return
        position = self.position(number, line)
        if "missing" in line:
            self.fail(number, "the store has no entry at position %d although later entries are long committed: "
                              "an event was deleted there" % position)
            entry = "missing"
        elif "void" in line:
            self.voids += 1
            entry = "void"
        else:
            entry = self.event(number, position, line)
        if self.complete and self.interval > 0 and position >= 0:
            self.checkpoints(number, position, entry)

    def position(self, number, line):
        position = line.get("position")
        if not is_int(position):
            self.fail(number, "no position")
            return -1
        if position <= self.previous_position:
            self.fail(number, "position %d comes after position %d" % (position, self.previous_position))
            return position
        if self.complete and position != self.previous_position + 1:
            self.fail(number, "positions %d..%d are left out of a complete export"
                      % (self.previous_position + 1, position - 1))
        if self.first_position is None:
            self.first_position = position
        self.previous_position = position
        return position

    def event(self, number, position, line):
        def text(name):
            value = line.get(name)
            return value if isinstance(value, str) else None

        fields = {"position": position, "aggregateType": text("aggregateType"), "aggregateId": text("aggregateId"),
                  "sequence": line.get("sequence", 0), "eventId": text("eventId"), "timestamp": text("timestamp"),
                  "payloadType": text("payloadType"), "payloadRevision": text("payloadRevision"),
                  "payload": text("payload"), "metaData": text("metaData"), "previousHash": text("previousHash")}
        stored = text("hash")
        if None in (fields["payload"], fields["metaData"], fields["eventId"], fields["previousHash"], stored) \
                or not is_int(fields["sequence"]):
            self.fail(number, "neither an event nor a void position")
            return "null" if stored is None else stored
        self.events += 1
        # an export of format 1 names no version: all its events use version 1
        version = line.get("hashVersion", 1)
        version = version if is_int(version) else -1
        self.versions.add(version)
        self.range_versions.add(version)
        if version not in HASHES:
            self.fail(number, "the event names hash version %s, which does not exist" % line.get("hashVersion"))
        else:
            try:
                matches = HASHES[version](fields) == stored
            except UnicodeEncodeError:
                matches = False  # text that is not well-formed Unicode has no UTF-8 form
            if not matches:
                self.fail(number, "the event's content does not match its hash")
        if fields["aggregateId"] is not None:
            self.chained(number, fields["aggregateId"], fields["sequence"], fields["previousHash"], stored)
        return stored

    def chained(self, number, stream, sequence, previous_hash, stored):
        head = self.streams.get(stream)
        if head is None and sequence == 0 and previous_hash != GENESIS:
            self.fail(number, "the first event of %s chains to a predecessor" % stream)
        elif head is None and sequence > 0 and self.complete:
            self.fail(number, "sequence %d of %s without sequences before it" % (sequence, stream))
        elif head is not None and sequence <= head[0]:
            self.fail(number, "sequence %d of %s after sequence %d" % (sequence, stream, head[0]))
        elif head is not None and sequence > head[0] + 1 and self.complete:
            self.fail(number, "%s lacks sequence %d before this event" % (stream, head[0] + 1))
        elif head is not None and sequence == head[0] + 1 and head[1] != previous_hash:
            self.fail(number, "the event does not chain to its predecessor in %s" % stream)
        if head is None or sequence > head[0]:
            self.streams[stream] = (sequence, stored)

    def checkpoints(self, number, position, entry):
        self.range.append(entry)
        if (position + 1) % self.interval != 0:
            return
        checkpoint_number = position // self.interval
        first = position - self.interval + 1
        previous = self.checkpoint_hash
        recomputed = range_hash(previous, first, self.range) if len(self.range) == self.interval else "incomplete"
        used_versions = sorted(self.range_versions)
        self.range, self.range_versions = [], set()
        self.recomputed[checkpoint_number] = recomputed
        self.checkpoint_hash = recomputed
        kept = self.expected.get(checkpoint_number)
        if kept is not None and kept != recomputed:
            self.fail(number, "checkpoint %d over positions %d..%d hashes to %s, not to the %s kept before"
                      % (checkpoint_number, first, position, recomputed, kept))
            self.checkpoint_hash = kept
        if checkpoint_number == self.checkpoint.get("number"):
            if recomputed != self.checkpoint.get("hash") or previous != self.checkpoint.get("previous"):
                self.fail(number, "checkpoint %d over positions %d..%d does not match the manifest's"
                          % (checkpoint_number, first, position))
                self.checkpoint_hash = self.checkpoint.get("hash", "")
            elif "hashVersions" in self.checkpoint and self.checkpoint["hashVersions"] != used_versions:
                self.fail(number, "the manifest's checkpoint %d records hash versions %s, its positions use %s"
                          % (checkpoint_number, self.checkpoint["hashVersions"], used_versions))

    def finish(self, number, manifest_line, pinned):
        manifest = manifest_line["manifest"]
        if self.chain != manifest.get("linesHash"):
            self.fail(number - 1, "the line was altered, or lines were removed at the end: the lines do not hash "
                                  "to the manifest's linesHash")
        for field, counted in (("lines", number - 1), ("events", self.events), ("voids", self.voids)):
            if manifest.get(field) != counted:
                self.fail(number, "the manifest claims %s %s, the export has %d" % (manifest.get(field), field,
                                                                                    counted))
        if manifest.get("firstPosition") is not None and manifest.get("firstPosition") != self.first_position \
                or manifest.get("lastPosition") is not None \
                and manifest.get("lastPosition") != self.previous_position:
            self.fail(number, "the manifest's first or last position is not the lines'")
        used = sorted(self.versions)
        if manifest.get("hashVersions", [1] if used else []) != used:
            self.fail(number, "the manifest states hash versions %s, the events use %s"
                      % (manifest.get("hashVersions"), used))
        if self.complete and self.interval > 0 and self.checkpoint.get("number") not in self.recomputed:
            self.fail(number, "the manifest's checkpoint %s is not covered by the lines"
                      % self.checkpoint.get("number"))
        for kept in self.expected:
            if kept not in self.recomputed:
                self.fail(number, "checkpoint %d cannot be recomputed from this export" % kept)
        return self.signed_by(number, manifest_line, pinned)

    def signed_by(self, number, manifest_line, pinned):
        try:
            header_b64, payload_b64, signature_b64 = manifest_line["signature"].split(".")
            header = json.loads(b64url(header_b64))
            named = header.get("jwk")
            if header.get("alg") != "RS256" or not isinstance(named, dict) or named.get("kty") != "RSA":
                self.fail(number, "the manifest is not signed with RS256 and a named RSA key")
                return None
            key = pinned if pinned is not None else named
            if pinned is not None and thumbprint(pinned) != thumbprint(named):
                self.fail(number, "the manifest is signed with key %s, not with the pinned key %s"
                          % (thumbprint(named), thumbprint(pinned)))
            elif not rs256_valid((header_b64 + "." + payload_b64).encode("ascii"), b64url(signature_b64), key):
                self.fail(number, "the manifest's signature is not valid")
            elif json.loads(b64url(payload_b64)) != manifest_line["manifest"]:
                self.fail(number, "the manifest was altered: it is not what was signed")
            return key
        except (AttributeError, KeyError, TypeError, ValueError) as error:
            self.fail(number, "the manifest's signature cannot be read: %s" % error)
            return None

    def summary(self, key):
        text = "%d events" % self.events
        if self.voids:
            text += ", %d void positions" % self.voids
        text += ", no positions" if self.first_position is None \
            else ", positions %d..%d" % (self.first_position, self.previous_position)
        text += " (complete export)" if self.complete else " (filtered export)"
        text += "; hashes (versions %s) and the chains of %d streams verified" % (sorted(self.versions),
                                                                                 len(self.streams))
        if self.recomputed:
            last = max(self.recomputed)
            text += "; checkpoints 0..%d recomputed, checkpoint %d = %s" % (last, last, self.recomputed[last])
        return text + "; manifest signed by key " + thumbprint(key)


def verify(lines, expected, pinned):
    """Answers (ok, text): the summary, or the first bad line, how many failed and the first of them."""
    if not lines:
        return False, "FAILED at line 1: the file is empty\n1 line failed"
    try:
        manifest_line = json.loads(lines[-1].decode("utf-8"))
    except ValueError:
        manifest_line = None
    has_manifest = isinstance(manifest_line, dict) and isinstance(manifest_line.get("manifest"), dict)
    walk = Walk(manifest_line["manifest"] if has_manifest else {}, expected)
    for number, raw in enumerate(lines[:-1], start=1):
        walk.line(number, raw)
    key = None
    if has_manifest:
        key = walk.finish(len(lines), manifest_line, pinned)
    else:
        walk.fail(len(lines), "the last line is %s: the export is cut off"
                  % ("not JSON" if manifest_line is None else "no manifest"))
    if not walk.failed:
        return True, "OK " + walk.summary(key)
    first_line, first_reason = walk.failures[0]
    text = "FAILED at line %d: %s\n%d %s failed" % (first_line, first_reason, walk.failed,
                                                   "line" if walk.failed == 1 else "lines")
    if walk.failed > 1:
        if walk.failed > len(walk.failures):
            text += "; the first %d" % len(walk.failures)
        text += ":" + "".join("\n  line %d: %s" % failure for failure in walk.failures)
    return False, text


def main(args):
    usage = ("usage: python3 verify-export.py <export.ndjson> [--key <public-key.json>] "
             "[--checkpoint <number>=<hash> ...]")
    path, pinned, expected = None, None, {}
    try:
        i = 0
        while i < len(args):
            if args[i] == "--key":
                with open(args[i + 1], encoding="utf-8") as file:
                    pinned = json.load(file)
                i += 1
            elif args[i] == "--checkpoint":
                number, value = args[i + 1].split("=", 1)
                expected[int(number)] = value
                i += 1
            elif path is None and not args[i].startswith("--"):
                path = args[i]
            else:
                raise ValueError("unexpected argument " + args[i])
            i += 1
        if path is None:
            raise ValueError("no export file given")
        with open(path, "rb") as file:
            # lines end at \n, \r or \r\n, as Java's BufferedReader.readLine() reads them
            lines = file.read().splitlines()
    except (IndexError, OSError, ValueError) as error:
        print(usage, file=sys.stderr)
        print(error, file=sys.stderr)
        return 2
    ok, text = verify(lines, expected, pinned)
    print(text, file=sys.stdout if ok else sys.stderr)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
